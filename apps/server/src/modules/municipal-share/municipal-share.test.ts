import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newPlan } from '../../testing/scratch-plan';

let t: TestApp;
let office: Client;
let base: string;
let districtId: string;
let towns: { id: string; name: string; population: number }[];
let years: number[];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const made = await newPlan(office, districtId, 2090);
  const plan = made.plan;
  base = made.base;
  towns = (await office.get(`/api/districts/${districtId}`)).json().municipalities;
  years = [];
  for (let y = plan.period.startYear; y <= plan.period.endYear; y++) years.push(y);
});
afterAll(async () => t.close());

const rulePath = () => `${base}/budget/municipal-share/rule`;
const tablePath = () => `${base}/budget/municipal-share`;
const perInhabitant = { sourceCode: 'COM', populationYear: 2011, rule: { kind: 'perInhabitant' } };

type Row = {
  municipalityId: string;
  byPopulation: number;
  equalPart: number;
  fixedPart: number;
  amount: number;
};
const sum = (rows: Row[], k: keyof Omit<Row, 'municipalityId'>) =>
  rows.reduce((s, r) => s + r[k], 0);

describe('municipal share rule', () => {
  it('starts with no rule and an empty table, not an error', async () => {
    expect((await office.get(rulePath())).json()).toEqual({ rule: null });
    const table = await office.get(tablePath());
    expect(table.statusCode).toBe(200);
    expect(table.json()).toEqual({ rule: null, years: [], issues: [] });
  });

  it('creates the rule, reads it back, then refuses a writer holding an old version', async () => {
    const created = await office.put(rulePath(), { ...perInhabitant, version: null });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toEqual({ ...perInhabitant, version: 1 });
    expect((await office.get(rulePath())).json().rule).toEqual({ ...perInhabitant, version: 1 });

    const mixed = { ...perInhabitant, rule: { kind: 'mixed', populationBasisPoints: 7000 } };
    const changed = await office.put(rulePath(), { ...mixed, version: 1 });
    expect(changed.json()).toEqual({ ...mixed, version: 2 });

    const stale = await office.put(rulePath(), { ...perInhabitant, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: mixed });
    const again = await office.put(rulePath(), { ...perInhabitant, version: null });
    expect(again.statusCode).toBe(409);
  });

  it('names the field of an unknown source, a share of no municipality, shares not adding up to 100 %', async () => {
    const source = await office.put(rulePath(), {
      ...perInhabitant,
      sourceCode: 'XYZ',
      version: 2,
    });
    expect(source.statusCode).toBe(400);
    expect(source.json().issues.map((i: { field: string }) => i.field)).toEqual([
      'body.sourceCode',
    ]);

    const stranger = '00000000-0000-4000-8000-000000000099';
    const fixed = await office.put(rulePath(), {
      ...perInhabitant,
      rule: { kind: 'fixed', shares: { [towns[0]!.id]: 6000, [stranger]: 3000 } },
      version: 2,
    });
    expect(fixed.statusCode).toBe(400);
    expect(fixed.json().issues.map((i: { field: string }) => i.field)).toEqual([
      `body.rule.shares.${stranger}`,
      'body.rule.shares',
    ]);
    expect(fixed.json().issues[1].message).toMatch(/90 %/);

    const range = await office.put(rulePath(), {
      ...perInhabitant,
      rule: { kind: 'mixed', populationBasisPoints: 12000 },
      version: 2,
    });
    expect(range.statusCode).toBe(400);
    expect(range.json().issues[0].field).toBe('body.rule.populationBasisPoints');
    // nothing was saved
    expect((await office.get(rulePath())).json().rule.version).toBe(2);
  });

  it('splits each year exactly what the source makes available: 70 % by population, 30 % in equal parts', async () => {
    const amounts = [100_000_001, 77_777_777, 0];
    for (const [i, year] of years.entries()) {
      if (!amounts[i]) continue;
      const res = await office.put(`${base}/budget/availability`, {
        sourceCode: 'COM',
        year,
        amount: amounts[i],
        carryOver: i === 0 ? 333 : 0,
        version: null,
      });
      expect(res.statusCode).toBe(200);
    }
    const table = (await office.get(tablePath())).json();
    expect(table.rule.rule).toEqual({ kind: 'mixed', populationBasisPoints: 7000 });
    expect(table.years.map((y: { year: number }) => y.year)).toEqual(years);
    const expected = [100_000_334, 77_777_777, 0];
    for (const [i, y] of (table.years as { total: number; rows: Row[] }[]).entries()) {
      expect(y.total).toBe(expected[i]);
      expect(y.rows).toHaveLength(towns.length);
      expect(sum(y.rows, 'amount')).toBe(expected[i]);
      expect(sum(y.rows, 'byPopulation')).toBe(Math.round(expected[i]! * 0.7));
      expect(sum(y.rows, 'fixedPart')).toBe(0);
      const equal = y.rows.map((r) => r.equalPart);
      expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
      for (const r of y.rows) expect(r.byPopulation + r.equalPart).toBe(r.amount);
    }
    // the largest municipality gets the largest part
    const first = table.years[0].rows as (Row & { name: string; population: number })[];
    const largest = first.reduce((a, b) => (b.population > a.population ? b : a));
    expect(Math.max(...first.map((r) => r.amount))).toBe(largest.amount);
  });

  it('applies fixed percentages per municipality to the cent', async () => {
    const shares = Object.fromEntries(
      towns.map((m, i) => [m.id, i === 0 ? 10_000 - 11 * 800 : 800]),
    );
    const saved = await office.put(rulePath(), {
      ...perInhabitant,
      rule: { kind: 'fixed', shares },
      version: 2,
    });
    expect(saved.statusCode).toBe(200);
    const table = (await office.get(tablePath())).json();
    for (const y of table.years as { total: number; rows: Row[] }[]) {
      expect(sum(y.rows, 'fixedPart')).toBe(y.total);
      expect(sum(y.rows, 'amount')).toBe(y.total);
    }
  });

  it('lets other roles read the rule and the table but not change the rule', async () => {
    const mayor = await t.login(demo.mayor);
    expect((await mayor.get(tablePath())).statusCode).toBe(200);
    expect((await mayor.get(rulePath())).json().rule.version).toBe(3);
    const write = await mayor.put(rulePath(), { ...perInhabitant, version: 3 });
    expect(write.statusCode).toBe(403);
  });

  it('records each change of the rule in the audit trail', async () => {
    const events = (
      await office.get(`/api/districts/${districtId}/audit-events?entityType=municipalShareRule`)
    )
      .json()
      .items.filter((e: { after: { populationYear: number } }) => e.after.populationYear === 2011);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'budget.municipal_share_changed',
      'budget.municipal_share_changed',
      'budget.municipal_share_changed',
    ]);
  });

  it('reports a blocking mismatch when a municipality with a fixed share leaves the district', async () => {
    const before = (await office.get(`${base}/coherence`)).json();
    expect(before.problems.map((p: { code: string }) => p.code)).not.toContain(
      'MUNICIPAL_SHARES_MISMATCH',
    );
    const gone = towns[towns.length - 1]!;
    await t.sql(sql`delete from municipalities where id = ${gone.id}`);

    const table = (await office.get(tablePath())).json();
    expect(table.years).toEqual([]);
    expect(table.issues[0].field).toBe(`rule.shares.${gone.id}`);

    const after = (await office.get(`${base}/coherence`)).json();
    const mismatch = after.problems.filter(
      (p: { code: string }) => p.code === 'MUNICIPAL_SHARES_MISMATCH',
    );
    expect(mismatch.map((p: { target: { year: number } }) => p.target.year)).toEqual(
      years.slice(0, 2),
    );
    expect(mismatch[0].severity).toBe('blocking');
    // the 8 % of the municipality that left is missing from the parts (each rounded on its own)
    expect(Math.round(mismatch[0].data.difference / 1000)).toBe(-8000);
    expect(after.hasBlocking).toBe(true);
  });
});

describe('the limits of the municipal share rule', () => {
  it('refuses a population year past 2100 and a source code past 40 characters, naming the limit', async () => {
    const res = await office.put(rulePath(), {
      ...perInhabitant,
      sourceCode: 'C'.repeat(41),
      populationYear: 2101,
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
        expect.objectContaining({ field: 'body.populationYear', code: 'too_big', maximum: 2100 }),
      ]),
    );
  });

  it('refuses a control character and an unknown field inside the rule, and changes nothing', async () => {
    const before = (await office.get(rulePath())).json();
    const control = await office.put(rulePath(), {
      ...perInhabitant,
      sourceCode: 'CO\u0000M',
      version: before.rule?.version ?? null,
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.sourceCode',
        code: 'invalid_format',
        format: 'plain-text',
      }),
    ]);
    const extra = await office.put(rulePath(), {
      ...perInhabitant,
      rule: { kind: 'perInhabitant', roundTo: 100 },
      version: before.rule?.version ?? null,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({
        field: 'body.rule.roundTo',
        code: 'unrecognized_keys',
        message: expect.stringContaining('roundTo'),
      }),
    ]);
    expect((await office.get(rulePath())).json()).toEqual(before);
  });
});
