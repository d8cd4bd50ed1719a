import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

let t: TestApp;
let office: Client;
let mayor: Client;
let districtId: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  mayor = await t.login(demo.mayor);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  base = `/api/districts/${districtId}/population`;
});
afterAll(async () => t.close());

function upload(client: Client, query: string, body: string) {
  return t.app.inject({
    method: 'POST',
    url: `${base}/imports?${query}`,
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrf!,
      'content-type': 'text/csv',
    },
    payload: body,
  });
}

/** As demo.istat.it publishes it: a title, `;`, "100 e più", a Totale row per municipality. */
function istatFile(year: number, rows: [code: string, name: string, m: number, f: number][]) {
  const lines = [
    `Popolazione residente al 1° gennaio ${year} per età, sesso e stato civile`,
    '',
    'Codice comune;Comune;Età;Totale Maschi;Totale Femmine;Totale',
  ];
  for (const [code, name, m, f] of rows) {
    let tm = 0;
    let tf = 0;
    for (let age = 0; age <= 100; age++) {
      const males = age === 100 ? 1 : m;
      const females = age === 100 ? 3 : f;
      tm += males;
      tf += females;
      lines.push(
        `${code};${name};${age === 100 ? '100 e più' : age};${males};${females};${males + females}`,
      );
    }
    lines.push(`${code};${name};Totale;${tm};${tf};${tm + tf}`);
  }
  lines.push('Fonte: ISTAT');
  return lines.join('\r\n');
}

const countRows = async (year: number) =>
  Number(
    (
      await t.sql(
        sql`select count(*)::int as n, coalesce(sum(count), 0)::int as s from population_counts where year = ${year}`,
      )
    ).rows[0]!.s,
  );

type Problem = { row: number; column: string | null; code: string; message: string };

describe('population import', () => {
  it('imports a real-shaped ISTAT file: indicators match the hand-computed values, other municipalities are skipped and counted', async () => {
    const file = istatFile(2015, [
      ['018110', 'Pavia', 10, 12],
      ['015146', 'Milano', 500, 520],
    ]);
    const res = await upload(office, 'kind=population&fileName=istat-2015.csv', file);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'population',
      fileName: 'istat-2015.csv',
      years: [2015],
      rows: 202,
      skippedRows: 102,
    });

    const ind = (await mayor.get(`${base}/indicators?year=2015`)).json();
    expect(ind.year).toBe(2015);
    const pavia = ind.municipalities.find((m: { istatCode: string }) => m.istatCode === '018110');
    // 0–14: 15 × 22 = 330; 15–64: 50 × 22 = 1,100; 65–99: 35 × 22 = 770 + 100+: 4 = 774
    expect(pavia.current).toMatchObject({
      residents: 2204,
      males: 1001,
      females: 1203,
      youth: 330,
      workingAge: 1100,
      elderly: 774,
      youthDependency: 30,
    });
    expect(pavia.current.oldAgeIndex).toBeCloseTo(234.545, 2);
    expect(pavia.current.structuralDependency).toBeCloseTo(100.364, 2);
    expect(pavia.current.elderlyDependency).toBeCloseTo(70.364, 2);
    expect(ind.district.current.missingMunicipalities).toHaveLength(11);

    const pyramid = (
      await mayor.get(`${base}/pyramid?year=2015&municipalityId=${pavia.municipalityId}`)
    ).json();
    expect(pyramid.bands[0]).toMatchObject({ code: '0-4', males: 50, females: 60 });
    expect(pyramid.bands.at(-1)).toMatchObject({ code: '100+', males: 1, females: 3 });

    const audit = await t.sql(
      sql`select after from audit_events where action = 'population.imported' and district_id = ${districtId}`,
    );
    expect(audit.rows).toHaveLength(1);
    const history = (await mayor.get(`${base}/imports`)).json();
    expect(history.items[0]).toMatchObject({
      years: [2015],
      rows: 202,
      importedBy: expect.any(String),
    });
  });

  it('adds foreign residents and households to the indicators', async () => {
    const foreign = 'codice_istat;anno;stranieri\n018110;2015;220\n';
    expect((await upload(office, 'kind=foreign', foreign)).statusCode).toBe(201);
    const households = 'codice_istat;anno;famiglie;componenti\n018110;2015;1000;\n';
    expect((await upload(office, 'kind=households', households)).statusCode).toBe(201);
    const ind = (await office.get(`${base}/indicators?year=2015`)).json();
    const pavia = ind.municipalities.find((m: { istatCode: string }) => m.istatCode === '018110');
    expect(pavia.current.foreignResidents).toBe(220);
    expect(pavia.current.foreignShare).toBeCloseTo(9.982, 2);
    expect(pavia.current.averageHouseholdSize).toBeCloseTo(2.204, 3);
  });

  it('refuses a bad file listing every bad row, and changes nothing', async () => {
    const before = await countRows(2015);
    const imports = (await office.get(`${base}/imports`)).json().items.length;
    const bad = [
      'codice_istat,anno,sesso,eta,conteggio',
      '018110,2015,M,0,5',
      'ABC,2015,M,1,5',
      '018110,2015,F,0,-3',
      '018110,2015,M,0,7',
    ].join('\n');
    const res = await upload(office, 'kind=population', bad);
    expect(res.statusCode).toBe(400);
    const problems = res.json().problems as Problem[];
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'INVALID_CODE'],
      [4, 'INVALID_COUNT'],
      [5, 'DUPLICATE_ROW'],
    ]);
    expect(problems[0]!.column).toBe('codice_istat');
    expect(problems[0]!.message).toMatch(/ABC/);
    expect(await countRows(2015)).toBe(before);
    expect((await office.get(`${base}/imports`)).json().items).toHaveLength(imports);
  });

  it('re-importing a year replaces it exactly', async () => {
    const lines = ['codice_istat;anno;sesso;eta;conteggio'];
    for (let age = 0; age <= 100; age++)
      lines.push(`018110;2015;M;${age};1`, `018110;2015;F;${age};2`);
    expect((await upload(office, 'kind=population', lines.join('\n'))).statusCode).toBe(201);
    expect(await countRows(2015)).toBe(303);
    const n = await t.sql(sql`select count(*)::int as n from population_counts where year = 2015`);
    expect(n.rows[0]!.n).toBe(202);
    // the demo years are untouched
    const ind = (await office.get(`${base}/indicators?year=2015`)).json();
    expect(ind.years).toEqual(expect.arrayContaining([2015]));
  });

  it('says which file a file is: a households file uploaded as population is refused', async () => {
    const res = await upload(
      office,
      'kind=population',
      'codice_istat;anno;famiglie\n018110;2015;10\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().problems[0].code).toBe('WRONG_FILE_KIND');
  });

  it('a file with no row of the district is refused', async () => {
    const res = await upload(
      office,
      'kind=foreign',
      'codice_istat;anno;stranieri\n015146;2015;9\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().problems[0].message).toMatch(/1 righe di altri comuni/);
  });

  it('only the plan office and the administrator import (403), members read; unknown municipality 404', async () => {
    const res = await upload(mayor, 'kind=foreign', 'codice_istat;anno;stranieri\n018110;2015;9\n');
    expect(res.statusCode).toBe(403);
    const admin = await t.login(demo.admin);
    expect(
      (await upload(admin, 'kind=foreign', 'codice_istat;anno;stranieri\n018110;2015;9\n'))
        .statusCode,
    ).toBe(201);
    expect((await mayor.get(`${base}/pyramid?municipalityId=${districtId}`)).statusCode).toBe(404);
    expect((await mayor.get(`${base}/imports`)).statusCode).toBe(200);
  });
});

