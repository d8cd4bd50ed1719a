import type { z } from 'zod';
import { decimalsMessage, repeatedAt } from '../plan/sheet';
import { hasControlCharacters, PLAIN_TEXT_FORMAT } from '../shared/text';
import {
  columnLetter,
  parseBooleanCell,
  parseDateCell,
  parseItalianNumber,
  trimText,
  type Cell,
} from './cells';
import { choiceTable, sheetColumns, type SheetKey } from './columns';
import type { ImportError, ImportErrorCode } from './import-result';
import type { ListResult } from './list-cells';

/**
 * Reading one sheet's rows cell by cell: each reader returns the value, or records an error with
 * the row, the column header and its letter, so that every error of every row is collected. A
 * cell holding control characters is refused whatever its column.
 */

type ErrorData = Record<string, string | number>;

/** A schema's issue as an import error: its code and the limit broken. */
function issueError(issue: z.core.$ZodIssue, value: string): [ImportErrorCode, ErrorData] {
  const limit = (n: number | bigint) => (typeof n === 'bigint' ? Number(n) : n);
  if (issue.code === 'too_big') {
    const max = limit(issue.maximum);
    if (issue.origin === 'string') return ['tooLong', { max }];
    if (issue.origin === 'array' || issue.origin === 'set') return ['tooMany', { max }];
    return ['tooLarge', { value, max }];
  }
  if (issue.code === 'too_small') {
    const min = limit(issue.minimum);
    if (issue.origin === 'string') return ['required', {}];
    if (issue.origin === 'array' || issue.origin === 'set')
      return ['invalid', { message: issue.message }];
    return ['tooSmall', { value, min }];
  }
  if (issue.code === 'invalid_format' && issue.format === PLAIN_TEXT_FORMAT)
    return ['controlCharacters', {}];
  if (issue.code === 'invalid_type' && issue.expected === 'int') return ['notInteger', { value }];
  if (issue.message === decimalsMessage) return ['tooManyDecimals', { value, max: 2 }];
  return ['invalid', { message: issue.message }];
}

/** header (lower case) → index in the file */
export type HeaderIndex = Map<string, number>;

/** The columns of the file by header; every missing column is an error on row 1 (then null). */
export function readHeaders(
  sheet: SheetKey,
  headers: Cell[],
  errors: ImportError[],
): HeaderIndex | null {
  const at: HeaderIndex = new Map();
  headers.forEach((h, i) => {
    const name = trimText(h).toLowerCase();
    if (name && !at.has(name)) at.set(name, i);
  });
  const missing = sheetColumns[sheet].filter(
    (c) => !c.readOnly && !c.optional && !at.has(c.header.toLowerCase()),
  );
  for (const c of missing)
    errors.push({ sheet, row: 1, column: c.header, columnLetter: null, code: 'missingColumn' });
  return missing.length ? null : at;
}

/** What the rows of one sheet share: the header index, the keys seen so far, the conflicts. */
export interface SheetReading {
  sheet: SheetKey;
  at: HeaderIndex;
  /** row key → the first row that has it */
  seenKeys: Map<string, number>;
  conflicts: ImportError[];
}

export type RowReader = ReturnType<typeof rowReader>;

