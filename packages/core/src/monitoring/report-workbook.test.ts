import { describe, expect, it } from 'vitest';
import type { Cell } from '../spreadsheets/cells';
import type { ReportFrame } from './report-frame';
import { readReportWorkbook } from './report-workbook-read';
import { reportSheetHeaders, reportWorkbookRows } from './report-workbook';
import type { Report } from './reporting';

const ids = {
  a1: '11111111-1111-4111-8111-111111111111',
  a2: '22222222-2222-4222-8222-222222222222',
  i1: '33333333-3333-4333-8333-333333333333',
};
const frame = (id: string, code: string, leadId: string): ReportFrame => ({
  kind: 'action',
  id,
  code,
  title: `Azione ${code}`,
  areaTitle: 'Anziani',
  objective: { id: 'o1', code: 'OB1', title: 'Domiciliarità' },
  lead: { id: leadId, name: leadId === 'pavia' ? 'Comune di Pavia' : 'ATS di Pavia' },
  milestones: [],
  targetGroups: [],
  indicators:
    id === ids.a1
      ? [
          {
            id: ids.i1,
            code: 'OB1-A1-I1',
            name: 'Ore erogate',
            unit: 'ore',
            direction: 'increase',
            baselineValue: 100,
            target: 200,
            expected: 150,
          },
        ]
      : [],
  allocations: [{ sourceCode: 'FNPS', amount: 1_000_000 }],
});
const frames = [frame(ids.a1, 'OB1.1', 'pavia'), frame(ids.a2, 'OB1.2', 'ats')];
const who = { mayReport: (f: ReportFrame) => f.lead?.id === 'pavia', planOffice: false };

/** the exported rows as a file would bring them back (row numbers as the spreadsheet shows) */
const asSheets = (rows: ReturnType<typeof reportWorkbookRows>) =>
  Object.fromEntries(
    Object.entries(rows).map(([k, [headers, ...rest]]) => [
      k,
      { headers: headers!, rows: rest.map((cells, i) => ({ row: i + 2, cells: [...cells] })) },
    ]),
  ) as Parameters<typeof readReportWorkbook>[0];

const saved = (over: Partial<Report> = {}): Report => ({
  id: 'r1',
  periodId: 'p1',
  subjectKind: 'action',
  subjectId: ids.a1,
  status: 'draft',
  progress: 'inProgress',
  progressPercent: 30,
  notes: 'Avviato',
  milestonesReached: [],
  peopleReached: [],
  measures: [{ indicatorId: ids.i1, value: 140, note: '' }],
  spending: [{ sourceCode: 'FNPS', committed: 500_000, paid: 200_000 }],
  reviewNote: null,
  updatedAt: '2014-03-01T10:00:00.000Z',
  updatedBy: null,
  submittedAt: null,
  reviewedAt: null,
  version: 3,
  ...over,
});

describe('the monitoring workbook', () => {
  it('comes back unchanged: an exported file changes nothing and starts no report', () => {
    const mine = frames.filter(who.mayReport);
    const blank = readReportWorkbook(asSheets(reportWorkbookRows(mine, [])), frames, [], who);
    expect(blank).toMatchObject({ errors: [], conflicts: [], saves: [], unchanged: 0 });
    const rows = reportWorkbookRows(mine, [saved()]);
    expect(rows.reports[1]).toEqual([
      'OB1.1',
      'Azione OB1.1',
      'Comune di Pavia',
      'In corso',
      30,
      'Avviato',
      3,
    ]);
    expect(rows.spending[1]).toEqual(['OB1.1', 'FNPS', 10_000, 5_000, 2_000]);
    const again = readReportWorkbook(asSheets(rows), frames, [saved()], who);
    expect(again).toMatchObject({ errors: [], saves: [], unchanged: 1 });
  });

  it('reads Italian numbers, euros and status words into the report, keeping what it lacks', () => {
    const rows = reportWorkbookRows(frames.filter(who.mayReport), [saved()]);
    rows.reports[1]![3] = 'concluso';
    rows.reports[1]![4] = '100';
    rows.measures[1]![5] = '1.234,5';
    rows.spending[1]![3] = '7.500,25';
    rows.spending[1]![4] = 7500.25;
    const read = readReportWorkbook(
      asSheets(rows),
      frames,
      [saved({ milestonesReached: ['Avvio'] })],
      who,
    );
    expect(read.errors).toEqual([]);
    expect(read.saves[0]!.input).toMatchObject({
      version: 3,
      progress: 'completed',
      progressPercent: 100,
      milestonesReached: ['Avvio'],
      measures: [{ indicatorId: ids.i1, value: 1234.5, note: '' }],
      spending: [{ sourceCode: 'FNPS', committed: 750_025, paid: 750_025 }],
    });
  });

  it('names every error by sheet, row, column and letter', () => {
    const rows = reportWorkbookRows(frames.filter(who.mayReport), []);
    rows.reports[1]![4] = 120;
    rows.reports.push(['OB1.2', '', '', '', 10, '', null]);
    rows.reports.push(['OB9.9', '', '', '', 10, '', null]);
    rows.measures.push(['OB1.1', 'NESSUNO', '', '', null, 3, '']);
    rows.spending[1]![3] = 100;
    rows.spending[1]![4] = 200;
    rows.spending.push(['OB1.1', 'FNPS', null, 'tanti', 1]);
    const { errors } = readReportWorkbook(asSheets(rows), frames, [], who);
    const brief = errors.map((e) => [e.sheet, e.row, e.columnLetter, e.code]);
    expect(brief).toEqual([
      ['reports', 2, 'E', 'tooLarge'],
      ['reports', 3, 'A', 'notYours'],
      ['reports', 4, 'A', 'unknownCode'],
      ['measures', 3, 'B', 'unknownIndicator'],
      ['spending', 2, 'E', 'paidOverCommitted'],
      ['spending', 3, 'B', 'duplicateKey'],
      ['spending', 3, 'D', 'notMoney'],
    ]);
  });

  it('refuses the rows of a report already with the plan office, and a stale version', () => {
    const rows = reportWorkbookRows(frames.filter(who.mayReport), [saved()]);
    rows.reports[1]![5] = 'Nuove note';
    const submitted = readReportWorkbook(
      asSheets(rows),
      frames,
      [saved({ status: 'submitted' })],
      who,
    );
    expect(submitted.errors.map((e) => e.code)).toContain('reportLocked');
    const stale = readReportWorkbook(asSheets(rows), frames, [saved({ version: 4 })], who);
    expect(stale.conflicts).toEqual([
      expect.objectContaining({ sheet: 'reports', row: 2, code: 'staleRow' }),
    ]);
  });

  it('says which columns a sheet lacks, and that a file without any sheet is not one', () => {
    const headers: Cell[] = reportSheetHeaders.reports.filter((h) => h !== 'Note');
    const missing = readReportWorkbook({ reports: { headers, rows: [] } }, frames, [], who);
    expect(missing.errors).toEqual([
      expect.objectContaining({ sheet: 'reports', row: 1, column: 'Note', code: 'missingColumn' }),
    ]);
    expect(readReportWorkbook({}, frames, [], who).errors[0]!.code).toBe('noSheets');
  });
});
