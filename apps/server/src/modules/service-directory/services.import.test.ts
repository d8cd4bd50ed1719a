import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  base = `/api/districts/${districtId}/services`;
});
afterAll(async () => t.close());

const upload = (c: Client, format: 'csv' | 'xlsx', payload: Buffer | string) =>
  t.app.inject({
    method: 'POST',
    url: `${base}/file?format=${format}`,
    headers: {
      cookie: c.cookie ?? '',
      'x-csrf-token': c.csrf ?? '',
      'content-type':
        format === 'csv'
          ? 'text/csv'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    payload,
  });
const exportCsv = async () => readCsv((await office.get(`${base}/file?format=csv`)).body);
const count = async () =>
  Number((await t.sql(sql`select count(*)::int as n from services`)).rows[0]!.n);
const col = (rows: string[][], header: string) => rows[0]!.indexOf(header);

describe('services spreadsheet', () => {
  it('exports CSV and XLSX; importing the export back changes nothing', async () => {
    const csv = await office.get(`${base}/file?format=csv`);
    expect(csv.headers['content-disposition']).toContain('servizi.csv');
    expect(csv.body.startsWith('\uFEFFID;Nome;Descrizione;Ente gestore')).toBe(true);
    const back = await upload(office, 'csv', csv.rawPayload);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ created: 0, updated: 0 });
    expect(back.json().unchanged).toBeGreaterThanOrEqual(40);

    const xlsx = await office.get(`${base}/file?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Istruzioni', 'Servizi', 'Codici']);
    const again = await upload(office, 'xlsx', xlsx.rawPayload);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    const events = await t.sql(
      sql`select count(*)::int as n from audit_events where action = 'service.imported'`,
    );
    expect(events.rows[0]!.n).toBe(0);
  });

  it('refuses a cell with a control character, naming row and column, and changes nothing', async () => {
    const rows = await exportCsv();
    const i = rows.findIndex((r) => r[col(rows, 'Nome')] === 'Telesoccorso');
    rows[i]![col(rows, 'Orari')] = 'sempre\u001b attivo';
    const res = await upload(office, 'csv', writeCsv(rows));
    expect(res.statusCode).toBe(400);
    expect(res.json().problems).toEqual([
      expect.objectContaining({
        sheet: 'Servizi',
        row: i + 1,
        column: 'Orari',
        code: 'controlCharacters',
      }),
    ]);
    const tele = (await office.get(`${base}?q=telesoccorso`)).json().items[0];
    expect(tele.openingHours).not.toContain('\u001b');
  });

  it('creates new rows and updates changed ones in one go', async () => {
    const rows = await exportCsv();
    const i = rows.findIndex((r) => r[col(rows, 'Nome')] === 'Telesoccorso');
    rows[i]![col(rows, 'Posti')] = '300';
    const fresh = rows[0]!.map(() => '');
    fresh[col(rows, 'Nome')] = 'Orti sociali';
    fresh[col(rows, 'Ente gestore')] = 'comune di zinasco';
    fresh[col(rows, 'Comune')] = 'Zinasco';
    fresh[col(rows, 'Comuni serviti')] = 'Zinasco; Sommo';
    fresh[col(rows, 'Aree utenza')] = 'eld';
    fresh[col(rows, 'Stato')] = 'attivo';
    fresh[col(rows, 'Autorizzazione')] = 'Nessuna';
    const before = await count();
    const res = await upload(office, 'csv', writeCsv([...rows, fresh]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, updated: 1 });
    expect(await count()).toBe(before + 1);
    const tele = (await office.get(`${base}?q=telesoccorso`)).json().items[0];
    expect(tele).toMatchObject({ capacity: 300, version: 2 });
    const orti = (await office.get(`${base}?q=orti%20sociali`)).json().items[0];
    expect(orti.userAreaCodes).toEqual(['ELD']);
    expect(orti.servedMunicipalityIds).toHaveLength(2);
  });

  it('refuses a file with errors as a whole, listing each by row and column', async () => {
    const rows = await exportCsv();
    rows[2]![col(rows, 'Posti')] = 'molti';
    rows[3]![col(rows, 'Ente gestore')] = 'Ente inesistente';
    rows[4]![col(rows, 'Data autorizzazione')] = '31/02/2012';
    rows[5]![col(rows, 'Nome')] = '';
    rows[6]![col(rows, 'ID')] = crypto.randomUUID();
    rows[7]![col(rows, 'Unità d’offerta')] = 'XXX';
    rows[9]![col(rows, 'Stato')] = 'forse';
    const before = await count();
    const res = await upload(office, 'csv', writeCsv(rows));
    expect(res.statusCode).toBe(400);
    const problems = res.json().problems as {
      row: number;
      column: string;
      columnLetter: string;
      code: string;
    }[];
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Posti', 'notInteger'],
      [4, 'Ente gestore', 'unknownOrganization'],
      [5, 'Data autorizzazione', 'notDate'],
      [6, 'Nome', 'required'],
      [7, 'ID', 'unknownId'],
      [8, 'Unità d’offerta', 'unknownCode'],
      [10, 'Stato', 'unknownChoice'],
    ]);
    expect(problems[0]!.columnLetter).toBe('N');
    expect(await count()).toBe(before);
    const broken = await upload(office, 'xlsx', Buffer.from('not a workbook'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().problems[0].code).toBe('unreadableFile');
  });

  it('refuses rows changed by someone else since the export (409), and only the plan office imports', async () => {
    const rows = await exportCsv();
    const i = rows.findIndex((r) => r[col(rows, 'Nome')] === 'Trasporto sociale');
    const id = rows[i]![col(rows, 'ID')]!;
    const current = (await office.get(`${base}/${id}`)).json();
    const { id: _i, districtId: _d, provider, isDemo: _x, updatedAt: _u, ...rest } = current;
    await office.put(`${base}/${id}`, {
      ...rest,
      providerId: provider.id,
      costs: 'Offerta libera, da 5 €',
    });
    rows[i]![col(rows, 'Orari')] = 'Sempre';
    const res = await upload(office, 'csv', writeCsv(rows));
    expect(res.statusCode).toBe(409);
    expect(res.json().problems[0]).toMatchObject({
      row: i + 1,
      column: 'Versione',
      code: 'staleRow',
    });
    expect((await office.get(`${base}/${id}`)).json().openingHours).not.toBe('Sempre');

    const mayor = await t.login(demo.mayor);
    expect((await upload(mayor, 'csv', writeCsv(rows))).statusCode).toBe(403);
    expect((await mayor.get(`${base}/file?format=csv`)).statusCode).toBe(200);
  });
});