describe('LEPS social workers', () => {
  it('sets the FTE of a year with the version read (409 when changed meanwhile) and gives the ratio', async () => {
    const first = await office.put(`${base}/social-workers`, {
      year: 2015,
      permanentFte: 0.5,
      otherFte: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await office.put(`${base}/social-workers`, {
      year: 2015,
      permanentFte: 1,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const row = first.json().items.find((i: { year: number }) => i.year === 2015);
    const second = await office.put(`${base}/social-workers`, {
      year: 2015,
      permanentFte: 0.25,
      otherFte: 0.25,
      version: row.version,
    });
    expect(second.statusCode).toBe(200);
    const cov = second.json().coverage.find((c: { year: number }) => c.year === 2015);
    // 2015 residents of the district = Pavia's 303 (the only municipality imported)
    expect(cov.residents).toBe(303);
    expect(cov.residentsPerWorker).toBeCloseTo(606, 6);
    expect(cov.thresholds.map((x: { isMet: boolean }) => x.isMet)).toEqual([true, true, true]);
    expect(
      (await mayor.put(`${base}/social-workers`, { year: 2016, permanentFte: 1 })).statusCode,
    ).toBe(403);
    expect((await mayor.get(`${base}/social-workers`)).statusCode).toBe(200);
  });
});

describe('a file that is not a population file', () => {
  it('random bytes sent as an Excel workbook get a 400 naming the file, never a 500', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/imports?kind=population`,
      headers: {
        cookie: office.cookie!,
        'x-csrf-token': office.csrf!,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: bytes,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('bounds of the population inputs', () => {
  it('refuses, naming the field and the limit, a file name too long, a control character, an unknown field and a year out of range', async () => {
    const file = 'codice_istat;anno;stranieri\n018110;2016;9\n';
    const long = await upload(office, `kind=foreign&fileName=${'a'.repeat(256)}.csv`, file);
    expect(long.statusCode).toBe(400);
    expect(long.json().issues).toEqual([
      expect.objectContaining({ field: 'query.fileName', code: 'too_big', maximum: 255 }),
    ]);
    const nul = await upload(office, 'kind=foreign&fileName=stranieri%00.csv', file);
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues).toEqual([
      expect.objectContaining({ field: 'query.fileName', code: 'invalid_format' }),
    ]);
    const imports = (await office.get(`${base}/imports`)).json().items as { years: number[] }[];
    expect(imports.some((i) => i.years.includes(2016))).toBe(false);

    const extra = await office.put(`${base}/social-workers`, {
      year: 2016,
      permanentFte: 1,
      note: 'x',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues).toEqual([
      expect.objectContaining({ field: 'body.note', code: 'unrecognized_keys' }),
    ]);
    const many = await office.put(`${base}/social-workers`, { year: 2016, permanentFte: 10_001 });
    expect(many.json().issues).toEqual([
      expect.objectContaining({ field: 'body.permanentFte', code: 'too_big', maximum: 10_000 }),
    ]);

    const year = await office.get(`${base}/indicators?year=20150`);
    expect(year.statusCode).toBe(400);
    expect(year.json().issues[0]).toMatchObject({ field: 'query.year', maximum: 2200 });
  });
});
