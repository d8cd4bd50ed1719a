import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { importPopulationFromCli } from './population.cli';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'pdz-pop-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('import-population on the command line', () => {
  it('streams the file from disk and prints the counts', async () => {
    const file = join(dir, 'stranieri.csv');
    writeFileSync(file, 'codice_istat;anno;stranieri\n018110;2016;7000\n015146;2016;1\n');
    const out = await importPopulationFromCli(t.database.db, {
      district: 'pavia',
      kind: 'foreign',
      file,
    });
    expect(out.code).toBe(0);
    expect(out.lines[0]).toMatch(
      /imported 1 rows .*years 2016.*1 rows of other municipalities skipped/,
    );
  });

  it('prints every error with its row and exits 1; a wrong kind is a usage error', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'codice_istat;anno;stranieri\n018110;2016;-3\nXYZ;2016;4\n');
    const out = await importPopulationFromCli(t.database.db, {
      district: 'pavia',
      kind: 'foreign',
      file,
    });
    expect(out.code).toBe(1);
    expect(out.lines.slice(1)).toEqual([
      expect.stringMatching(/^row 2, stranieri: /),
      expect.stringMatching(/^row 3, codice_istat: /),
    ]);
    expect(
      (await importPopulationFromCli(t.database.db, { district: 'pavia', kind: 'x', file })).code,
    ).toBe(64);
  });
});