export function rowReader(
  { sheet, at, seenKeys, conflicts }: SheetReading,
  row: number,
  cells: Cell[],
) {
  const errors: ImportError[] = [];
  const colOf = (key: string) => sheetColumns[sheet].find((c) => c.key === key)!;
  const errorAt = (key: string, code: ImportErrorCode, extra?: ErrorData): ImportError => {
    const c = colOf(key);
    const index = at.get(c.header.toLowerCase());
    return {
      sheet,
      row,
      column: c.header,
      columnLetter: index === undefined ? null : columnLetter(index),
      code,
      ...(extra ? { data: extra } : {}),
    };
  };
  const fail = (key: string, code: ImportErrorCode, extra?: ErrorData) => {
    errors.push(errorAt(key, code, extra));
  };
  const raw = (key: string): Cell => {
    const index = at.get(colOf(key).header.toLowerCase());
    return index === undefined ? null : (cells[index] ?? null);
  };
  // control characters (which no keyboard types, and the database refuses) in any column
  for (const c of sheetColumns[sheet]) {
    const v = raw(c.key);
    if (typeof v === 'string' && hasControlCharacters(v)) fail(c.key, 'controlCharacters');
  }
  const text = (key: string, max = 10000, required = false) => {
    const v = trimText(raw(key));
    if (required && !v) fail(key, 'required');
    if (v.length > max) fail(key, 'tooLong', { max });
    return v;
  };
  const number = (key: string, integer: boolean, required = false) => {
    const c = raw(key);
    if (trimText(c) === '') {
      if (required) fail(key, 'required');
      return null;
    }
    const v = typeof c === 'number' ? c : parseItalianNumber(trimText(c));
    if (v === null) fail(key, 'notNumber', { value: trimText(c) });
    else if (integer && !Number.isInteger(v)) fail(key, 'notInteger', { value: trimText(c) });
    return v;
  };

  return {
    errors,
    fail,
    raw,
    text,
    number,
    choice(key: string) {
      const table = choiceTable(sheet, key);
      const v = trimText(raw(key)).toLowerCase();
      const found = Object.entries(table).find(
        ([code, label]) => code.toLowerCase() === v || label.toLowerCase() === v,
      );
      if (found) return found[0];
      fail(key, v ? 'unknownChoice' : 'required', {
        value: trimText(raw(key)),
        allowed: Object.values(table).join(', '),
      });
      return Object.keys(table)[0]!;
    },
    bool(key: string) {
      const v = parseBooleanCell(raw(key));
      if (v === null) fail(key, 'notBoolean', { value: trimText(raw(key)) });
      return v ?? false;
    },
    date(key: string) {
      const c = raw(key);
      if (trimText(c) === '') return null;
      const v = parseDateCell(c);
      if (v === null) fail(key, 'notDate', { value: trimText(c) });
      return v;
    },
    list<T>(key: string, parse: (t: string) => ListResult<T[]>): T[] {
      const r = parse(trimText(raw(key)));
      if (r.ok) return r.value;
      fail(key, 'badList', { value: r.part });
      return [];
    },
    /** Every code must be one of the scheme's, and listed once. */
    codesIn(key: string, codes: string[], known: Set<string>) {
      const repeated = new Set(repeatedAt(codes));
      codes.forEach((code, i) => {
        if (!known.has(code)) fail(key, 'unknownCode', { value: code });
        else if (repeated.has(i)) fail(key, 'listedTwice', { value: code });
      });
    },
    /**
     * The issues of the schema the API checks the same values with, each on its column unless
     * that column already has an error, with the limit it breaks.
     */
    zodIssues(
      result: { success: true } | { success: false; error: z.ZodError },
      keyOf: (path: PropertyKey[]) => string,
    ) {
      if (result.success) return;
      for (const issue of result.error.issues) {
        const key = keyOf(issue.path);
        if (!errors.some((e) => e.column === colOf(key).header))
          fail(key, ...issueError(issue, trimText(raw(key))));
      }
    },
    /**
     * A row that changes an existing record must carry the version it was exported with; a
     * different version is a conflict (the record changed since the export). False: no update.
     */
    fresh(current: number, summary: ErrorData): boolean {
      if (trimText(raw('version')) === '') {
        fail('version', 'required');
        return false;
      }
      const v = number('version', true);
      if (v === null || !Number.isInteger(v)) return false;
      if (v === current) return true;
      conflicts.push(
        errorAt('version', 'staleRow', { ...summary, version: current, fileVersion: v }),
      );
      return false;
    },
    /** The row's key must not stand on an earlier row of the file. */
    duplicate(key: string, value: string) {
      const first = seenKeys.get(value);
      if (first !== undefined) fail(key, 'duplicateKey', { value, row: first });
      else seenKeys.set(value, row);
    },
  };
}
