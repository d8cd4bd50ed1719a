import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../testing/test-app';
import { seedDemoPopulation } from './seed-population';

let t: TestApp;
let office: Client;
let districtId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
});
afterAll(async () => t.close());

describe('demo needs analysis', () => {
  it('has the population 2010–2014 of the 12 municipalities, anchored on the 2011 census', async () => {
    const ind = (
      await office.get(`/api/districts/${districtId}/population/indicators?year=2011`)
    ).json();
    expect(ind.isDemo).toBe(true);
    expect(ind.years).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(ind.municipalities).toHaveLength(12);
    const pavia = ind.municipalities.find((m: { istatCode: string }) => m.istatCode === '018110');
    expect(pavia.current.residents).toBe(68280);
    expect(ind.district.current.missingMunicipalities).toEqual([]);
    expect(ind.district.current.foreignShare).toBeGreaterThan(5);
    expect(ind.district.current.households).toBeGreaterThan(40000);
  });

  it('has social workers per year with the LEPS ratio, and need statements linked to objectives', async () => {
    const sw = (await office.get(`/api/districts/${districtId}/population/social-workers`)).json();
    expect(sw.coverage.map((c: { year: number }) => c.year)).toEqual([
      2010, 2011, 2012, 2013, 2014,
    ]);
    expect(sw.coverage[1].fte).toBe(15.5);
    const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
    const needs = (await office.get(`/api/districts/${districtId}/plans/${planId}/needs`)).json()
      .items;
    expect(needs.length).toBeGreaterThanOrEqual(8);
    expect(needs.every((n: { objectiveIds: string[] }) => n.objectiveIds.length > 0)).toBe(true);
  });

  it('seeding again changes nothing', async () => {
    const count = async () =>
      (
        await t.sql(
          sql`select (select count(*) from population_counts) + (select count(*) from need_statements) + (select count(*) from social_worker_staff) as n`,
        )
      ).rows[0]!.n;
    const before = await count();
    await seedDemoPopulation(t.database.db);
    expect(await count()).toEqual(before);
  });
});
