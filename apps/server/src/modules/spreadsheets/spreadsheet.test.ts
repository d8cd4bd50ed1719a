import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let office: Client;
let districtId: string;
let planId: string;
let base: string;
let actionId: string;

function upload(client: Client, query: string, body: Buffer | string, type = XLSX) {
  return t.app.inject({
    method: 'POST',
    url: `${base}/spreadsheet?${query}`,
    headers: {
      cookie: client.cookie ?? '',
      'x-csrf-token': client.csrf ?? '',
      'content-type': type,
    },
    payload: body,
  });
}

async function download(query = 'format=xlsx') {
  const res = await t.app.inject({
    method: 'GET',
    url: `${base}/spreadsheet?${query}`,
    headers: { cookie: office.cookie ?? '' },
  });
  expect(res.statusCode).toBe(200);
  return res;
}

async function planVersion(): Promise<number> {
  return (await office.get(base)).json().version;
}

/** Every row the import could touch, to compare before and after. */
async function dump() {
  const rows = await t.sql(sql`
    select 'o' as t, id, version, title from objectives where plan_id = ${planId}
    union all select 'a', id, version, title from actions where plan_id = ${planId}
    union all select 'al', id, version, amount::text from allocations where plan_id = ${planId}
    union all select 'i', id, version, name from indicators where plan_id = ${planId}
    order by 1, 2`);
  return rows.rows;
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const plan = await office.post(`/api/districts/${districtId}/plans`, {
    title: 'Piano di prova',
    period: { startYear: 2040, endYear: 2042 },
  });
  expect(plan.statusCode).toBe(201);
  planId = plan.json().id;
  base = `/api/districts/${districtId}/plans/${planId}`;
  const area = (await office.post(`${base}/areas`, { title: 'Anziani' })).json();
  const objective = (
    await office.post(`${base}/objectives`, {
      areaId: area.id,
      code: 'OB1',
      title: 'Domiciliarità',
      targetGroups: [{ userAreaCode: 'ELD', expected: 120 }],
      staff: [{ profileCode: 'AS', fte: 1.5 }],
    })
  ).json();
  await office.post(`${base}/objectives`, { areaId: area.id, code: 'OB2', title: 'Sollievo' });
  actionId = (
    await office.post(`${base}/actions`, {
      objectiveId: objective.id,
      title: 'Assistenza domiciliare',
      startDate: '2040-01-01',
      endDate: '2042-12-31',
    })
  ).json().id;
  const al = await office.put(`${base}/budget/allocations`, {
    actionId,
    sourceCode: 'FNPS',
    year: 2040,
    amount: 1_234_56,
    version: null,
  });
  expect(al.statusCode).toBe(200);
  // an indicator, created through the CSV import itself
  const csv =
    '\uFEFFID;Codice obiettivo;ID azione;Codice;Nome;Tipo;Unità di misura;Fonte dati;Frequenza;Chi rileva;Direzione;Valore di partenza;Anno di partenza;Valori attesi;Soglia parziale %;Soglia raggiunto %\r\n' +
    ';OB1;;I1;Persone seguite;Realizzazione;persone;Cartella sociale;Annuale;Ufficio di piano;Aumento;10,5;2039;"2040:20; 2041:30";60;100\r\n';
  const created = await upload(office, 'format=csv&sheet=indicators', csv, 'text/csv');
  expect(created.statusCode, created.body).toBe(200);
  expect(created.json().counts.indicators).toEqual({ created: 1, updated: 0, unchanged: 0 });
});
afterAll(async () => t.close());

