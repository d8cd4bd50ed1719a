import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newPlan } from '../../testing/scratch-plan';

// A funding source funds only the years it is valid in (the PNRR from 2021 to 2026).

let t: TestApp;
let office: Client;
let districtId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
});
afterAll(async () => t.close());

type Issue = { field: string; message: string };

describe('funding sources by year', () => {
  it('lists the years each funding source is valid in', async () => {
    const items = (await office.get('/api/classifications/fundingSource')).json().items;
    const years = (code: string) => {
      const i = items.find((x: { code: string }) => x.code === code);
      return [i.validFrom, i.validTo];
    };
    expect(years('PNRR-M5C2')).toEqual([2021, 2026]);
    expect(years('FNPS')).toEqual([1998, null]);
    expect(years('COM')).toEqual([null, null]);
  });

  it('refuses money from a source in a year it is not valid in, naming sourceCode and its years', async () => {
    const { base, actionIds } = await newPlan(office, districtId, 2019);
    const pnrr = { sourceCode: 'PNRR-M5C2', amount: 100_000, version: null };
    const refused = await office.put(`${base}/budget/availability`, {
      ...pnrr,
      year: 2020,
      carryOver: 0,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('VALIDATION_FAILED');
    expect(refused.json().issues).toEqual([
      {
        field: 'body.sourceCode',
        message: 'PNRR-M5C2 is not valid in 2020: valid from 2021 to 2026',
      },
    ]);
    const allocation = await office.put(`${base}/budget/allocations`, {
      ...pnrr,
      actionId: actionIds[0],
      year: 2019,
    });
    expect(allocation.statusCode).toBe(400);
    expect(allocation.json().issues.map((i: Issue) => i.field)).toEqual(['body.sourceCode']);

    const ok = await office.put(`${base}/budget/availability`, { ...pnrr, year: 2021 });
    expect(ok.statusCode).toBe(200);
    const allocated = await office.put(`${base}/budget/allocations`, {
      ...pnrr,
      actionId: actionIds[0],
      year: 2021,
    });
    expect(allocated.statusCode).toBe(200);
  });

  it('refuses a municipal share rule on a source valid in none of the plan’s years', async () => {
    const { base } = await newPlan(office, districtId, 2015);
    const rule = { populationYear: 2014, rule: { kind: 'perInhabitant' }, version: null };
    const path = `${base}/budget/municipal-share/rule`;
    const refused = await office.put(path, { ...rule, sourceCode: 'PNRR-M5C2' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([
      {
        field: 'body.sourceCode',
        message: 'PNRR-M5C2 is not valid in 2015–2017: valid from 2021 to 2026',
      },
    ]);
    expect((await office.put(path, { ...rule, sourceCode: 'DDN' })).statusCode).toBe(200);
  });
});
