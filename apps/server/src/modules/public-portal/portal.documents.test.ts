import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * The approved plan's files on the portal, as a citizen without JavaScript reaches them: real
 * links on the plan's page, the PDF and the DOCX of each version, and each version's own page.
 */
let t: TestApp;
let planPath: string;
const dir = mkdtempSync(join(tmpdir(), 'pdz-portal-doc-'));

beforeAll(async () => {
  t = await createTestApp();
  const district = await t.anonymous.get('/distretti/pavia');
  const href = /href="(\/distretti\/pavia\/piani\/[0-9a-f-]{36})"/.exec(district.body)?.[1];
  expect(href).toBeDefined();
  planPath = href!;
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the plan document on the portal', () => {
  it('links the PDF, the Word file and the printable page of every approved version', async () => {
    const page = await t.anonymous.get(planPath);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Il documento del piano');
    expect(page.body).toContain(`href="${planPath}/versioni/1/piano.pdf"`);
    expect(page.body).toContain(`href="${planPath}/versioni/1/piano.docx"`);
    expect(page.body).toContain(`href="${planPath}/versioni/1"`);
  });

  it('serves the PDF of a version to anyone, cacheable for ever, the same bytes each time', async () => {
    const first = await t.anonymous.get(`${planPath}/versioni/1/piano.pdf`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, first.rawPayload);
    const info = execFileSync('pdfinfo', [file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Piano di Zona 2012–2014/);
    const again = await t.anonymous.get(`${planPath}/versioni/1/piano.pdf`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const cached = await t.app.inject({
      method: 'GET',
      url: `${planPath}/versioni/1/piano.pdf`,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(cached.statusCode).toBe(304);
  });

  it('serves the Word file and the page of a version, in English when asked', async () => {
    const docx = await t.anonymous.get(`${planPath}/versioni/1/piano.docx?lang=en`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const page = await t.anonymous.get(`${planPath}/versioni/1?lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The plan document');
    expect(page.body).not.toMatch(/<script/i);
  });

  it('answers the portal’s 404 page for a version, a file or a plan that is not there', async () => {
    for (const url of [
      `${planPath}/versioni/99/piano.pdf`,
      `${planPath}/versioni/1/piano.exe`,
      `${planPath}/versioni/0`,
      `${planPath}/versioni/abc/piano.pdf`,
      '/distretti/pavia/piani/00000000-0000-4000-8000-000000000000/versioni/1/piano.pdf',
      '/distretti/nessuno/piani/00000000-0000-4000-8000-000000000000/versioni/1',
    ]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });
});
