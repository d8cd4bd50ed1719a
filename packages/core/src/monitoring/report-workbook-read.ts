// Reading a monitoring workbook back (report-workbook.ts makes it): all or nothing, every error
// named by sheet, row and column; a report the file does not mention is left as it is.
import {
  columnLetter,
  parseItalianNumber,
  readMoneyCell,
  trimText,
  type Cell,
} from '../spreadsheets/cells';
import { hasControlCharacters, textLimits } from '../shared/text';
import { workStatuses } from '../plan/sheet';
import type { ReportFrame } from './report-frame';
import { reportMoveAllowed, type Report, type SaveReportInput } from './reporting';
import { reportSheetHeaders, workStatusWords } from './report-workbook';
import { reportSheetKeys, type ReportImportError, type ReportSheetKey } from './report-import';

const nothingReported: Omit<SaveReportInput, 'version'> = {
  progress: null,
  progressPercent: null,
  notes: '',
  milestonesReached: [],
  peopleReached: [],
  measures: [],
  spending: [],
};

/** what an import may change of a report, in an order that depends neither on the file nor on
 * how the database keeps the keys of an object */
const comparable = (r: Omit<SaveReportInput, 'version'>) => [
  r.progress,
  r.progressPercent,
  r.notes,
  r.measures
    .map((m) => [m.indicatorId, m.value, m.note])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
  r.spending
    .map((x) => [x.sourceCode, x.committed, x.paid])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
];

export interface ReportSheetInput {
  headers: Cell[];
  rows: { row: number; cells: Cell[] }[];
}

export interface ReportImportPlan {
  errors: ReportImportError[];
  /** reports whose version in the file is older than the report's */
  conflicts: ReportImportError[];
  saves: { frame: ReportFrame; input: SaveReportInput }[];
  unchanged: number;
}

/**
 * Reads the sheets back. `mayReport` says which subjects this user may write; a row about any
 * other is an error, and so is a row about a report the plan office has (submitted, validated).
 * A subject the file does not mention is left as it is; milestones and people reached are kept.
 */
