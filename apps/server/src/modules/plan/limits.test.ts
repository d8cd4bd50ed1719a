import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let districtId: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

type Objective = { id: string; code: string; version: number; targetGroups: unknown[] };
const firstObjective = async (): Promise<Objective> =>
  (await office.get(base)).json().areas[0].objectives[0];
const issues = (res: { json(): { issues: unknown[] } }) => res.json().issues;

describe('the limits of a plan and its content', () => {
  it('refuses a plan title past 300 characters and more than 20 target groups, naming the limit and what was sent', async () => {
    const plan = await office.post(`/api/districts/${districtId}/plans`, {
      title: 'P'.repeat(301),
      period: { startYear: 2040, endYear: 2042 },
    });
    expect(plan.statusCode).toBe(400);
    expect(issues(plan)).toEqual([
      expect.objectContaining({ field: 'body.title', code: 'too_big', maximum: 300, actual: 301 }),
    ]);
    const ob = await firstObjective();
    const groups = Array.from({ length: 21 }, () => ({ userAreaCode: 'MIN', expected: 1 }));
    const res = await office.patch(`${base}/objectives/${ob.id}`, {
      targetGroups: groups,
      version: ob.version,
    });
    expect(res.statusCode).toBe(400);
    expect(issues(res)).toEqual([
      expect.objectContaining({
        field: 'body.targetGroups',
        code: 'too_big',
        origin: 'array',
        maximum: 20,
        actual: 21,
      }),
    ]);
    expect((await firstObjective()).version).toBe(ob.version);
  });

  it('refuses control characters in a title and an unknown field, also inside a row of a list', async () => {
    const area = await office.post(`${base}/areas`, { title: 'Politiche\u0007abitative' });
    expect(area.statusCode).toBe(400);
    expect(issues(area)).toEqual([
      expect.objectContaining({
        field: 'body.title',
        code: 'invalid_format',
        format: 'plain-text',
      }),
    ]);
    const extra = await office.post(`${base}/areas`, { title: 'Casa', colour: 'blue' });
    expect(extra.statusCode).toBe(400);
    expect(issues(extra)).toEqual([
      expect.objectContaining({
        field: 'body.colour',
        code: 'unrecognized_keys',
        message: expect.stringContaining('colour'),
      }),
    ]);
    const ob = await firstObjective();
    const row = await office.patch(`${base}/objectives/${ob.id}`, {
      targetGroups: [{ userAreaCode: 'MIN', expected: 3, note: 'x' }],
      version: ob.version,
    });
    expect(row.statusCode).toBe(400);
    expect(issues(row)).toEqual([
      expect.objectContaining({
        field: 'body.targetGroups.0.note',
        code: 'unrecognized_keys',
        message: expect.stringContaining('note'),
      }),
    ]);
  });

  it('refuses a row version beyond what the database holds, in the body and in the query', async () => {
    const ob = await firstObjective();
    const body = await office.patch(`${base}/objectives/${ob.id}`, {
      title: 'Titolo',
      version: 2 ** 31,
    });
    expect(body.statusCode).toBe(400);
    expect(issues(body)).toEqual([
      expect.objectContaining({ field: 'body.version', code: 'too_big', maximum: 2 ** 31 - 1 }),
    ]);
    const query = await office.delete(`${base}/objectives/${ob.id}?version=99999999999`);
    expect(query.statusCode).toBe(400);
    expect(issues(query)).toEqual([
      expect.objectContaining({ field: 'query.version', code: 'too_big' }),
    ]);
    expect((await firstObjective()).id).toBe(ob.id);
  });

  it('refuses a reorder listing more than 1,000 ids and an approval with an unknown field', async () => {
    const ids = Array.from(
      { length: 1001 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const reorder = await office.put(`${base}/areas/order`, { ids });
    expect(reorder.statusCode).toBe(400);
    expect(issues(reorder)).toEqual([
      expect.objectContaining({ field: 'body.ids', code: 'too_big', maximum: 1000, actual: 1001 }),
    ]);
    const plan = (await office.get(base)).json();
    const step = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: plan.version,
      approvedBy: 'someone else',
    });
    expect(step.statusCode).toBe(400);
    expect(issues(step)).toEqual([
      expect.objectContaining({ field: 'body.approvedBy', code: 'unrecognized_keys' }),
    ]);
    expect((await office.get(base)).json().phase).toBe(plan.phase);
  });
});
