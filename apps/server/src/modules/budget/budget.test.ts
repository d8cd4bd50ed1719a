import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newPlan } from '../../testing/scratch-plan';

let t: TestApp;
let office: Client;
let base: string;
let actionId: string;
let otherActionId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const made = await newPlan(office, districtId, 2090);
  base = made.base;
  [actionId, otherActionId] = made.actionIds as [string, string];
});
afterAll(async () => t.close());

const fnps2090 = { sourceCode: 'FNPS', year: 2090, amount: 10_000_000, carryOver: 0 };

describe('budget', () => {
  it('sets the money available from a source in a year, then changes it at the version read', async () => {
    const created = await office.put(`${base}/budget/availability`, { ...fnps2090, version: null });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      sourceCode: 'FNPS',
      year: 2090,
      amount: 10_000_000,
      version: 1,
    });
    const changed = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      amount: 12_000_000,
      carryOver: 150_000,
      version: 1,
    });
    expect(changed.json()).toMatchObject({ amount: 12_000_000, carryOver: 150_000, version: 2 });
  });

  it('answers 409 with the current cell to a writer holding an old version (or creating an existing cell)', async () => {
    const stale = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      amount: 1,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { amount: 12_000_000, version: 2 },
    });
    const duplicate = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      amount: 1,
      version: null,
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('names the field of a bad amount, an unknown source or an action of no plan', async () => {
    const negative = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      year: 2091,
      amount: -5,
      version: null,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().issues[0].field).toBe('body.amount');
    const fraction = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      year: 2091,
      amount: 10.5,
      version: null,
    });
    expect(fraction.json().issues[0].field).toBe('body.amount');
    const source = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      sourceCode: 'XYZ',
      version: null,
    });
    expect(source.statusCode).toBe(400);
    expect(source.json().issues[0].field).toBe('body.sourceCode');
    const action = await office.put(`${base}/budget/allocations`, {
      actionId: '00000000-0000-4000-8000-000000000000',
      sourceCode: 'FNPS',
      year: 2090,
      amount: 1,
      version: null,
    });
    expect(action.json().issues[0].field).toBe('body.actionId');
  });

  it('lets other roles read the budget but not change it', async () => {
    const mayor = await t.login(demo.mayor);
    const read = await mayor.get(`${base}/budget`);
    expect(read.statusCode).toBe(200);
    expect(read.json().availability).toEqual([
      expect.objectContaining({ sourceCode: 'FNPS', year: 2090 }),
    ]);
    const write = await mayor.put(`${base}/budget/availability`, {
      ...fnps2090,
      year: 2092,
      version: null,
    });
    expect(write.statusCode).toBe(403);
  });

  it('lists warnings but nothing blocking while allocations fit what is available', async () => {
    await office.put(`${base}/budget/allocations`, {
      actionId,
      sourceCode: 'FNPS',
      year: 2090,
      amount: 8_000_000,
      version: null,
    });
    const c = (await office.get(`${base}/coherence`)).json();
    expect(c.hasBlocking).toBe(false);
    const unfunded = c.problems.filter((p: { code: string }) => p.code === 'ACTION_WITHOUT_MONEY');
    expect(unfunded.length).toBeGreaterThan(0);
    expect(unfunded.map((p: { target: { id: string } }) => p.target.id)).not.toContain(actionId);
  });

  it('refuses approval while allocations exceed availability, naming the problem, and approves once fixed', async () => {
    await office.put(`${base}/budget/allocations`, {
      actionId: otherActionId,
      sourceCode: 'FNPS',
      year: 2090,
      amount: 5_000_000,
      version: null,
    });
    const c = (await office.get(`${base}/coherence`)).json();
    expect(c.hasBlocking).toBe(true);
    expect(c.problems[0]).toMatchObject({
      code: 'ALLOCATION_EXCEEDS_AVAILABILITY',
      severity: 'blocking',
      target: { sourceCode: 'FNPS', year: 2090 },
    });

    const version = (await office.get(base)).json().version;
    const refused = await office.post(`${base}/transitions`, { transition: 'approve', version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PLAN_INCOHERENT');
    expect(refused.json().problems[0].code).toBe('ALLOCATION_EXCEEDS_AVAILABILITY');
    expect((await office.get(`${base}/versions`)).json().items).toEqual([]);

    await office.put(`${base}/budget/allocations`, {
      actionId: otherActionId,
      sourceCode: 'FNPS',
      year: 2090,
      amount: 4_000_000,
      version: 1,
    });
    const approved = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await office.get(base)).json().version,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().phase).toBe('approved');
  });

  it('freezes the budget with the plan: no budget change once approved', async () => {
    const res = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      amount: 1,
      version: 2,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PLAN_NOT_EDITABLE');
  });

  it('records every budget change in the audit trail with before and after', async () => {
    const districtId = base.split('/')[3];
    const events = (
      await office.get(`/api/districts/${districtId}/audit-events?entityType=availability`)
    )
      .json()
      .items.filter((e: { after: { year: number } }) => e.after.year === 2090);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'budget.availability_changed',
      'budget.availability_changed',
    ]);
    expect(events[0]).toMatchObject({
      before: { amount: 10_000_000 },
      after: { amount: 12_000_000 },
    });
  });
});

describe('the limits of a budget cell', () => {
  it('refuses an amount above one billion euro and a source code past 40 characters, naming the limit', async () => {
    const res = await office.put(`${base}/budget/allocations`, {
      actionId,
      sourceCode: 'F'.repeat(41),
      year: 2090,
      amount: 100_000_000_001,
      version: null,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'body.sourceCode',
          code: 'too_big',
          maximum: 40,
          actual: 41,
        }),
        expect.objectContaining({
          field: 'body.amount',
          code: 'too_big',
          maximum: 100_000_000_000,
          message: 'amount is above one billion euro',
        }),
      ]),
    );
  });

  it('refuses a control character in a source code and an unknown field, and stores nothing', async () => {
    const before = (await office.get(`${base}/budget`)).json();
    const control = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      sourceCode: 'FN\u001bPS',
      year: 2091,
      version: null,
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.sourceCode',
        code: 'invalid_format',
        format: 'plain-text',
      }),
    ]);
    const extra = await office.put(`${base}/budget/availability`, {
      ...fnps2090,
      year: 2091,
      currency: 'EUR',
      version: null,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.currency',
        code: 'unrecognized_keys',
        message: expect.stringContaining('currency'),
      }),
    ]);
    expect((await office.get(`${base}/budget`)).json()).toEqual(before);
  });
});
