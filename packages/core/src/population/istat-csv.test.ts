import { describe, expect, it } from 'vitest';
import { parsePopulationCsv, readPopulationCsv } from './istat-csv';
import { parseAge, yearFromTitle } from './istat-csv-values';

const enc = new TextEncoder();

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function* text(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from([...s].map((ch) => ch.charCodeAt(0)));
}

// The demo.istat.it shape: title line, `;`, CRLF, "100 e più", a Totale row per municipality,
// a quoted name holding the separator, and a note after the table.
const istatFile =
  'Popolazione residente al 1° gennaio 2014 per età e sesso - Distretto di Pavia\r\n' +
  'Codice comune;Comune;Età;Totale Maschi;Totale Femmine;Totale\r\n' +
  '018110;Pavia;0;250;240;490\r\n' +
  '018110;Pavia;1;260;255;515\r\n' +
  '018110;Pavia;100 e più;3;17;20\r\n' +
  '018110;Pavia;Totale;513;512;1025\r\n' +
  '018159;"Torre d\'Isola; frazione ""Casottole""";0;11;9;20\r\n' +
  '018159;"Torre d\'Isola; frazione ""Casottole""";Totale;11;9;20\r\n' +
  '\r\n' +
  'Fonte: ISTAT – elaborazione dell’Ufficio di Piano\r\n';

describe('parsePopulationCsv, ISTAT shape', () => {
  it('reads single years by sex, takes the year from the title and skips total rows and notes', async () => {
    const r = await readPopulationCsv(text(istatFile));
    expect(r.errors).toEqual([]);
    expect(r.info).toMatchObject({
      shape: 'istat-age-sex',
      kind: 'population',
      separator: ';',
      titleYear: 2014,
    });
    expect(r.population).toEqual([
      { istatCode: '018110', year: 2014, sex: 'M', age: 0, count: 250 },
      { istatCode: '018110', year: 2014, sex: 'F', age: 0, count: 240 },
      { istatCode: '018110', year: 2014, sex: 'M', age: 1, count: 260 },
      { istatCode: '018110', year: 2014, sex: 'F', age: 1, count: 255 },
      { istatCode: '018110', year: 2014, sex: 'M', age: 100, count: 3 },
      { istatCode: '018110', year: 2014, sex: 'F', age: 100, count: 17 },
      { istatCode: '018159', year: 2014, sex: 'M', age: 0, count: 11 },
      { istatCode: '018159', year: 2014, sex: 'F', age: 0, count: 9 },
    ]);
  });

  it('gives identical results whatever the chunk size: 1, 7 and 4096 bytes, with a BOM', async () => {
    const bytes = enc.encode('\uFEFF' + istatFile);
    const results = [];
    for (const size of [1, 7, 4096]) {
      const r = await readPopulationCsv(chunks(bytes, size));
      expect(r.info.encoding).toBe('utf-8');
      results.push({ population: r.population, errors: r.errors, year: r.info.titleYear });
    }
    expect(results[0]!.population).toHaveLength(8);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('splits a multi-byte character and a CRLF across chunks without damage', async () => {
    const bytes = enc.encode(
      'Età;x\r\nCodice comune;Età;Maschi;Femmine\r\n018110;100 e più;1;2\r\n',
    );
    // every possible cut into two chunks
    for (let cut = 1; cut < bytes.length; cut++) {
      const source = (async function* () {
        yield bytes.slice(0, cut);
        yield bytes.slice(cut);
      })();
      const r = await readPopulationCsv(source, { year: 2012 });
      expect(r.errors).toEqual([]);
      expect(r.population.map((p) => [p.sex, p.age, p.count])).toEqual([
        ['M', 100, 1],
        ['F', 100, 2],
      ]);
    }
  });

  it('reads the same file written in Latin-1 (Windows-1252), in 1-byte chunks too', async () => {
    const utf8 = await readPopulationCsv(text(istatFile));
    for (const size of [1, 4096]) {
      const r = await readPopulationCsv(
        chunks(latin1(istatFile.replace('–', '-').replace('’', "'")), size),
      );
      expect(r.info.encoding).toBe('windows-1252');
      expect(r.info.titleYear).toBe(2014);
      expect(r.population).toEqual(utf8.population);
    }
  });

  it('reads `,` separators, LF line ends and quoted fields with a line break inside', async () => {
    const r = await readPopulationCsv(
      text(
        '"Codice comune","Comune","Età","Totale Maschi","Totale Femmine"\n',
        '"018190","Zinasco\n(PV)","5","10","12"\n',
      ),
      { year: 2013 },
    );
    expect(r.errors).toEqual([]);
    expect(r.info.separator).toBe(',');
    expect(r.population.map((p) => [p.istatCode, p.year, p.sex, p.age, p.count])).toEqual([
      ['018190', 2013, 'M', 5, 10],
      ['018190', 2013, 'F', 5, 12],
    ]);
  });

  it('counts lines as the user sees them, even after a quoted line break', async () => {
    const r = await readPopulationCsv(
      text(
        'Codice comune;Comune;Età;Maschi;Femmine\r\n018110;"Pa\r\nvia";0;1;1\r\n018110;Pavia;x;1;1\r\n',
      ),
      { year: 2013 },
    );
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'Età', code: 'INVALID_AGE' }),
    ]);
  });
});

