import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxMediaType } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * Reporting in bulk: the Comune di Pavia downloads the workbook of a period, pre-filled with the
 * actions it leads, fills it in and uploads it; a file with errors is refused whole, naming
 * every error by sheet, row and column.
 */
let t: TestApp;
let office: Client;
let mayor: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  mayor = await t.login(demo.mayor);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  const periods = `/api/districts/${districtId}/plans/${planId}/monitoring/periods`;
  const made = await office.post(periods, {
    label: 'Primo semestre 2014',
    startsOn: '2014-01-01',
    endsOn: '2014-06-30',
    dueOn: '2014-07-31',
  });
  expect(made.statusCode).toBe(201);
  base = `${periods}/${made.json().id}`;
});
afterAll(async () => t.close());

async function download(client: Client) {
  const res = await client.get(`${base}/workbook`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain(xlsxMediaType);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

async function upload(client: Client, wb: ExcelJS.Workbook) {
  return t.app.inject({
    method: 'POST',
    url: `${base}/workbook`,
    headers: {
      cookie: client.cookie ?? '',
      'x-csrf-token': client.csrf ?? '',
      'content-type': xlsxMediaType,
    },
    payload: Buffer.from(await wb.xlsx.writeBuffer()),
  });
}

const values = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('reports in a workbook', () => {
  it('gives a lead only the actions it leads, with their indicators and money', async () => {
    const wb = await download(mayor);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Relazioni', 'Indicatori', 'Spesa']);
    const reports = values(wb.getWorksheet('Relazioni')!);
    expect(reports[0]).toEqual([
      'Codice',
      'Titolo',
      'Capofila',
      'Stato',
      'Avanzamento %',
      'Note',
      'Versione',
    ]);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.slice(1).every((r) => r[2] === 'Comune di Pavia')).toBe(true);
    const all = values((await download(office)).getWorksheet('Relazioni')!);
    expect(all.length).toBeGreaterThan(reports.length);
    expect((await (await t.login(demo.region)).get(`${base}/workbook`)).statusCode).toBe(403);
  });

  it('writes what the lead filled in, and nothing more when the same file comes again', async () => {
    const wb = await download(mayor);
    const reports = wb.getWorksheet('Relazioni')!;
    const code = String(reports.getRow(2).getCell(1).value);
    reports.getRow(2).getCell(4).value = 'In corso';
    reports.getRow(2).getCell(5).value = 40;
    reports.getRow(2).getCell(6).value = 'Servizio avviato in tre comuni';
    const spending = wb.getWorksheet('Spesa')!;
    let filled = 0;
    spending.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value === code) {
        r.getCell(4).value = 1000.5;
        r.getCell(5).value = 800;
        filled += 1;
      }
    });
    const res = await upload(mayor, wb);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ written: 1, unchanged: 0 });

    const period = (await mayor.get(base)).json();
    const subject = period.subjects.find((s: { code: string }) => s.code === code);
    const report = (await mayor.get(`${base}/reports/${subject.kind}/${subject.id}`)).json().report;
    expect(report).toMatchObject({
      status: 'draft',
      progress: 'inProgress',
      progressPercent: 40,
      notes: 'Servizio avviato in tre comuni',
    });
    expect(report.spending).toHaveLength(filled);
    if (filled) expect(report.spending[0]).toMatchObject({ committed: 100_050, paid: 80_000 });

    const again = await upload(mayor, wb);
    expect(again.json()).toEqual({ written: 0, unchanged: 1 });
  });

  it('refuses a file with errors whole, each by sheet, row and column', async () => {
    const wb = await download(mayor);
    const reports = wb.getWorksheet('Relazioni')!;
    const before = values(reports);
    reports.getRow(3).getCell(5).value = 'tanto';
    reports.getRow(3).getCell(4).value = 'Quasi finito';
    const other = (await office.get(base))
      .json()
      .subjects.find(
        (s: { kind: string; lead: { name: string } | null }) =>
          s.kind === 'action' && s.lead?.name === 'ATS di Pavia',
      );
    reports.addRow([other.code, '', '', 'In corso', 10, '', null]);
    const res = await upload(mayor, wb);
    expect(res.statusCode).toBe(400);
    const problems = res.json().details?.problems ?? res.json().problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'reports',
          row: 3,
          column: 'Avanzamento %',
          columnLetter: 'E',
          code: 'notNumber',
        }),
        expect.objectContaining({
          sheet: 'reports',
          row: 3,
          column: 'Stato',
          code: 'unknownChoice',
        }),
        expect.objectContaining({
          sheet: 'reports',
          row: before.length + 1,
          column: 'Codice',
          code: 'notYours',
        }),
      ]),
    );
    // nothing of the file was written: the second row's report still does not exist
    const period = (await mayor.get(base)).json();
    const code = String(before[2]![0]);
    expect(period.subjects.find((s: { code: string }) => s.code === code).report).toBeNull();
  });

  it('refuses a file made before someone else changed a report it changes', async () => {
    const old = await download(mayor);
    const row = old.getWorksheet('Relazioni')!.getRow(2);
    const code = String(row.getCell(1).value);
    const period = (await mayor.get(base)).json();
    const subject = period.subjects.find((s: { code: string }) => s.code === code);
    const current = (await mayor.get(`${base}/reports/${subject.kind}/${subject.id}`)).json()
      .report;
    const saved = await office.put(`${base}/reports/${subject.kind}/${subject.id}`, {
      ...current,
      version: current.version,
      notes: 'Corretto dall’ufficio di piano',
      id: undefined,
      periodId: undefined,
      subjectKind: undefined,
      subjectId: undefined,
      status: undefined,
      reviewNote: undefined,
      updatedAt: undefined,
      updatedBy: undefined,
      submittedAt: undefined,
      reviewedAt: undefined,
    });
    expect(saved.statusCode).toBe(200);
    row.getCell(6).value = 'La mia versione';
    const res = await upload(mayor, old);
    expect(res.statusCode).toBe(409);
    expect(res.json().details?.problems ?? res.json().problems).toEqual([
      expect.objectContaining({ sheet: 'reports', row: 2, code: 'staleRow' }),
    ]);
  });

  it('says so when the upload is not a workbook', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/workbook`,
      headers: {
        cookie: mayor.cookie ?? '',
        'x-csrf-token': mayor.csrf ?? '',
        'content-type': xlsxMediaType,
      },
      payload: Buffer.from('non è un foglio di calcolo'),
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('unreadableFile');
  });
});
