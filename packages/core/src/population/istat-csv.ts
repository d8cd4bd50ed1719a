/**
 * Streaming reader of population files. Accepted shapes (recognised from the header, which may
 * follow title lines; `;`, `,` or tab between fields; UTF-8 with or without BOM, or Latin-1):
 *
 * 1. ISTAT by single year of age (demo.istat.it, "Popolazione residente al 1° gennaio"):
 *    `Codice comune;Comune;Età;Totale Maschi;Totale Femmine;Totale` — more columns are ignored.
 *    Età is 0–99 or "100 e più"; rows whose Età is "Totale" (or 999) are skipped. The year comes
 *    from an `Anno` column, else from the options, else from the title ("al 1° gennaio 2014").
 * 2. Population, long: `codice_istat,anno,sesso,eta,conteggio` — sesso M/F (or 1/2); eta a
 *    single year, "100+" / "100 e più", or a band such as "0-2" or "85+".
 * 3. Foreign residents: `codice_istat,anno,stranieri` (both sexes, on 1 January).
 * 4. Households: `codice_istat,anno,famiglie[,componenti]` (componenti = people in households).
 * Header names ignore case, accents and `_`; `codice comune`, `codice istat` and `comune` /
 * `denominazione` are synonyms where they make sense.
 *
 * Problems do not stop the reading: each is collected with the line and column the user sees.
 * A row with a problem yields nothing. Only the current line, the set of keys already seen (to
 * find duplicates) and up to `maxErrors` errors are held in memory.
 */
import { csvRecords, splitCsvFields } from './csv-stream';
import {
  TOTAL_AGE,
  normalizeIstatCode,
  parseAge,
  parseCount,
  parseSex,
  yearFromTitle,
} from './istat-csv-values';
import { readHeader, kindLabel, type Field, type Header } from './istat-csv-header';
import type {
  PopulationCsvInfo,
  PopulationCsvOptions,
  PopulationCsvParse,
  PopulationCsvRow,
} from './istat-csv-types';
import {
  populationCsvError,
  type PopulationCsvError,
  type PopulationCsvErrorCode,
} from './istat-csv-errors';
import {
  formatAge,
  type Age,
  type ForeignResidentsCount,
  type HouseholdsCount,
  type PopulationCount,
  type Sex,
} from './population';

export type * from './istat-csv-types';