describe('parsePopulationCsv, errors', () => {
  const header = 'codice_istat,anno,sesso,eta,conteggio\n';

  it('collects every problem with line, column name and code, and keeps reading', async () => {
    const r = await readPopulationCsv(
      text(
        header,
        '018110,2012,M,0,10\n', // 2 ok
        '18110,2012,F,0,11\n', // 3 ok: Excel dropped the leading zero
        '999999,2012,M,1,5\n', // 4 not in the district
        'PV110,2012,M,2,5\n', // 5 bad code
        '018110,20x2,M,3,5\n', // 6 bad year
        '018110,2012,X,4,5\n', // 7 bad sex
        '018110,2012,M,101,5\n', // 8 bad age
        '018110,2012,M,5,-3\n', // 9 bad count
        '018110,2012,M,0,12\n', // 10 duplicate of line 2
        '018110,2012\n', // 11 too few fields
        '018110,2012,F,,7\n', // 12 missing age
        '018041,2012,F,85+,7\n', // 13 ok: a band
      ),
      { allowedCodes: ['018110', '018041'] },
    );
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'codice_istat', 'UNKNOWN_MUNICIPALITY'],
      [5, 'codice_istat', 'INVALID_CODE'],
      [6, 'anno', 'INVALID_YEAR'],
      [7, 'sesso', 'INVALID_SEX'],
      [8, 'eta', 'INVALID_AGE'],
      [9, 'conteggio', 'INVALID_COUNT'],
      [10, null, 'DUPLICATE_ROW'],
      [11, null, 'MISSING_FIELDS'],
      [12, 'eta', 'MISSING_VALUE'],
    ]);
    expect(r.errors.find((e) => e.code === 'UNKNOWN_MUNICIPALITY')!.message).toBe(
      'Il comune 999999 non fa parte del distretto.',
    );
    expect(r.errors.find((e) => e.code === 'DUPLICATE_ROW')!.message).toContain('alla riga 2');
    expect(r.population).toEqual([
      { istatCode: '018110', year: 2012, sex: 'M', age: 0, count: 10 },
      { istatCode: '018110', year: 2012, sex: 'F', age: 0, count: 11 },
      { istatCode: '018041', year: 2012, sex: 'F', age: { from: 85, to: null }, count: 7 },
    ]);
    expect(r.info.rows).toBe(3);
  });

  it('reports a total that is not males plus females, and yields nothing for that row', async () => {
    const r = await readPopulationCsv(
      text('Codice comune;Età;Totale Maschi;Totale Femmine;Totale\n018110;3;5;6;12\n'),
      { year: 2012 },
    );
    expect(r.errors).toEqual([
      {
        row: 2,
        column: 'Totale',
        code: 'TOTAL_MISMATCH',
        message: 'Il totale 12 non è la somma di maschi e femmine (11).',
      },
    ]);
    expect(r.population).toEqual([]);
  });

  it('stops at a missing year, a missing header, a wrong kind of file and an open quote', async () => {
    const noYear = await readPopulationCsv(
      text('Codice comune;Età;Maschi;Femmine\n018110;1;1;1\n'),
    );
    expect(noYear.errors.map((e) => [e.row, e.code])).toEqual([[1, 'YEAR_MISSING']]);

    const noHeader = await readPopulationCsv(text('a;b;c\n1;2;3\n'));
    expect(noHeader.errors.map((e) => [e.row, e.code])).toEqual([[2, 'HEADER_NOT_FOUND']]);

    const wrongKind = await readPopulationCsv(
      text('codice_istat,anno,famiglie\n018110,2012,100\n'),
      {
        kind: 'population',
      },
    );
    expect(wrongKind.errors.map((e) => e.code)).toEqual(['WRONG_FILE_KIND']);
    expect(wrongKind.households).toEqual([]);

    const open = await readPopulationCsv(
      text(header, '018110,2012,M,0,1\n', '"018110,2012,F,0,1\n'),
    );
    expect(open.population).toHaveLength(1);
    expect(open.errors.map((e) => [e.row, e.code])).toEqual([[3, 'UNCLOSED_QUOTE']]);
  });

  it('keeps at most maxErrors errors but counts them all', async () => {
    const bad = Array.from({ length: 50 }, (_, i) => `018110,2012,M,${i},x\n`);
    const parse = parsePopulationCsv(text(header, ...bad), { maxErrors: 10 });
    for await (const _ of parse) void _;
    expect(parse.errors).toHaveLength(10);
    expect(parse.info.errorCount).toBe(50);
  });
});

