import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * What the annual update changes: the demo plan's approved version 1 against its draft in
 * progress (the 2013 update), and against itself.
 */
let t: TestApp;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

type Change = {
  kind: string;
  label: string;
  fields: { field: string; from: string; to: string }[];
};

describe('comparing versions of a plan', () => {
  it('shows what the draft update changes against the approved version', async () => {
    const res = await office.get(`${base}/comparison?from=1`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    // the update's text added to the monitoring chapter, paragraph by paragraph
    const chapter = c.chapters.find((ch: Change) => ch.kind === 'changed');
    expect(
      chapter.paragraphs.filter((p: { kind: string }) => p.kind === 'added').length,
    ).toBeGreaterThan(0);
    expect(
      chapter.paragraphs.some(
        (p: { kind: string; text: string }) =>
          p.kind === 'added' && p.text.includes('Aggiornamento annuale 2013'),
      ),
    ).toBe(true);
    // the actions under way since the approval
    const summer = c.actions.find((a: Change) =>
      a.label.startsWith('Conciliazione famiglia-lavoro'),
    );
    expect(summer.kind).toBe('changed');
    expect(summer.fields.map((f: { field: string }) => f.field)).toContain('status');
    expect(c.money.total.delta).toBe(c.money.total.to - c.money.total.from);
  });

  it('finds nothing between a version and itself', async () => {
    const c = (await office.get(`${base}/comparison?from=1&to=1`)).json();
    expect([c.plan, c.areas, c.objectives, c.actions, c.indicators, c.chapters]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(c.money.total.delta).toBe(0);
  });

  it('shows money moved between two actions per action, the source’s cell unchanged', async () => {
    const budget = (await office.get(`${base}/budget`)).json();
    const [a] = budget.allocations as {
      actionId: string;
      sourceCode: string;
      year: number;
      amount: number;
      version: number;
    }[];
    const other = budget.allocations.find(
      (x: { actionId: string; sourceCode: string; year: number }) =>
        x.actionId !== a!.actionId && x.sourceCode === a!.sourceCode && x.year === a!.year,
    );
    expect(other, 'two actions funded by one source in one year').toBeDefined();
    const before = (await office.get(`${base}/comparison?from=1`)).json();
    const move = 1_000_00;
    for (const [al, amount] of [
      [a!, a!.amount - move],
      [other, other.amount + move],
    ] as const) {
      const res = await office.put(`${base}/budget/allocations`, {
        actionId: al.actionId,
        sourceCode: al.sourceCode,
        year: al.year,
        amount,
        version: al.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = (await office.get(`${base}/comparison?from=1`)).json();
    const delta = (c: typeof after, id: string) =>
      c.money.byAction.find((x: { actionId: string }) => x.actionId === id)?.delta ?? 0;
    expect(delta(after, a!.actionId) - delta(before, a!.actionId)).toBe(-move);
    expect(delta(after, other.actionId) - delta(before, other.actionId)).toBe(move);
    expect(after.money.total.delta).toBe(before.money.total.delta);
  });

  it('is tagged and revalidated like every plan read, and open to every member', async () => {
    const first = await office.get(`${base}/comparison?from=1`);
    const again = await t.app.inject({
      method: 'GET',
      url: `${base}/comparison?from=1`,
      headers: { cookie: office.cookie!, 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    const mayor = await t.login(demo.mayor);
    expect((await mayor.get(`${base}/comparison?from=1`)).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `${base}/comparison?from=1` })).statusCode,
    ).toBe(401);
  });

  it('names the bad query and answers 404 for a version that does not exist', async () => {
    const field = async (q: string) => {
      const res = await office.get(`${base}/comparison${q}`);
      expect(res.statusCode, q).toBe(400);
      return res.json().issues[0].field;
    };
    expect(await field('')).toBe('query.from');
    expect(await field('?from=0')).toBe('query.from');
    expect(await field('?from=1&to=abc')).toBe('query.to');
    expect(await field('?from=1&x=2')).toBe('query.x');
    expect((await office.get(`${base}/comparison?from=99`)).statusCode).toBe(404);
    expect((await office.get(`${base}/comparison?from=1&to=99`)).statusCode).toBe(404);
  });
});
