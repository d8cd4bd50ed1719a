import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let districtId: string;
let base: string;
let objectiveId: string;
let actionId: string;
let years: number[];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
  const tree = (await office.get(base)).json();
  objectiveId = tree.areas[0].objectives[0].id;
  actionId = tree.areas[0].objectives[0].actions[0].id;
  years = [];
  for (let y = tree.period.startYear; y <= tree.period.endYear; y++) years.push(y);
});
afterAll(async () => t.close());

const allTargets = () => years.map((year, i) => ({ year, value: 10 + i * 2.5 }));
const newIndicator = (over: Record<string, unknown> = {}) => ({
  objectiveId,
  name: 'Famiglie prese in carico dal centro',
  kind: 'output',
  unit: 'famiglie',
  dataSource: 'Cartella sociale',
  frequency: 'annual',
  reportedBy: 'Ufficio di Piano',
  direction: 'increase',
  baselineValue: 8.5,
  baselineYear: years[0]! - 1,
  targets: allTargets(),
  partialPercent: 50,
  achievedPercent: 90,
  ...over,
});
type Problem = {
  code: string;
  target: { kind: string; id?: string };
  data: Record<string, unknown>;
};

describe('indicators', () => {
  it('creates indicators at the end of their owner list, edits one field at the version read and deletes', async () => {
    const before = (await office.get(`${base}/indicators`)).json().items.length;
    const first = await office.post(`${base}/indicators`, newIndicator());
    expect(first.statusCode).toBe(201);
    const a = first.json();
    expect(a).toMatchObject({
      objectiveId,
      actionId: null,
      name: 'Famiglie prese in carico dal centro',
      baselineValue: 8.5,
      targets: allTargets(),
      version: 1,
    });
    const b = (await office.post(`${base}/indicators`, newIndicator({ name: 'Secondo' }))).json();
    expect(b.position).toBe(a.position + 1);
    const onAction = (
      await office.post(`${base}/indicators`, newIndicator({ objectiveId: null, actionId }))
    ).json();
    expect(onAction).toMatchObject({ actionId, objectiveId: null });

    const changed = await office.patch(`${base}/indicators/${a.id}`, {
      unit: 'nuclei',
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ unit: 'nuclei', name: a.name, version: 2 });

    const list = (await office.get(`${base}/indicators`)).json().items;
    expect(list).toHaveLength(before + 3);
    expect(list.find((i: { id: string }) => i.id === a.id).unit).toBe('nuclei');

    expect((await office.delete(`${base}/indicators/${b.id}?version=1`)).statusCode).toBe(204);
    await office.delete(`${base}/indicators/${onAction.id}?version=1`);
    await office.delete(`${base}/indicators/${a.id}?version=2`);
    expect((await office.get(`${base}/indicators`)).json().items).toHaveLength(before);
    const audit = (await office.get(`/api/districts/${districtId}/audit-events?limit=20`)).json();
    const actions = audit.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['indicator.created', 'indicator.updated', 'indicator.deleted']),
    );
  });

  it('names the field of bad input and of an owner that is not in this plan', async () => {
    const field = async (body: unknown) => {
      const res = await office.post(`${base}/indicators`, body);
      expect(res.statusCode).toBe(400);
      return res.json().issues[0].field;
    };
    expect(await field(newIndicator({ name: '' }))).toBe('body.name');
    expect(await field(newIndicator({ actionId }))).toBe('body.objectiveId');
    expect(await field(newIndicator({ kind: 'other' }))).toBe('body.kind');
    expect(await field(newIndicator({ targets: [{ year: 2012, value: 'many' }] }))).toMatch(
      /^body\.targets/,
    );
    expect(await field(newIndicator({ partialPercent: 95 }))).toBe('body.achievedPercent');
    const nowhere = '00000000-0000-4000-8000-000000000000';
    expect(await field(newIndicator({ objectiveId: nowhere }))).toBe('body.objectiveId');
    expect(await field(newIndicator({ objectiveId: null, actionId: nowhere }))).toBe(
      'body.actionId',
    );
    const a = (await office.post(`${base}/indicators`, newIndicator())).json();
    const res = await office.patch(`${base}/indicators/${a.id}`, {
      partialPercent: 95,
      version: a.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].field).toBe('body.achievedPercent');
    await office.delete(`${base}/indicators/${a.id}?version=${a.version}`);
  });

  it('answers 409 with the current indicator to a writer holding an old version', async () => {
    const a = (await office.post(`${base}/indicators`, newIndicator())).json();
    await office.patch(`${base}/indicators/${a.id}`, { name: 'Nuovo nome', version: 1 });
    const stale = await office.patch(`${base}/indicators/${a.id}`, { unit: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { name: 'Nuovo nome', version: 2 },
    });
    expect((await office.delete(`${base}/indicators/${a.id}?version=1`)).statusCode).toBe(409);
    expect((await office.delete(`${base}/indicators/${a.id}?version=2`)).statusCode).toBe(204);
    expect((await office.delete(`${base}/indicators/${a.id}?version=2`)).statusCode).toBe(404);
  });

  it('lets other roles read indicators but not change them', async () => {
    const a = (await office.post(`${base}/indicators`, newIndicator())).json();
    const mayor = await t.login(demo.mayor);
    const read = await mayor.get(`${base}/indicators`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect((await mayor.post(`${base}/indicators`, newIndicator())).statusCode).toBe(403);
    expect(
      (await mayor.patch(`${base}/indicators/${a.id}`, { name: 'x', version: 1 })).statusCode,
    ).toBe(403);
    expect((await mayor.delete(`${base}/indicators/${a.id}?version=1`)).statusCode).toBe(403);
    await office.delete(`${base}/indicators/${a.id}?version=1`);
  });

  it("hides another district's plan and indicators (404)", async () => {
    const d = await t.sql(
      sql`insert into districts (slug, name, region) values ('altro', 'Altro distretto', 'Lombardia') returning id`,
    );
    const otherDistrict = d.rows[0]!.id as string;
    const p = await t.sql(
      sql`insert into plans (district_id, title, start_year, end_year, phase)
          values (${otherDistrict}, 'Altro piano', 2012, 2014, 'drafting') returning id`,
    );
    const otherBase = `/api/districts/${otherDistrict}/plans/${p.rows[0]!.id as string}`;
    expect((await office.get(`${otherBase}/indicators`)).statusCode).toBe(404);
    expect((await office.post(`${otherBase}/indicators`, newIndicator())).statusCode).toBe(404);
    const nowhere = '00000000-0000-4000-8000-000000000000';
    expect(
      (await office.patch(`${base}/indicators/${nowhere}`, { name: 'x', version: 1 })).statusCode,
    ).toBe(404);
  });

  it('reports an indicator missing a year as blocking and refuses approval until its target is set', async () => {
    const lastYear = years[years.length - 1]!;
    const a = (
      await office.post(
        `${base}/indicators`,
        newIndicator({ targets: allTargets().filter((x) => x.year !== lastYear) }),
      )
    ).json();
    const c = (await office.get(`${base}/coherence`)).json();
    expect(c.hasBlocking).toBe(true);
    const missing = c.problems.filter((p: Problem) => p.code === 'INDICATOR_WITHOUT_TARGETS');
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'blocking',
        target: { kind: 'indicator', id: a.id },
        data: expect.objectContaining({ objectiveId, missingYears: String(lastYear) }),
      }),
    ]);

    const version = (await office.get(base)).json().version;
    const refused = await office.post(`${base}/transitions`, { transition: 'approve', version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PLAN_INCOHERENT');
    expect(refused.json().problems.map((p: Problem) => p.code)).toContain(
      'INDICATOR_WITHOUT_TARGETS',
    );

    await office.patch(`${base}/indicators/${a.id}`, { targets: allTargets(), version: 1 });
    const after = (await office.get(`${base}/coherence`)).json();
    expect(after.problems.map((p: Problem) => p.code)).not.toContain('INDICATOR_WITHOUT_TARGETS');
    expect(after.hasBlocking).toBe(false);
    const approved = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await office.get(base)).json().version,
    });
    expect(approved.statusCode).toBe(200);
  });
});