describe('parsePopulationCsv, foreign residents and households', () => {
  it('reads foreign residents per municipality and year; duplicates are errors', async () => {
    const r = await readPopulationCsv(
      text(
        'codice_istat;anno;stranieri\r\n018110;2012;7.512\r\n018041;2012;512\r\n018110;2012;7600\r\n',
      ),
      { kind: 'foreignResidents' },
    );
    expect(r.foreignResidents).toEqual([
      { istatCode: '018110', year: 2012, count: 7512 },
      { istatCode: '018041', year: 2012, count: 512 },
    ]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[4, 'DUPLICATE_ROW']]);
  });

  it('reads households with and without members', async () => {
    const r = await readPopulationCsv(
      text(
        'codice_istat,anno,famiglie,componenti\n018110,2012,31000,67000\n018041,2012,2900,\n018137,2012,10,5\n',
      ),
      { kind: 'households' },
    );
    expect(r.households).toEqual([
      { istatCode: '018110', year: 2012, households: 31000, members: 67000 },
      { istatCode: '018041', year: 2012, households: 2900, members: null },
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'componenti', 'MEMBERS_BELOW_HOUSEHOLDS'],
    ]);
    const noMembers = await readPopulationCsv(
      text('codice_istat,anno,famiglie\n018041,2012,2900\n'),
    );
    expect(noMembers.households).toEqual([
      { istatCode: '018041', year: 2012, households: 2900, members: null },
    ]);
  });
});

describe('small readers', () => {
  it('parseAge understands ISTAT and band spellings', () => {
    expect(parseAge('100 e più')).toBe(100);
    expect(parseAge('100+')).toBe(100);
    expect(parseAge('0–2')).toEqual({ from: 0, to: 2 });
    expect(parseAge('85 e oltre')).toEqual({ from: 85, to: null });
    expect(parseAge('101')).toBeNull();
    expect(parseAge('5-3')).toBeNull();
    expect(typeof parseAge('Totale')).toBe('symbol');
  });

  it('yearFromTitle prefers the year after "gennaio"', () => {
    expect(yearFromTitle('Popolazione residente ai confini del 2013 al 1° gennaio 2014')).toBe(
      2014,
    );
    expect(yearFromTitle('Censimento 2011')).toBe(2011);
    expect(yearFromTitle('Popolazione residente')).toBeNull();
  });
});
