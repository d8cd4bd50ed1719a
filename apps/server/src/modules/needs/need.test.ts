import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let mayor: Client;
let base: string;
let areaId: string;
let otherAreaId: string;
let objectiveId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  mayor = await t.login(demo.mayor);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
  const tree = (await office.get(base)).json();
  areaId = tree.areas[0].id;
  otherAreaId = tree.areas[1].id;
  objectiveId = tree.areas[0].objectives[0].id;
});
afterAll(async () => t.close());

const newNeed = (over: Record<string, unknown> = {}) => ({
  areaId,
  title: 'Poche famiglie giovani raggiungono i servizi educativi',
  statement: 'I bambini 0–2 anni crescono nei comuni della cintura, i posti nido no.',
  evidence: [
    { label: 'Indicatori demografici 2014', url: '' },
    { label: 'Verbale tavolo minori', url: 'https://example.org/verbale.pdf' },
  ],
  ...over,
});

describe('need statements', () => {
  it('creates, edits at the version read (409 when stale), moves to another area and deletes', async () => {
    const created = await office.post(`${base}/needs`, newNeed());
    expect(created.statusCode, created.body).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({ areaId, objectiveIds: [], version: 1 });
    expect(need.evidence).toHaveLength(2);

    const edited = await office.patch(`${base}/needs/${need.id}`, {
      version: 1,
      title: 'Servizi educativi lontani dalle famiglie giovani',
      areaId: otherAreaId,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ areaId: otherAreaId, version: 2 });
    const stale = await office.patch(`${base}/needs/${need.id}`, { version: 1, title: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.title).toBe('Servizi educativi lontani dalle famiglie giovani');

    const list = (await mayor.get(`${base}/needs`)).json().items;
    expect(list.map((n: { id: string }) => n.id)).toContain(need.id);

    expect((await office.delete(`${base}/needs/${need.id}?version=1`)).statusCode).toBe(409);
    expect((await office.delete(`${base}/needs/${need.id}?version=2`)).statusCode).toBe(204);
    expect(
      (await office.get(`${base}/needs`)).json().items.map((n: { id: string }) => n.id),
    ).not.toContain(need.id);
  });

  it('refuses a title missing, an evidence address that is not http(s) and an area of another plan', async () => {
    const res = await office.post(
      `${base}/needs`,
      newNeed({ title: ' ', evidence: [{ label: 'x', url: 'javascript:alert(1)' }] }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.title', 'body.evidence.0.url']));
    const wrongArea = await office.post(`${base}/needs`, newNeed({ areaId: objectiveId }));
    expect(wrongArea.statusCode).toBe(400);
    expect(wrongArea.json().issues[0].field).toBe('body.areaId');
  });

  it('links an objective to the needs it answers; the need lists it, and deleting the need unlinks it', async () => {
    const a = (await office.post(`${base}/needs`, newNeed())).json();
    const b = (
      await office.post(`${base}/needs`, newNeed({ title: 'Solitudine degli anziani' }))
    ).json();
    const res = await office.put(`${base}/objectives/${objectiveId}/needs`, {
      needIds: [b.id, a.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().needIds).toEqual([a.id, b.id].sort());
    const items = (await office.get(`${base}/needs`)).json().items as {
      id: string;
      objectiveIds: string[];
    }[];
    expect(items.find((n) => n.id === a.id)!.objectiveIds).toEqual([objectiveId]);

    await office.put(`${base}/objectives/${objectiveId}/needs`, { needIds: [a.id] });
    const after = (await office.get(`${base}/needs`)).json().items as {
      id: string;
      objectiveIds: string[];
    }[];
    expect(after.find((n) => n.id === b.id)!.objectiveIds).toEqual([]);

    const unknown = await office.put(`${base}/objectives/${objectiveId}/needs`, {
      needIds: [objectiveId],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].field).toBe('body.needIds.0');
    expect(
      (await office.put(`${base}/objectives/${areaId}/needs`, { needIds: [] })).statusCode,
    ).toBe(404);

    await office.delete(`${base}/needs/${a.id}?version=1`);
    const left = (await office.get(`${base}/needs`)).json().items as { id: string }[];
    expect(left.map((n) => n.id)).not.toContain(a.id);
  });

  it('only the plan office writes (403); every member reads', async () => {
    expect((await mayor.post(`${base}/needs`, newNeed())).statusCode).toBe(403);
    expect(
      (await mayor.put(`${base}/objectives/${objectiveId}/needs`, { needIds: [] })).statusCode,
    ).toBe(403);
    expect((await mayor.get(`${base}/needs`)).statusCode).toBe(200);
  });

  it('refuses, naming the field and the limit, a title too long, an unknown field and a control character', async () => {
    const long = await office.post(`${base}/needs`, newNeed({ title: 'x'.repeat(301) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().issues).toEqual([
      expect.objectContaining({ field: 'body.title', code: 'too_big', maximum: 300, actual: 301 }),
    ]);

    const extra = await office.post(`${base}/needs`, newNeed({ priority: 'high' }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({ field: 'body.priority', code: 'unrecognized_keys' }),
    ]);

    const nul = await office.post(
      `${base}/needs`,
      newNeed({ evidence: [{ label: 'Verbale\u0000', url: '' }] }),
    );
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.evidence.0.label',
        code: 'invalid_format',
        format: 'plain-text',
      }),
    ]);
    const list = (await office.get(`${base}/needs`)).json().items as { title: string }[];
    expect(list.some((n) => n.title.length > 300)).toBe(false);
  });
});
