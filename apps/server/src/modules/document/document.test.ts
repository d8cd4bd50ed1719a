import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, planDocument, type PlanDocumentInput } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { writePdf } from './pdf/pdf-writer';

let t: TestApp;
let office: Client;
let base: string;
let plan: { id: string; title: string };
const dir = mkdtempSync(join(tmpdir(), 'pdz-document-'));

/** the text of a PDF, page by page (poppler's pdftotext; pages end with a form feed) */
function pdfPages(bytes: Buffer | Uint8Array): string[] {
  const file = join(dir, `${createHash('sha1').update(bytes).digest('hex')}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return text.split('\f').filter((p) => p.trim() !== '');
}

interface Outline {
  title: string;
  kids: Outline[];
}
/** the PDF's bookmarks, depth first (qpdf's JSON view of the outline) */
function bookmarks(bytes: Buffer): string[] {
  const file = join(dir, `${createHash('sha1').update(bytes).digest('hex')}-outline.pdf`);
  writeFileSync(file, bytes);
  const out = execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' });
  const walk = (items: Outline[]): string[] => items.flatMap((o) => [o.title, ...walk(o.kids)]);
  return walk((JSON.parse(out) as { outlines: Outline[] }).outlines);
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id as string;
  plan = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0];
  base = `/api/districts/${districtId}/plans/${plan.id}`;
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the plan document', () => {
  it('gives the live draft as a PDF marked BOZZA on every page, with the plan in it', async () => {
    const res = await office.get(`${base}/document?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".*bozza\.pdf"/);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const pages = pdfPages(res.rawPayload);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(page).toContain('BOZZA');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    const tree = (await office.get(base)).json();
    const chapters = (await office.get(`${base}/chapters`)).json().items;
    const outline = bookmarks(res.rawPayload);
    for (const c of chapters) {
      expect(text).toContain(c.title);
      expect(outline).toContain(c.title);
    }
    for (const area of tree.areas)
      for (const o of area.objectives) {
        expect(text).toContain(o.title);
        expect(outline).toContain(`Scheda obiettivo ${o.code} – ${o.title}`);
      }
    // the yearly totals as the budget screen shows them
    const budget = (await office.get(`${base}/budget`)).json();
    const allocated = new Map<number, number>();
    for (const a of budget.allocations)
      allocated.set(a.year, (allocated.get(a.year) ?? 0) + a.amount);
    for (const cents of allocated.values()) expect(text).toContain(formatMoney(cents));
    // the demo plan is its 2013 update: the annex says what changes in version 1
    expect(outline).toContain('Modifiche rispetto alla versione 1');
    const annex = text.slice(text.lastIndexOf('Modifiche rispetto alla versione 1'));
    expect(annex).toContain('Elementi aggiunti, tolti o modificati');
    expect(annex).toMatch(/Azione Modificato .*stato/);
    expect(annex).toContain('paragrafi aggiunti o riscritti');
  });

  it('reuses the draft file while the plan does not change, and answers 304 to its tag', async () => {
    const first = await office.get(`${base}/document?format=pdf`);
    const again = await office.get(`${base}/document?format=pdf`);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const etag = String(first.headers.etag);
    const conditional = await t.app.inject({
      method: 'GET',
      url: `${base}/document?format=pdf`,
      headers: { cookie: office.cookie!, 'if-none-match': etag },
    });
    expect(conditional.statusCode).toBe(304);
    expect(conditional.body).toBe('');
  });

  it('keeps the file of an approved version: the same bytes, their SHA-256 recorded', async () => {
    const versions = (await office.get(`${base}/versions`)).json().items;
    expect(versions.length).toBeGreaterThan(0);
    const n = versions[versions.length - 1].number as number;
    const [a, b] = await Promise.all([
      office.get(`${base}/versions/${n}/document?format=pdf`),
      office.get(`${base}/versions/${n}/document?format=pdf`),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.rawPayload.equals(a.rawPayload)).toBe(true);
    const sha = createHash('sha256').update(a.rawPayload).digest('hex');
    expect(a.headers.etag).toBe(`"${sha}"`);
    expect(a.headers['repr-digest']).toBe(
      `sha-256=:${Buffer.from(sha, 'hex').toString('base64')}:`,
    );
    const kept = (await office.get(`${base}/versions/${n}/documents`)).json().items;
    expect(kept).toEqual([expect.objectContaining({ format: 'pdf', language: 'it', sha256: sha })]);
    const later = await office.get(`${base}/versions/${n}/document?format=pdf`);
    expect(later.rawPayload.equals(a.rawPayload)).toBe(true);
    const text = pdfPages(a.rawPayload).join('\n');
    expect(text).not.toContain('BOZZA');
    expect(text).toContain(versions[versions.length - 1].sha256);

    // made again from what it was made from, the file is the same to the byte
    const rows = await t.sql(
      (await import('drizzle-orm')).sql`select input from plan_documents where sha256 = ${sha}`,
    );
    const input = JSON.parse(String(rows.rows[0]!.input)) as PlanDocumentInput;
    const again = writePdf(planDocument(input, 'it'));
    expect(Buffer.from(again).equals(a.rawPayload)).toBe(true);

    const conditional = await t.app.inject({
      method: 'GET',
      url: `${base}/versions/${n}/document?format=pdf`,
      headers: { cookie: office.cookie!, 'if-none-match': `"${sha}"` },
    });
    expect(conditional.statusCode).toBe(304);
  });

  it('gives a DOCX that is a Word file naming the plan', async () => {
    const res = await office.get(`${base}/document?format=docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a format it does not make, naming the parameter', async () => {
    const res = await office.get(`${base}/document?format=odt`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('query.format');
  });

  it('answers 404 for a version that does not exist', async () => {
    expect((await office.get(`${base}/versions/999/document`)).statusCode).toBe(404);
  });

  it('is refused to someone not signed in', async () => {
    expect((await t.anonymous.get(`${base}/document`)).statusCode).toBe(401);
  });
});
