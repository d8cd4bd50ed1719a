import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { addMembership, createUser } from '../access/index';
import { createDistrict } from '../territory/index';

let t: TestApp;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  // a plan of its own, so that whatever the demo plan holds does not matter
  const created = await office.post(`/api/districts/${districtId}/plans`, {
    title: 'Piano di Zona 2030–2032',
    period: { startYear: 2030, endYear: 2032 },
  });
  expect(created.statusCode).toBe(201);
  base = `/api/districts/${districtId}/plans/${created.json().id}`;
});
afterAll(async () => t.close());

type Row = { id: string; title: string; kind: string; body: string; version: number };
const list = async (): Promise<Row[]> => (await office.get(`${base}/chapters`)).json().items;

describe('chapters', () => {
  it('creates the nine standard chapters in order with one click, only while there are none', async () => {
    expect(await list()).toEqual([]);
    const res = await office.post(`${base}/chapters/standard`);
    expect(res.statusCode).toBe(201);
    const items = res.json().items as Row[];
    expect(items.map((c) => c.kind)).toEqual([
      'normativeFramework',
      'previousEvaluation',
      'contextAndNeeds',
      'servicesSupply',
      'resources',
      'governance',
      'socialHealthIntegration',
      'monitoringEvaluation',
      'annexes',
    ]);
    expect(items[0]!.title).toBe('Quadro normativo e programmatorio');
    expect(items[4]!.body).toContain('{{tabella:budgetBySource}}');
    expect((await list()).map((c) => c.id)).toEqual(items.map((c) => c.id));
    const again = await office.post(`${base}/chapters/standard`);
    expect(again.statusCode).toBe(409);
    expect(await list()).toHaveLength(9);
  });

  it('adds a chapter at the end, reads it back, edits part of it at the version read', async () => {
    const created = await office.post(`${base}/chapters`, {
      title: 'Il distretto in cifre',
      body: '## Popolazione\n\n{{tabella:objectives}}',
    });
    expect(created.statusCode).toBe(201);
    const chapter = created.json();
    expect(chapter).toMatchObject({ kind: 'other', position: 9, version: 1 });
    expect((await list()).at(-1)!.id).toBe(chapter.id);

    const edited = await office.patch(`${base}/chapters/${chapter.id}`, {
      body: 'Testo nuovo',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'Il distretto in cifre',
      body: 'Testo nuovo',
      version: 2,
    });
    const read = (await office.get(`${base}/chapters/${chapter.id}`)).json();
    expect(read).toMatchObject({ body: 'Testo nuovo', version: 2 });

    const audit = await t.sql(
      sql`select action from audit_events where entity_id = ${chapter.id} order by at`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['chapter.created', 'chapter.updated']);
  });

  it('answers 409 with the current chapter to a writer holding an old version', async () => {
    const chapter = (await list()).at(-1)!;
    const stale = await office.patch(`${base}/chapters/${chapter.id}`, {
      title: 'Vecchio',
      version: chapter.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { id: chapter.id, body: 'Testo nuovo', version: chapter.version },
    });
    const staleDelete = await office.delete(
      `${base}/chapters/${chapter.id}?version=${chapter.version - 1}`,
    );
    expect(staleDelete.statusCode).toBe(409);
  });

  it('reorders the chapters, and refuses an order built on a list that has changed', async () => {
    const ids = (await list()).map((c) => c.id);
    const reversed = [...ids].reverse();
    const res = await office.put(`${base}/chapters/order`, { ids: reversed });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: Row) => c.id)).toEqual(reversed);
    expect((await list()).map((c) => c.id)).toEqual(reversed);
    const stale = await office.put(`${base}/chapters/order`, { ids: ids.slice(1) });
    expect(stale.statusCode).toBe(409);
    await office.put(`${base}/chapters/order`, { ids });
  });

  it('accepts a body of 200,000 characters and refuses a longer one naming the field', async () => {
    const chapter = (await list()).at(-1)!;
    const long = await office.patch(`${base}/chapters/${chapter.id}`, {
      body: 'a'.repeat(200_000),
      version: chapter.version,
    });
    expect(long.statusCode).toBe(200);
    expect(long.json().body).toHaveLength(200_000);
    const tooLong = await office.patch(`${base}/chapters/${chapter.id}`, {
      body: 'a'.repeat(200_001),
      version: chapter.version + 1,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().issues[0].field).toBe('body.body');
    const noTitle = await office.post(`${base}/chapters`, { title: '   ' });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().issues[0].field).toBe('body.title');
  });

  it('deletes a chapter at the version read', async () => {
    const chapter = (await list()).at(-1)!;
    const res = await office.delete(`${base}/chapters/${chapter.id}?version=${chapter.version}`);
    expect(res.statusCode).toBe(204);
    expect(await list()).toHaveLength(9);
    expect((await office.get(`${base}/chapters/${chapter.id}`)).statusCode).toBe(404);
  });

  it('lets read-only roles read the chapters but not change them', async () => {
    for (const email of [demo.mayor, demo.partner, demo.region]) {
      const reader = await t.login(email);
      const items = (await reader.get(`${base}/chapters`)).json().items as Row[];
      expect(items).toHaveLength(9);
      expect((await reader.post(`${base}/chapters`, { title: 'X' })).statusCode).toBe(403);
      expect(
        (await reader.patch(`${base}/chapters/${items[0]!.id}`, { title: 'X', version: 1 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await reader.put(`${base}/chapters/order`, { ids: items.map((c) => c.id) })).statusCode,
      ).toBe(403);
    }
  });

  it('answers 404 to a user of another district, whichever way the plan is addressed', async () => {
    const db = t.database.db;
    await createDistrict(db, {
      slug: 'voghera',
      name: 'Distretto di Voghera',
      region: 'Lombardia',
    });
    await createUser(db, {
      email: 'udp@voghera.test',
      name: 'UdP',
      password: 'password-voghera-1',
    });
    await addMembership(db, {
      email: 'udp@voghera.test',
      districtSlug: 'voghera',
      role: 'planOffice',
    });
    const outsider = await t.login('udp@voghera.test', 'password-voghera-1');
    const chapter = (await list())[0]!;
    const get = await outsider.get(`${base}/chapters`);
    expect(get.statusCode).toBe(404);
    expect(get.json().code).toBe('NOT_FOUND');
    expect(
      (await outsider.patch(`${base}/chapters/${chapter.id}`, { title: 'X', version: 1 }))
        .statusCode,
    ).toBe(404);
    const own = (await outsider.get('/api/districts')).json().items[0].id;
    const planId = base.split('/').at(-1);
    const viaOwn = `/api/districts/${own}/plans/${planId}/chapters`;
    expect((await outsider.get(viaOwn)).statusCode).toBe(404);
    expect((await outsider.post(viaOwn, { title: 'Intruso' })).statusCode).toBe(404);
    expect((await outsider.get(`${viaOwn}/${chapter.id}`)).statusCode).toBe(404);
  });
});

describe('the limits of a chapter', () => {
  it('refuses a body past 200,000 characters, naming the limit and the length sent', async () => {
    const res = await office.post(`${base}/chapters`, {
      title: 'Allegati',
      body: 'x'.repeat(200_001),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.body',
        code: 'too_big',
        maximum: 200_000,
        actual: 200_001,
      }),
    ]);
  });

  it('keeps line breaks and tabs in Markdown but refuses other control characters and unknown fields', async () => {
    const before = (await list()).length;
    const control = await office.post(`${base}/chapters`, {
      title: 'Allegati',
      body: 'Riga\u0000rotta',
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({ field: 'body.body', code: 'invalid_format', format: 'plain-text' }),
    ]);
    const extra = await office.post(`${base}/chapters`, { title: 'Allegati', author: 'UdP' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.author',
        code: 'unrecognized_keys',
        message: expect.stringContaining('author'),
      }),
    ]);
    expect(await list()).toHaveLength(before);
    const fine = await office.post(`${base}/chapters`, {
      title: 'Allegati',
      body: '| a\t| b |\r\n|---|---|\n',
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json().body).toBe('| a\t| b |\r\n|---|---|\n');
  });
});
