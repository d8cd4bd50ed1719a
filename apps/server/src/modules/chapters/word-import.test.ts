import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { Paragraph } from 'docx';
import { wordImportMediaType } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { docxFile, sampleChapterDocx } from '../../testing/word-files';
import { zipBomb } from '../../testing/zip-bomb';
import { addMembership, createUser } from '../access/index';
import { createDistrict } from '../territory/index';

let t: TestApp;
let office: Client;
let base: string;
let chapter: { id: string; body: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const created = await office.post(`/api/districts/${districtId}/plans`, {
    title: 'Piano di Zona 2033–2035',
    period: { startYear: 2033, endYear: 2035 },
  });
  expect(created.statusCode).toBe(201);
  base = `/api/districts/${districtId}/plans/${created.json().id}/chapters`;
  chapter = (await office.post(base, { title: 'Contesto', body: 'Testo di partenza' })).json();
});
afterAll(async () => t.close());

const mib = 1024 * 1024;
const url = (chapterId = chapter.id) => `${base}/${chapterId}/word-import`;

function send(
  payload: Buffer | string,
  who: Client | null = office,
  contentType = wordImportMediaType,
  at = url(),
) {
  return t.app.inject({
    method: 'POST',
    url: at,
    headers: {
      ...(who?.cookie ? { cookie: who.cookie } : {}),
      ...(who?.csrf ? { 'x-csrf-token': who.csrf } : {}),
      'content-type': contentType,
    },
    payload,
  });
}

describe('a chapter from a Word file', () => {
  it('turns a DOCX into Markdown and lists what it leaves out, changing nothing', async () => {
    const res = await send(await sampleChapterDocx());
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { markdown, notKept } = res.json();
    expect(markdown).toContain('# Analisi del contesto\n\n');
    expect(markdown).toContain('La popolazione è **in crescita** e _sempre più anziana_.');
    expect(markdown).toContain('## Aree di intervento');
    expect(markdown).toContain('- Minori e famiglie\n  - Affido familiare\n- Anziani');
    expect(markdown).toContain('1. Primo obiettivo\n   1. Sotto-obiettivo\n2. Secondo obiettivo');
    expect(markdown).toContain('| Fonte | Importo |\n| --- | --- |\n| FNPS \\| quota | 10.000 € |');
    expect(markdown).toContain('[sito della Regione](https://www.regione.lombardia.it/piani)');
    // the accepted text of tracked changes; no trace of the footnote, the comment or the picture
    expect(markdown).toContain('Testo aggiunto');
    expect(markdown).not.toMatch(/tolto|Fonte: ISTAT|Da verificare|\[1\]|data:/);
    expect(notKept).toEqual([
      { kind: 'image', count: 1, detail: 'Logo del distretto' },
      { kind: 'equation', count: 1 },
      { kind: 'footnote', count: 1 },
      { kind: 'comment', count: 1 },
      { kind: 'trackedChange', count: 2 },
    ]);

    const read = (await office.get(`${base}/${chapter.id}`)).json();
    expect(read).toMatchObject({ body: 'Testo di partenza', version: chapter.version });
    const audit = await t.sql(sql`select action from audit_events where entity_id = ${chapter.id}`);
    expect(audit.rows.map((r) => r.action)).toEqual(['chapter.created']);
  });

  it('is saved by the ordinary edit at the version read, which refuses a stale one', async () => {
    const { markdown } = (await send(await sampleChapterDocx())).json();
    const saved = await office.patch(`${base}/${chapter.id}`, {
      body: markdown,
      version: chapter.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ body: markdown, version: chapter.version + 1 });
    const stale = await office.patch(`${base}/${chapter.id}`, {
      body: markdown,
      version: chapter.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(chapter.version + 1);
  });

  it('refuses a Markdown text longer than a chapter may be, naming the limit', async () => {
    const line = 'Testo di prova per una riga lunga del documento Word importato. '.repeat(4);
    const paragraphs = Array.from(
      { length: Math.ceil(210_000 / line.length) },
      () => new Paragraph(line),
    );
    const res = await send(await docxFile(paragraphs));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ code: 'tooLong', max: 200_000, actual: expect.any(Number) }],
    });
    expect(res.json().problems[0].actual).toBeGreaterThan(200_000);
  });
});

