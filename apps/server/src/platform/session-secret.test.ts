import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { resolveSessionSecret } from './session-secret';

const folders: string[] = [];
function installFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdz-secret-'));
  folders.push(dir);
  mkdirSync(join(dir, 'data'));
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the session secret of an embedded install', () => {
  it('is generated once inside the data folder and read back at the next start', () => {
    const dir = installFolder();
    const config = loadConfig({ DATA_DIR: join(dir, 'data') });
    const first = resolveSessionSecret(config, () => undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readdirSync(dir)).toEqual(['data']);
    expect(statSync(join(dir, 'data', 'session-secret')).mode & 0o777).toBe(0o600);
    expect(resolveSessionSecret(config, () => undefined)).toBe(first);
  });

  it('moves the secret of an older install from beside the data folder into it', () => {
    const dir = installFolder();
    const old = 'a-secret-kept-beside-the-data-folder-by-an-older-version';
    writeFileSync(join(dir, 'data.session-secret'), `${old}\n`, { mode: 0o600 });
    const config = loadConfig({ DATA_DIR: join(dir, 'data') });
    expect(resolveSessionSecret(config, () => undefined)).toBe(old);
    expect(readdirSync(dir)).toEqual(['data']);
    expect(readFileSync(join(dir, 'data', 'session-secret'), 'utf8').trim()).toBe(old);
  });

  it('is the configured one when SESSION_SECRET is set, and random on a server install', () => {
    const dir = installFolder();
    const set = 'x'.repeat(40);
    expect(
      resolveSessionSecret(
        loadConfig({ DATA_DIR: join(dir, 'data'), SESSION_SECRET: set }),
        () => undefined,
      ),
    ).toBe(set);
    expect(readdirSync(join(dir, 'data'))).toEqual([]);
    const warnings: string[] = [];
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/pdz' });
    expect(resolveSessionSecret(config, (m) => warnings.push(m))).not.toBe(
      resolveSessionSecret(config, () => undefined),
    );
    expect(warnings).toEqual([expect.stringContaining('SESSION_SECRET is not set')]);
  });
});
