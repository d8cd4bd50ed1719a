import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

// A plan is approved only with something in it: objectives, actions and money for them.

let t: TestApp;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const plans = `/api/districts/${districtId}/plans`;
  const created = await office.post(plans, {
    title: 'Piano vuoto',
    period: { startYear: 2080, endYear: 2082 },
  });
  expect(created.statusCode).toBe(201);
  base = `${plans}/${created.json().id}`;
  for (let i = 0; i < 3; i++) {
    const version = (await office.get(base)).json().version;
    await office.post(`${base}/transitions`, { transition: 'advance', version });
  }
});
afterAll(async () => t.close());

type Problem = { code: string; severity: string; target: { kind: string } };
const blockingCodes = async () =>
  ((await office.get(`${base}/coherence`)).json().problems as Problem[])
    .filter((p) => p.severity === 'blocking')
    .map((p) => p.code);
const approve = async () =>
  office.post(`${base}/transitions`, {
    transition: 'approve',
    version: (await office.get(base)).json().version,
  });

describe('approving a plan with nothing in it', () => {
  it('lists an empty plan as incoherent and refuses to approve it (409 PLAN_INCOHERENT)', async () => {
    expect(await blockingCodes()).toEqual(['PLAN_WITHOUT_OBJECTIVES', 'PLAN_WITHOUT_MONEY']);
    const refused = await approve();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PLAN_INCOHERENT');
    expect(refused.json().problems.map((p: Problem) => p.target.kind)).toEqual(['plan', 'budget']);
    expect((await office.get(`${base}/versions`)).json().items).toEqual([]);
  });

  it('still refuses objectives without actions, then actions without money', async () => {
    const area = (await office.post(`${base}/areas`, { title: 'Area' })).json();
    const objective = (
      await office.post(`${base}/objectives`, { areaId: area.id, code: 'OB1', title: 'Obiettivo' })
    ).json();
    expect(await blockingCodes()).toEqual(['PLAN_WITHOUT_ACTIONS', 'PLAN_WITHOUT_MONEY']);
    expect((await approve()).statusCode).toBe(409);

    const action = (
      await office.post(`${base}/actions`, { objectiveId: objective.id, title: 'Azione' })
    ).json();
    expect(await blockingCodes()).toEqual(['PLAN_WITHOUT_MONEY']);
    expect((await approve()).json().code).toBe('PLAN_INCOHERENT');

    const money = { sourceCode: 'FNPS', year: 2080, version: null };
    await office.put(`${base}/budget/availability`, { ...money, amount: 100_000, carryOver: 0 });
    expect(await blockingCodes()).toEqual(['PLAN_WITHOUT_MONEY']);
    await office.put(`${base}/budget/allocations`, {
      ...money,
      actionId: action.id,
      amount: 100_000,
    });
    expect(await blockingCodes()).toEqual([]);
    const approved = await approve();
    expect(approved.statusCode).toBe(200);
    expect(approved.json().phase).toBe('approved');
  });
});