describe('files that are not a DOCX', () => {
  const refused = async (payload: Buffer | string, guess?: string) => {
    const res = await send(payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().problems).toEqual([{ code: 'notAWordFile', ...(guess ? { guess } : {}) }]);
  };

  it('names what the file seems to be', async () => {
    await refused(Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'), 'pdf');
    await refused(
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(512)]),
      'legacyOffice',
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Foglio1').addRow(['a']);
    await refused(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    await refused('', 'empty');
    await refused(randomBytes(64 * 1024));
  });

  it('refuses a zip bomb from its directory, without the server’s memory growing', async () => {
    const bomb = zipBomb(2048);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const res = await send(bomb);
    expect(res.statusCode).toBe(400);
    expect(res.json().problems).toEqual([{ code: 'expandsTooMuch', max: 50 }]);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * mib);
    // and one whose entries lie about their size
    const liar = await send(zipBomb(300, 1024));
    expect(liar.statusCode).toBe(400);
    expect(liar.json().problems[0].code).toBe('notAWordFile');
  });

  it('answers 413 past 10 MB and 415 to another media type, as problem documents', async () => {
    const large = await send(Buffer.alloc(10 * mib + 1));
    expect(large.statusCode).toBe(413);
    expect(large.json().code).toBe('PAYLOAD_TOO_LARGE');
    const pdf = await send(Buffer.from('%PDF-1.7'), office, 'application/pdf');
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const json = await send('{"body":"x"}', office, 'application/json');
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('who may import', () => {
  it('refuses read-only roles with 403 naming the permission, before reading the file', async () => {
    const docx = await sampleChapterDocx();
    for (const email of [demo.mayor, demo.partner, demo.region]) {
      const reader = await t.login(email);
      const res = await send(docx, reader);
      expect(res.statusCode, email).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'FORBIDDEN',
        detail: 'missing permission plan.edit',
      });
      // not even a file too large is read first
      expect((await send(Buffer.alloc(10 * mib + 1), reader)).statusCode).toBe(403);
    }
    expect((await send(docx, null)).statusCode).toBe(401);
    const noCsrf = await send(docx, { ...office, csrf: undefined });
    expect(noCsrf.json().code).toBe('CSRF_INVALID');
  });

  it('answers 404 to another district and to a chapter that is not of this plan', async () => {
    const db = t.database.db;
    await createDistrict(db, {
      slug: 'vigevano',
      name: 'Distretto di Vigevano',
      region: 'Lombardia',
    });
    await createUser(db, {
      email: 'udp@vigevano.test',
      name: 'UdP',
      password: 'password-vigevano-1',
    });
    await addMembership(db, {
      email: 'udp@vigevano.test',
      districtSlug: 'vigevano',
      role: 'planOffice',
    });
    const outsider = await t.login('udp@vigevano.test', 'password-vigevano-1');
    const docx = await sampleChapterDocx();
    const res = await send(docx, outsider);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    const own = (await outsider.get('/api/districts')).json().items[0].id;
    const viaOwn = url().replace(/districts\/[^/]+/, `districts/${own}`);
    expect((await send(docx, outsider, wordImportMediaType, viaOwn)).statusCode).toBe(404);
    const unknown = await send(
      docx,
      office,
      wordImportMediaType,
      url('00000000-0000-4000-8000-000000000000'),
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 409 when the plan cannot be edited in its phase', async () => {
    const districtId = (await office.get('/api/districts')).json().items[0].id;
    const demoPlan = (await office.get(`/api/districts/${districtId}/plans`)).json().items.at(-1);
    const plan = `/api/districts/${districtId}/plans/${demoPlan.id}`;
    const first = (await office.get(`${plan}/chapters`)).json().items[0];
    const tree = (await office.get(plan)).json();
    const approved = await office.post(`${plan}/transitions`, {
      transition: 'approve',
      version: tree.version,
    });
    expect(approved.statusCode).toBe(200);
    const res = await send(
      await sampleChapterDocx(),
      office,
      wordImportMediaType,
      `${plan}/chapters/${first.id}/word-import`,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PLAN_NOT_EDITABLE');
  });
});
