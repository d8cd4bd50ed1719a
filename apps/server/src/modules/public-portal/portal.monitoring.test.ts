import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * Citizens read how the plan is going: the closed periods only, with the figures the plan office
 * validated, as words, tables and CSV; an open period stays in the back office.
 */
let t: TestApp;
let office: Client;
let portal: string;
let periods: { id: string; label: string; status: string }[];

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  periods = (
    await office.get(`/api/districts/${districtId}/plans/${planId}/monitoring/periods`)
  ).json().items;
  portal = `/distretti/pavia/piani/${planId}`;
});
afterAll(async () => t.close());

const closed = () => periods.find((p) => p.status === 'closed')!;
const open = () => periods.find((p) => p.status === 'open')!;

describe('monitoring on the portal', () => {
  it('leads from the plan to its closed periods, never to an open one', async () => {
    expect((await t.anonymous.get(portal)).body).toContain(`href="${portal}/monitoraggio"`);
    const index = await t.anonymous.get(`${portal}/monitoraggio`);
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('Anno 2012: dal 01/01/2012 al 31/12/2012');
    expect(index.body).toContain(`${portal}/monitoraggio/${closed().id}`);
    expect(index.body).not.toContain(open().id);
    expect((await t.anonymous.get(`${portal}/monitoraggio/${open().id}`)).statusCode).toBe(404);
    expect((await t.anonymous.get(`${portal}/monitoraggio/nonesiste`)).statusCode).toBe(404);
  });

  it('says in words, bars and tables how the year went, and what was spent', async () => {
    const page = await t.anonymous.get(`${portal}/monitoraggio/${closed().id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Relazioni verificate: 34 su 34.');
    expect(page.body).toMatch(/Nel 2012 il piano è [^:]+: in media ha fatto il \d+ % del cammino/);
    expect(page.body).toMatch(/<caption[^>]*>\s*Andamento delle aree di intervento nel 2012/);
    expect(page.body).toContain('aria-hidden="true"'); // the bars repeat the written figures
    expect(page.body).toMatch(/Totale<\/th>\s*<td class="text-end fw-bold">[\d.]+,\d\d\s€/);
    expect(page.body).not.toContain('<script');
    const english = await t.anonymous.get(`${portal}/monitoraggio/${closed().id}?lang=en`);
    expect(english.body).toContain('Checked reports: 34 of 34.');
  });

  it('gives the indicators and the spending as CSV that spreadsheets open as text', async () => {
    const base = `${portal}/monitoraggio/${closed().id}`;
    const indicators = await t.anonymous.get(`${base}/indicatori.csv`);
    expect(indicators.headers['content-type']).toContain('text/csv');
    const rows = readCsv(indicators.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'Area',
      'Obiettivo',
      'Indicatore',
      'Unità di misura',
      'Valore di partenza',
      'Atteso a fine periodo',
      'Misurato',
      'Giudizio',
    ]);
    expect(rows.length).toBeGreaterThan(20);
    const spending = readCsv(
      (await t.anonymous.get(`${base}/spesa.csv`)).body.replace(/^\uFEFF/, ''),
    );
    const cents = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);
    const total = spending.at(-1)!;
    expect(total[0]).toBe('Totale');
    const paid = spending.slice(1, -1).reduce((sum, r) => sum + cents(r[3]!), 0);
    expect(paid).toBe(cents(total[3]!));
    expect((await t.anonymous.get(`${base}/altro.csv`)).statusCode).toBe(404);
  });
});