describe('the limits of an indicator', () => {
  it('refuses a name past 300 characters and more than 10 targets, naming the limit and what was sent', async () => {
    const targets = Array.from({ length: 11 }, (_, i) => ({ year: 2000 + i, value: i }));
    const res = await office.post(
      `${base}/indicators`,
      newIndicator({ name: 'N'.repeat(301), targets }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.name', code: 'too_big', maximum: 300, actual: 301 }),
        expect.objectContaining({
          field: 'body.targets',
          code: 'too_big',
          origin: 'array',
          maximum: 10,
          actual: 11,
        }),
      ]),
    );
  });

  it('refuses a control character in the unit and an unknown field, and adds nothing', async () => {
    const before = (await office.get(`${base}/indicators`)).json().items.length;
    const control = await office.post(
      `${base}/indicators`,
      newIndicator({ unit: 'fam\u0008iglie' }),
    );
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({ field: 'body.unit', code: 'invalid_format', format: 'plain-text' }),
    ]);
    const extra = await office.post(`${base}/indicators`, newIndicator({ weight: 2 }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.weight',
        code: 'unrecognized_keys',
        message: expect.stringContaining('weight'),
      }),
    ]);
    expect((await office.get(`${base}/indicators`)).json().items).toHaveLength(before);
  });
});
