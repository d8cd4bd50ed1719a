// Reports in bulk: a workbook per organization and period, pre-filled with the actions it leads
// (or every action and objective, for the plan office) and their indicators and money;
// report-workbook-read.ts reads it back.
import type { Cell } from '../spreadsheets/cells';
import type { WorkStatus } from '../plan/sheet';
import type { ReportFrame } from './report-frame';
import type { Report } from './reporting';
import type { ReportSheetKey } from './report-import';

export const reportSheetTitles: Record<ReportSheetKey, string> = {
  reports: 'Relazioni',
  measures: 'Indicatori',
  spending: 'Spesa',
};

/** the headers of each sheet; the first ones identify the row, the read-only ones help the reader */
export const reportSheetHeaders = {
  reports: ['Codice', 'Titolo', 'Capofila', 'Stato', 'Avanzamento %', 'Note', 'Versione'],
  measures: [
    'Codice',
    'Indicatore',
    'Nome',
    'Unità di misura',
    'Atteso',
    'Valore misurato',
    'Nota',
  ],
  spending: ['Codice', 'Fonte', 'Previsto (€)', 'Impegnato (€)', 'Pagato (€)'],
} as const satisfies Record<ReportSheetKey, readonly string[]>;

export const workStatusWords: Record<WorkStatus, string> = {
  planned: 'Programmato',
  inProgress: 'In corso',
  completed: 'Concluso',
  suspended: 'Sospeso',
  cancelled: 'Annullato',
};

const euros = (cents: number) => cents / 100;

/** The rows of each sheet (headers first) for the subjects given, with their reports. */
export function reportWorkbookRows(
  frames: readonly ReportFrame[],
  reports: readonly Report[],
): Record<ReportSheetKey, Cell[][]> {
  const reportOf = (f: ReportFrame) =>
    reports.find((r) => r.subjectKind === f.kind && r.subjectId === f.id);
  const rows: Record<ReportSheetKey, Cell[][]> = {
    reports: [[...reportSheetHeaders.reports]],
    measures: [[...reportSheetHeaders.measures]],
    spending: [[...reportSheetHeaders.spending]],
  };
  for (const f of frames) {
    const r = reportOf(f);
    rows.reports.push([
      f.code,
      f.title,
      f.lead?.name ?? '',
      r?.progress ? workStatusWords[r.progress] : '',
      r?.progressPercent ?? null,
      r?.notes ?? '',
      r?.version ?? null,
    ]);
    for (const i of f.indicators) {
      const m = r?.measures.find((x) => x.indicatorId === i.id);
      rows.measures.push([
        f.code,
        i.code,
        i.name,
        i.unit,
        i.expected,
        m?.value ?? null,
        m?.note ?? '',
      ]);
    }
    if (f.kind === 'action') {
      const sources = new Set([
        ...f.allocations.map((a) => a.sourceCode),
        ...(r?.spending.map((s) => s.sourceCode) ?? []),
      ]);
      for (const source of [...sources].sort()) {
        const allocated = f.allocations.find((a) => a.sourceCode === source)?.amount ?? 0;
        const s = r?.spending.find((x) => x.sourceCode === source);
        rows.spending.push([
          f.code,
          source,
          euros(allocated),
          s ? euros(s.committed) : null,
          s ? euros(s.paid) : null,
        ]);
      }
    }
  }
  return rows;
}