/** Starts reading; iterate the result to get the rows, then look at `errors` and `info`. */
export function parsePopulationCsv(
  source: AsyncIterable<string | Uint8Array>,
  options: PopulationCsvOptions = {},
): PopulationCsvParse {
  const errors: PopulationCsvError[] = [];
  const info: PopulationCsvInfo = {
    shape: null,
    kind: null,
    separator: null,
    encoding: null,
    titleYear: null,
    rows: 0,
    skippedRows: 0,
    errorCount: 0,
  };
  const maxErrors = options.maxErrors ?? 1000;
  const allowed = options.allowedCodes ? new Set(options.allowedCodes) : null;
  const report = (e: PopulationCsvError) => {
    info.errorCount++;
    if (errors.length < maxErrors) errors.push(e);
  };

  async function* rows(): AsyncGenerator<PopulationCsvRow> {
    let header: Header | null = null;
    let lastLine = 0;
    const seen = new Map<string, number>();
    const records = csvRecords(source, {
      ...(options.encoding ? { encoding: options.encoding } : {}),
      onEncoding: (e) => (info.encoding = e),
    });
    for await (const record of records) {
      if ('problem' in record) {
        report(populationCsvError(record.line, null, record.problem));
        return;
      }
      lastLine = record.line;
      if (record.text.trim() === '') continue;
      if (!header) {
        header = readHeader(record.text);
        if (!header) {
          info.titleYear ??= yearFromTitle(record.text);
          continue;
        }
        info.shape = header.shape;
        info.kind = header.kind;
        info.separator = header.separator;
        if (options.kind && options.kind !== header.kind) {
          report(
            populationCsvError(record.line, null, 'WRONG_FILE_KIND', {
              found: kindLabel[header.kind],
              expected: kindLabel[options.kind],
            }),
          );
          return;
        }
        if (!header.columns.year && (options.year ?? info.titleYear) === null) {
          report(populationCsvError(record.line, null, 'YEAR_MISSING'));
          return;
        }
        continue;
      }
      const fields = splitCsvFields(record.text, header.separator);
      const filled = fields.filter((f) => f.trim() !== '');
      // notes after the table ("Fonte: ISTAT", "(a) dato provvisorio") have a single text cell
      if (filled.length <= 1 && !/^\s*\d/.test(filled[0] ?? '')) continue;
      yield* readRow(header, fields, record.line, seen);
    }
    if (!header) report(populationCsvError(Math.max(lastLine, 1), null, 'HEADER_NOT_FOUND'));
  }

  function* readRow(
    header: Header,
    fields: string[],
    line: number,
    seen: Map<string, number>,
  ): Generator<PopulationCsvRow> {
    const before = info.errorCount;
    const fail = (field: Field | null, code: PopulationCsvErrorCode, params = {}) =>
      report(populationCsvError(line, field ? header.columns[field]!.name : null, code, params));
    if (fields.length < header.width) {
      fail(null, 'MISSING_FIELDS', { found: fields.length, needed: header.width });
      return;
    }
    const raw = (field: Field): string | null => {
      const value = fields[header.columns[field]!.index]!.trim();
      if (value === '') fail(field, 'MISSING_VALUE');
      return value === '' ? null : value;
    };
    const count = (field: Field): number | null => {
      const value = raw(field);
      if (value === null) return null;
      const n = parseCount(value);
      if (n === null) fail(field, 'INVALID_COUNT', { value });
      return n;
    };
    if (allowed && options.outsideRows === 'skip') {
      const code = normalizeIstatCode(fields[header.columns.code!.index]!.trim());
      if (code !== null && !allowed.has(code)) {
        info.skippedRows++;
        return;
      }
    }
    let age: Age | null = null;
    if (header.columns.age) {
      const value = raw('age');
      const parsed = value === null ? null : parseAge(value);
      if (parsed === TOTAL_AGE) return;
      if (value !== null && parsed === null) fail('age', 'INVALID_AGE', { value });
      age = parsed;
    }
    const codeText = raw('code');
    const istatCode = codeText === null ? null : normalizeIstatCode(codeText);
    if (codeText !== null && istatCode === null) fail('code', 'INVALID_CODE', { value: codeText });
    if (istatCode !== null && allowed && !allowed.has(istatCode)) {
      fail('code', 'UNKNOWN_MUNICIPALITY', { value: istatCode });
    }
    let year = options.year ?? info.titleYear;
    if (header.columns.year) {
      const value = raw('year');
      year = value !== null && /^\d{4}$/.test(value) ? Number(value) : null;
      if (value !== null && year === null) fail('year', 'INVALID_YEAR', { value });
    }
    const once = (key: string, what: string) => {
      const first = seen.get(key);
      if (first !== undefined) fail(null, 'DUPLICATE_ROW', { what, first });
      else seen.set(key, line);
    };

    if (header.shape === 'population-long' || header.shape === 'istat-age-sex') {
      const cells: { sex: Sex; count: number | null }[] = [];
      if (header.shape === 'population-long') {
        const sexText = raw('sex');
        const sex = sexText === null ? null : parseSex(sexText);
        if (sexText !== null && sex === null) fail('sex', 'INVALID_SEX', { value: sexText });
        const n = count('count');
        if (sex) cells.push({ sex, count: n });
      } else {
        const males = count('males');
        const females = count('females');
        const total = header.columns.total ? count('total') : null;
        if (males !== null && females !== null && total !== null && total !== males + females) {
          fail('total', 'TOTAL_MISMATCH', { total, sum: males + females });
        }
        cells.push({ sex: 'M', count: males }, { sex: 'F', count: females });
      }
      if (info.errorCount > before || istatCode === null || year === null || age === null) return;
      for (const c of cells) {
        once(`${istatCode}|${year}|${c.sex}|${formatAge(age)}`, 'comune, anno, sesso ed età');
      }
      if (info.errorCount > before) return;
      for (const c of cells) {
        info.rows++;
        yield {
          kind: 'population',
          line,
          value: { istatCode, year, sex: c.sex, age, count: c.count! },
        };
      }
      return;
    }

    if (header.shape === 'foreign-residents') {
      const n = count('foreign');
      if (info.errorCount > before || istatCode === null || year === null) return;
      once(`${istatCode}|${year}`, 'comune e anno');
      if (info.errorCount > before) return;
      info.rows++;
      yield { kind: 'foreignResidents', line, value: { istatCode, year, count: n! } };
      return;
    }

    const households = count('households');
    // an empty `componenti` cell just means "not known"
    const membersText = header.columns.members ? fields[header.columns.members.index]!.trim() : '';
    const members = membersText === '' ? null : count('members');
    if (households !== null && members !== null && members < households) {
      fail('members', 'MEMBERS_BELOW_HOUSEHOLDS');
    }
    if (info.errorCount > before || istatCode === null || year === null) return;
    once(`${istatCode}|${year}`, 'comune e anno');
    if (info.errorCount > before) return;
    info.rows++;
    yield {
      kind: 'households',
      line,
      value: { istatCode, year, households: households!, members },
    };
  }

  return { errors, info, [Symbol.asyncIterator]: () => rows() };
}

/** Reads a whole (small) file into arrays; for large ones iterate `parsePopulationCsv`. */
export async function readPopulationCsv(
  source: AsyncIterable<string | Uint8Array>,
  options: PopulationCsvOptions = {},
): Promise<{
  population: PopulationCount[];
  foreignResidents: ForeignResidentsCount[];
  households: HouseholdsCount[];
  errors: PopulationCsvError[];
  info: PopulationCsvInfo;
}> {
  const parse = parsePopulationCsv(source, options);
  const population: PopulationCount[] = [];
  const foreignResidents: ForeignResidentsCount[] = [];
  const households: HouseholdsCount[] = [];
  for await (const row of parse) {
    if (row.kind === 'population') population.push(row.value);
    else if (row.kind === 'foreignResidents') foreignResidents.push(row.value);
    else households.push(row.value);
  }
  return { population, foreignResidents, households, errors: parse.errors, info: parse.info };
}
