import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../testing/test-app';
import { seedSyntheticPlan } from './synthetic-plan';

let t: TestApp;
let office: Client;
let districtId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
});
afterAll(async () => t.close());

const countOf = async (table: string, planId: string) =>
  Number(
    (
      await t.sql(
        sql`select count(*)::int as n from ${sql.identifier(table)} where plan_id = ${planId}`,
      )
    ).rows[0]!.n,
  );

describe('synthetic plan for the scale benchmark', () => {
  it('seeds a small plan in proportion to the sizes, readable through the API, with coherence problems', async () => {
    const seeded = await seedSyntheticPlan(t.database.db, districtId, {
      title: 'Piano sintetico piccolo',
      objectives: 10,
      actionsPerObjective: 3,
      indicatorsPerObjective: 4,
      allocationsPerAction: 10,
    });
    expect(seeded.created).toBe(true);
    expect(seeded.counts).toMatchObject({
      areas: 7,
      objectives: 10,
      actions: 30,
      allocations: 300,
      indicators: 40,
      chapters: 9,
    });
    const { planId } = seeded;
    expect(await countOf('objectives', planId)).toBe(10);
    expect(await countOf('actions', planId)).toBe(30);
    expect(await countOf('allocations', planId)).toBe(300);
    expect(await countOf('indicators', planId)).toBe(40);
    expect(await countOf('chapters', planId)).toBe(9);
    expect(await countOf('municipal_share_rules', planId)).toBe(1);
    expect(await countOf('funding_availability', planId)).toBe(seeded.counts.availability);

    const base = `/api/districts/${districtId}/plans/${planId}`;
    const tree = (await office.get(base)).json();
    expect(tree.title).toBe('Piano sintetico piccolo');
    const objectives = tree.areas.flatMap((a: { objectives: unknown[] }) => a.objectives);
    expect(objectives).toHaveLength(10);
    expect(objectives[0].targetGroups.length).toBeGreaterThan(0);
    expect(objectives[0].actions[0].partners.length).toBeGreaterThan(0);

    const coherence = await office.get(`${base}/coherence`);
    expect(coherence.statusCode).toBe(200);
    const codes = new Set(coherence.json().problems.map((p: { code: string }) => p.code));
    expect(codes).toContain('ALLOCATION_EXCEEDS_AVAILABILITY');
    expect(codes).toContain('INDICATOR_WITHOUT_TARGETS');

    // a second run leaves the plan as it is
    const again = await seedSyntheticPlan(t.database.db, districtId, {
      title: 'Piano sintetico piccolo',
      objectives: 10,
    });
    expect(again).toMatchObject({ planId, created: false });
    expect(await countOf('actions', planId)).toBe(30);
  });

  it('seeds the full-size plan: 100 objectives, 500 actions, 5,000 allocations, 500 indicators', async () => {
    const { planId, counts } = await seedSyntheticPlan(t.database.db, districtId);
    expect(counts).toMatchObject({
      objectives: 100,
      actions: 500,
      allocations: 5000,
      indicators: 500,
    });
    expect(await countOf('allocations', planId)).toBe(5000);
    expect(await countOf('indicators', planId)).toBe(500);
    const coherence = (
      await office.get(`/api/districts/${districtId}/plans/${planId}/coherence`)
    ).json();
    expect(coherence.problems.length).toBeGreaterThanOrEqual(20);
    expect(coherence.problems.length).toBeLessThanOrEqual(80);
  });
});