describe('plan spreadsheet', () => {
  it('exports a workbook that, imported back unchanged, changes nothing', async () => {
    const res = await download();
    expect(res.headers['content-disposition']).toBe('attachment; filename="piano-2040-2042.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Istruzioni',
      'Obiettivi',
      'Azioni',
      'Risorse',
      'Indicatori',
      'Codici',
    ]);
    const money = wb.getWorksheet('Risorse')!.getCell('F2');
    expect(money.value).toBe(1234.56);
    expect(money.numFmt).toContain('€');
    expect(wb.getWorksheet('Obiettivi')!.getCell('I2').value).toBe('ELD:120');
    expect(wb.getWorksheet('Obiettivi')!.getCell('O2').value).toBe('AS:1,5');

    const before = await planVersion();
    const rows = await dump();
    const again = await upload(office, 'format=xlsx', res.rawPayload);
    expect(again.statusCode).toBe(200);
    expect(again.json().changes).toBe(0);
    expect(again.json().counts.objectives).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await planVersion()).toBe(before);
    expect(await dump()).toEqual(rows);
  });

  it('round-trips the whole demo plan unchanged, as a workbook and as CSV', async () => {
    const demoPlan = (await office.get(`/api/districts/${districtId}/plans`))
      .json()
      .items.find((p: { isDemo: boolean }) => p.isDemo);
    const demoBase = `/api/districts/${districtId}/plans/${demoPlan.id}/spreadsheet`;
    const headers = {
      cookie: office.cookie ?? '',
      'x-csrf-token': office.csrf ?? '',
    };
    const file = await t.app.inject({ method: 'GET', url: `${demoBase}?format=xlsx`, headers });
    const back = await t.app.inject({
      method: 'POST',
      url: `${demoBase}?format=xlsx`,
      headers: { ...headers, 'content-type': XLSX },
      payload: file.rawPayload,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().changes).toBe(0);
    expect(back.json().counts.actions.unchanged).toBeGreaterThan(5);
    expect(back.json().counts.indicators.unchanged).toBeGreaterThan(0);
    for (const sheet of ['objectives', 'actions', 'allocations', 'indicators']) {
      const csv = await t.app.inject({
        method: 'GET',
        url: `${demoBase}?format=csv&sheet=${sheet}`,
        headers,
      });
      const again = await t.app.inject({
        method: 'POST',
        url: `${demoBase}?format=csv&sheet=${sheet}`,
        headers: { ...headers, 'content-type': 'text/csv' },
        payload: csv.rawPayload,
      });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().changes).toBe(0);
    }
  });

  it('applies exactly the title and the amount changed in the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download()).rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('Azioni')!.getCell('D2').value = 'Assistenza domiciliare integrata';
    wb.getWorksheet('Risorse')!.getCell('F2').value = 2000.5;
    const before = await planVersion();
    const res = await upload(office, 'format=xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      changes: 2,
      counts: {
        objectives: { created: 0, updated: 0, unchanged: 2 },
        actions: { created: 0, updated: 1, unchanged: 0 },
        allocations: { created: 0, updated: 1, unchanged: 0 },
        indicators: { created: 0, updated: 0, unchanged: 1 },
      },
    });
    expect(await planVersion()).toBe(before + 1);
    const tree = (await office.get(base)).json();
    expect(tree.areas[0].objectives[0].actions[0].title).toBe('Assistenza domiciliare integrata');
    expect(tree.areas[0].objectives[0].title).toBe('Domiciliarità');
    const budget = (await office.get(`${base}/budget`)).json();
    expect(budget.allocations[0].amount).toBe(200_050);
    const audit = await t.sql(
      sql`select after from audit_events where action = 'plan.imported' order by at desc limit 1`,
    );
    expect(JSON.stringify(audit.rows[0])).toContain('"updated":1');
  });

  it('refuses a file with errors in several sheets whole, naming sheet, row and column of each', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download()).rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('Obiettivi')!.getCell('C2').value = 'Titolo cambiato';
    wb.getWorksheet('Obiettivi')!.getCell('I3').value = 'XXX:10';
    wb.getWorksheet('Azioni')!.getCell('B2').value = 'OB9';
    wb.getWorksheet('Risorse')!.getCell('E2').value = 2050;
    wb.getWorksheet('Risorse')!.getCell('F2').value = 'mille';
    wb.getWorksheet('Indicatori')!.getCell('E2').value = '';
    const rows = await dump();
    const before = await planVersion();
    const res = await upload(office, 'format=xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problems = res.json().problems as { sheet: string; row: number; column: string }[];
    const where = problems.map((p) => `${p.sheet}!${p.row}:${p.column}`);
    expect(where).toEqual([
      'objectives!3:Destinatari',
      'actions!2:Codice obiettivo',
      'allocations!2:Anno',
      'allocations!2:Importo',
      'indicators!2:Nome',
    ]);
    expect(problems[0]).toMatchObject({
      columnLetter: 'I',
      code: 'unknownCode',
      data: { value: 'XXX' },
    });
    expect(await dump()).toEqual(rows);
    expect(await planVersion()).toBe(before);
  });

  it('round-trips CSV with accents, quotes and semicolons in text', async () => {
    const csv = await download('format=csv&sheet=objectives');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="piano-2040-2042-obiettivi.csv"',
    );
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = csv.rawPayload.toString('utf8');
    const edited = text.replace('Sollievo', '"Sollievo; ""respiro"" e perché\nnotte"');
    const res = await upload(office, 'format=csv&sheet=objectives', edited, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.json().counts.objectives).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const tree = (await office.get(base)).json();
    expect(tree.areas[0].objectives[1].title).toBe('Sollievo; "respiro" e perché\nnotte');
    const back = await download('format=csv&sheet=objectives');
    expect(back.rawPayload.toString('utf8')).toContain('"Sollievo; ""respiro"" e perché\nnotte"');
    const same = await upload(office, 'format=csv&sheet=objectives', back.rawPayload, 'text/csv');
    expect(same.json().changes).toBe(0);
    const allocations = (await download('format=csv&sheet=allocations')).rawPayload.toString(
      'utf8',
    );
    expect(allocations).toContain(';2040;2.000,50;2\r\n');
  });

  it('refuses, whole and with 409, a file changing rows someone else changed since the export', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download()).rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Obiettivi')!;
    expect(sheet.getCell('Q1').value).toBe('Versione');
    const help = wb.getWorksheet('Istruzioni')!.getColumn(1).values;
    const line = help.indexOf('Versione');
    expect(String(wb.getWorksheet('Istruzioni')!.getCell(line, 2).value)).toMatch(
      /^Non modificare: serve a riconoscere le modifiche fatte da altri dopo l’esportazione/,
    );
    expect(sheet.getCell('A2').value).toBe('OB1');
    // a colleague renames OB1 after the export
    const ob1 = (await office.get(base)).json().areas[0].objectives[0];
    const renamed = await office.patch(`${base}/objectives/${ob1.id}`, {
      title: 'Domiciliarità (rivista)',
      version: ob1.version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    // the file changes OB1 too, and the amount of an allocation nobody else touched
    sheet.getCell('C2').value = 'Domiciliarità e cure';
    wb.getWorksheet('Risorse')!.getCell('F2').value = 999;
    const rows = await dump();
    const before = await planVersion();
    const res = await upload(office, 'format=xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('VERSION_CONFLICT');
    expect(res.json().problems).toEqual([
      {
        sheet: 'objectives',
        row: 2,
        column: 'Versione',
        columnLetter: 'Q',
        code: 'staleRow',
        data: {
          title: 'Domiciliarità (rivista)',
          version: ob1.version + 1,
          fileVersion: ob1.version,
        },
      },
    ]);
    expect(await dump()).toEqual(rows);
    expect(await planVersion()).toBe(before);

    // exported again, the file edits another row: applied, the colleague's title kept
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load((await download()).rawPayload as unknown as ArrayBuffer);
    fresh.getWorksheet('Obiettivi')!.getCell('C3').value = 'Sollievo estivo';
    const ok = await upload(office, 'format=xlsx', Buffer.from(await fresh.xlsx.writeBuffer()));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().counts.objectives).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const tree = (await office.get(base)).json();
    expect(tree.areas[0].objectives.map((o: { title: string }) => o.title)).toEqual([
      'Domiciliarità (rivista)',
      'Sollievo estivo',
    ]);
  });

  it('wants the version on a changed row, names the column when it is blank, and ignores it on unchanged rows', async () => {
    const csv = (await download('format=csv&sheet=actions')).rawPayload.toString('utf8');
    const [header, line] = csv.split('\r\n');
    expect(header!.endsWith(';Versione')).toBe(true);
    expect(line).toMatch(/;\d+$/);
    const blank = line!
      .replace(/;\d+$/, ';')
      .replace('Assistenza domiciliare', 'Assistenza a casa');
    const rows = await dump();
    const res = await upload(
      office,
      'format=csv&sheet=actions',
      `${header}\r\n${blank}\r\n`,
      'text/csv',
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().problems).toEqual([
      { sheet: 'actions', row: 2, column: 'Versione', columnLetter: 'K', code: 'required' },
    ]);
    expect(await dump()).toEqual(rows);
    // the same row unchanged, with a blank or old version: nothing to do, no error
    const same = await upload(
      office,
      'format=csv&sheet=actions',
      `${header}\r\n${line!.replace(/;\d+$/, ';')}\r\n`,
      'text/csv',
    );
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().changes).toBe(0);
  });

  it('lets read-only roles export but not import, and hides the plan from other districts', async () => {
    const region = await t.login(demo.region);
    const read = await t.app.inject({
      method: 'GET',
      url: `${base}/spreadsheet?format=csv&sheet=actions`,
      headers: { cookie: region.cookie ?? '' },
    });
    expect(read.statusCode).toBe(200);
    expect(
      (await upload(region, 'format=csv&sheet=actions', read.rawPayload, 'text/csv')).statusCode,
    ).toBe(403);
    const elsewhere = `/api/districts/00000000-0000-4000-8000-000000000000/plans/${planId}/spreadsheet?format=xlsx`;
    const other = await t.app.inject({
      method: 'GET',
      url: elsewhere,
      headers: { cookie: office.cookie ?? '' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('answers 400, not 5xx, to garbage bytes, a missing sheet name and a file too large', async () => {
    const garbage = await upload(office, 'format=xlsx', Buffer.from([0, 1, 2, 3, 255, 254]));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().problems[0].code).toBe('unreadableFile');
    const binaryCsv = await upload(
      office,
      'format=csv&sheet=actions',
      Buffer.from([0, 159, 146, 150]),
      'text/csv',
    );
    expect(binaryCsv.statusCode).toBe(400);
    const noSheet = await upload(office, 'format=csv', 'a;b\r\n', 'text/csv');
    expect(noSheet.statusCode).toBe(400);
    const big = await upload(office, 'format=xlsx', Buffer.alloc(6 * 1024 * 1024, 65));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
  });
});