export function readReportWorkbook(
  sheets: Partial<Record<ReportSheetKey, ReportSheetInput>>,
  frames: readonly ReportFrame[],
  reports: readonly Report[],
  who: { mayReport: (f: ReportFrame) => boolean; planOffice: boolean },
): ReportImportPlan {
  const errors: ReportImportError[] = [];
  const conflicts: ReportImportError[] = [];
  if (!sheets.reports && !sheets.measures && !sheets.spending) {
    return {
      errors: [{ sheet: null, row: null, column: null, columnLetter: null, code: 'noSheets' }],
      conflicts,
      saves: [],
      unchanged: 0,
    };
  }
  const byCode = new Map(frames.map((f) => [f.code.toLowerCase(), f]));
  const reportOf = (f: ReportFrame) =>
    reports.find((r) => r.subjectKind === f.kind && r.subjectId === f.id);
  const drafts = new Map<ReportFrame, SaveReportInput>();
  const draftOf = (f: ReportFrame) => {
    let d = drafts.get(f);
    if (!d) {
      const r = reportOf(f);
      d = {
        version: r?.version ?? 0,
        progress: r?.progress ?? null,
        progressPercent: r?.progressPercent ?? null,
        notes: r?.notes ?? '',
        milestonesReached: [...(r?.milestonesReached ?? [])],
        peopleReached: (r?.peopleReached ?? []).map((p) => ({ ...p })),
        measures: (r?.measures ?? []).map((m) => ({ ...m })),
        spending: (r?.spending ?? []).map((s) => ({ ...s })),
      };
      drafts.set(f, d);
    }
    return d;
  };

  for (const key of reportSheetKeys) {
    const sheet = sheets[key];
    if (!sheet) continue;
    const headers: readonly string[] = reportSheetHeaders[key];
    const at = new Map(sheet.headers.map((h, i) => [trimText(h).toLowerCase(), i]));
    const writable =
      key === 'reports' ? [0, 3, 4, 5] : key === 'measures' ? [0, 1, 5, 6] : [0, 1, 3, 4];
    const missing = writable.filter((i) => !at.has(headers[i]!.toLowerCase()));
    for (const i of missing) {
      errors.push({
        sheet: key,
        row: 1,
        column: headers[i]!,
        columnLetter: null,
        code: 'missingColumn',
      });
    }
    if (missing.length > 0) continue;
    const seen = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const index = (i: number) => at.get(headers[i]!.toLowerCase());
      const cell = (i: number): Cell => {
        const x = index(i);
        return x === undefined ? null : (cells[x] ?? null);
      };
      const fail = (
        i: number,
        code: ReportImportError['code'],
        data?: ReportImportError['data'],
      ) => {
        const x = index(i);
        errors.push({
          sheet: key,
          row,
          column: headers[i]!,
          columnLetter: x === undefined ? null : columnLetter(x),
          code,
          ...(data ? { data } : {}),
        });
      };
      const text = (i: number, max: number) => {
        const t = trimText(cell(i));
        if (hasControlCharacters(t)) fail(i, 'controlCharacters');
        else if (t.length > max) fail(i, 'tooLong', { max });
        else return t;
        return null;
      };
      const code = trimText(cell(0));
      if (code === '' && writable.slice(1).every((i) => trimText(cell(i)) === '')) continue;
      const frame = byCode.get(code.toLowerCase());
      if (!frame) {
        fail(0, code ? 'unknownCode' : 'required', code ? { value: code } : undefined);
        continue;
      }
      if (!who.mayReport(frame)) {
        fail(0, 'notYours', { value: code });
        continue;
      }
      const status = reportOf(frame)?.status ?? null;
      if (!reportMoveAllowed(status, 'save', who.planOffice)) {
        fail(0, 'reportLocked', { value: code });
        continue;
      }
      const d = draftOf(frame);
      if (key === 'reports') {
        if (seen.has(code.toLowerCase()))
          fail(0, 'duplicateKey', { value: code, row: seen.get(code.toLowerCase())! });
        seen.set(code.toLowerCase(), row);
        const word = trimText(cell(3)).toLowerCase();
        const progress = workStatuses.find(
          (s) => workStatusWords[s].toLowerCase() === word || s.toLowerCase() === word,
        );
        if (word !== '' && !progress)
          fail(3, 'unknownChoice', {
            value: trimText(cell(3)),
            allowed: Object.values(workStatusWords).join(', '),
          });
        else d.progress = progress ?? null;
        const pct = cell(4);
        if (pct === null || trimText(pct) === '') d.progressPercent = null;
        else {
          const n = typeof pct === 'number' ? pct : parseItalianNumber(trimText(pct));
          if (n === null) fail(4, 'notNumber', { value: trimText(pct) });
          else if (!Number.isInteger(n)) fail(4, 'notInteger', { value: trimText(pct) });
          else if (n < 0 || n > 100)
            fail(4, n < 0 ? 'tooSmall' : 'tooLarge', { value: n, min: 0, max: 100 });
          else d.progressPercent = n;
        }
        const notes = text(5, textLimits.long);
        if (notes !== null) d.notes = notes;
        const version = cell(6);
        const current = reportOf(frame)?.version ?? 0;
        if (typeof version === 'number' && current > 0 && version !== current) {
          conflicts.push({
            sheet: key,
            row,
            column: headers[6]!,
            columnLetter: null,
            code: 'staleRow',
            data: { value: code },
          });
        }
      } else if (key === 'measures') {
        const indicatorCode = trimText(cell(1));
        const indicator = frame.indicators.find(
          (i) => i.code.toLowerCase() === indicatorCode.toLowerCase(),
        );
        if (!indicator) {
          fail(1, 'unknownIndicator', { value: indicatorCode, code });
          continue;
        }
        const k = `${code}|${indicatorCode}`.toLowerCase();
        if (seen.has(k)) fail(1, 'duplicateKey', { value: indicatorCode, row: seen.get(k)! });
        seen.set(k, row);
        const raw = cell(5);
        let value: number | null = null;
        if (raw !== null && trimText(raw) !== '') {
          const n = typeof raw === 'number' ? raw : parseItalianNumber(trimText(raw));
          if (n === null || !Number.isFinite(n) || Math.abs(n) > 1e12)
            fail(5, 'notNumber', { value: trimText(raw) });
          else value = n;
        }
        const note = text(6, textLimits.short) ?? '';
        d.measures = d.measures.filter((m) => m.indicatorId !== indicator.id);
        if (value !== null || note !== '')
          d.measures.push({ indicatorId: indicator.id, value, note });
      } else {
        const source = trimText(cell(1)).toUpperCase();
        if (frame.kind === 'objective') {
          fail(0, 'invalid', { message: 'an objective has no money of its own' });
          continue;
        }
        if (source === '' || source.length > textLimits.code) {
          fail(
            1,
            source === '' ? 'required' : 'tooLong',
            source === '' ? undefined : { max: textLimits.code },
          );
          continue;
        }
        const k = `${code}|${source}`.toLowerCase();
        if (seen.has(k)) fail(1, 'duplicateKey', { value: source, row: seen.get(k)! });
        seen.set(k, row);
        const money = (i: number) => {
          const c = cell(i);
          if (c === null || trimText(c) === '') return 0;
          const read = readMoneyCell(c);
          if (!read.ok) {
            fail(i, 'notMoney', { value: trimText(c) });
            return null;
          }
          if (read.cents < 0) {
            fail(i, 'negative', { value: trimText(c) });
            return null;
          }
          return read.cents;
        };
        const committed = money(3);
        const paid = money(4);
        if (committed === null || paid === null) continue;
        if (paid > committed) fail(4, 'paidOverCommitted');
        d.spending = d.spending.filter((s) => s.sourceCode !== source);
        if (committed > 0 || paid > 0) d.spending.push({ sourceCode: source, committed, paid });
      }
    }
  }
  const saves: ReportImportPlan['saves'] = [];
  let unchanged = 0;
  for (const [frame, input] of drafts) {
    const r = reportOf(frame);
    const before = comparable(r ?? nothingReported);
    if (JSON.stringify(before) !== JSON.stringify(comparable(input))) saves.push({ frame, input });
    // a row left blank starts no report
    else if (r) unchanged += 1;
  }
  return { errors, conflicts, saves, unchanged };
}
