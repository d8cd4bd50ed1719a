// What a reporting period says of the plan: every indicator's measure against its target for the
// period's year, rolled up to objective, area and plan; the money committed and paid against the
// money allocated; and how many reports are in, late or missing. One pure function over the
// approved version the period monitors and the reports counted (the back office counts the
// submitted and validated ones, the portal only the validated).
import type { PlanSnapshot, SnapshotIndicator } from '../plan/plan-version';
import { defaultGrading, type GradingRange } from '../plan/sheet';
import type { Cents } from '../shared/money';
import { indicatorProgress, rollUp, type IndicatorProgress, type RolledProgress } from './progress';
import {
  isLate,
  periodYear,
  periodYearShare,
  type Report,
  type ReportStatus,
  type ReportSubjectKind,
} from './reporting';
import { spendingBySource, type SpendingSummary } from './spending';

export interface IndicatorOutcome extends IndicatorProgress {
  id: string;
  code: string;
  name: string;
  unit: string;
  direction: SnapshotIndicator['direction'];
  baselineValue: number | null;
  target: number | null;
  measured: number | null;
}

export interface ObjectiveOutcome {
  id: string;
  code: string;
  title: string;
  progress: RolledProgress;
  indicators: IndicatorOutcome[];
}

export interface AreaOutcome {
  id: string;
  title: string;
  progress: RolledProgress;
  objectives: ObjectiveOutcome[];
}

export interface ReportCounts {
  /** reports the period expects: one per action and per objective of the version */
  expected: number;
  draft: number;
  submitted: number;
  validated: number;
  returned: number;
  /** not even started */
  missing: number;
  /** past the due date and not with the plan office */
  late: number;
}

export interface PeriodSummary {
  year: number;
  share: number;
  plan: RolledProgress;
  areas: AreaOutcome[];
  spending: SpendingSummary;
  reports: ReportCounts;
}

type SummaryReport = Pick<Report, 'subjectKind' | 'subjectId' | 'status' | 'measures' | 'spending'>;

/**
 * The summary of a period over the version it monitors. `counted` are the statuses whose figures
 * count; the others are only counted as reports. `today` (yyyy-mm-dd) decides what is late.
 */
export function periodSummary(
  snapshot: PlanSnapshot,
  period: { endsOn: string; dueOn: string },
  reports: readonly SummaryReport[],
  counted: readonly ReportStatus[],
  today: string,
): PeriodSummary {
  const year = periodYear(period);
  const share = periodYearShare(period);
  const countedReports = reports.filter((r) => counted.includes(r.status));
  const measured = new Map<string, number | null>();
  for (const r of countedReports) for (const m of r.measures) measured.set(m.indicatorId, m.value);

  const outcome = (i: SnapshotIndicator): IndicatorOutcome => {
    const value = measured.get(i.id) ?? null;
    const progress = indicatorProgress(i, year, value, share);
    return {
      ...progress,
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baselineValue: i.baselineValue,
      target: i.targets.find((t) => t.year === year)?.value ?? null,
      measured: value,
    };
  };

  const areas: AreaOutcome[] = snapshot.areas.map((area) => {
    const objectives: ObjectiveOutcome[] = area.objectives.map((o) => {
      const indicators = [
        ...(o.indicators ?? []),
        ...o.actions.flatMap((a) => a.indicators ?? []),
      ].map(outcome);
      const grading: readonly GradingRange[] = o.grading?.length ? o.grading : defaultGrading;
      return {
        id: o.id,
        code: o.code,
        title: o.title,
        progress: rollUp(indicators, grading),
        indicators,
      };
    });
    return {
      id: area.id,
      title: area.title,
      progress: rollUp(
        objectives.map((o) => o.progress),
        defaultGrading,
      ),
      objectives,
    };
  });

  const allocations = (snapshot.budget?.allocations ?? [])
    .filter((a) => a.year === year)
    .map((a) => ({ sourceCode: a.sourceCode, year: a.year, amount: a.amount as Cents }));
  const spent = countedReports
    .filter((r) => r.subjectKind === 'action')
    .flatMap((r) =>
      r.spending.map((s) => ({
        actionId: r.subjectId,
        sourceCode: s.sourceCode,
        year,
        committed: s.committed as Cents,
        paid: s.paid as Cents,
      })),
    );

  return {
    year,
    share,
    plan: rollUp(
      areas.map((a) => a.progress),
      defaultGrading,
    ),
    areas,
    spending: spendingBySource(allocations, spent),
    reports: reportCounts(snapshot, period, reports, today),
  };
}

/**
 * The reports of a period counted by status against the subjects of the version it monitors
 * (one per objective and per action); `today` (yyyy-mm-dd) decides what is late.
 */
export function reportCounts(
  snapshot: PlanSnapshot,
  period: { dueOn: string },
  reports: readonly Pick<Report, 'subjectKind' | 'subjectId' | 'status'>[],
  today: string,
): ReportCounts {
  const key = (kind: ReportSubjectKind, id: string) => `${kind}:${id}`;
  const status = new Map(reports.map((r) => [key(r.subjectKind, r.subjectId), r.status]));
  const counts: ReportCounts = {
    expected: 0,
    draft: 0,
    submitted: 0,
    validated: 0,
    returned: 0,
    missing: 0,
    late: 0,
  };
  const tally = (kind: ReportSubjectKind, id: string) => {
    counts.expected++;
    const s = status.get(key(kind, id)) ?? null;
    if (s === null) counts.missing++;
    else counts[s]++;
    if (isLate(s, period.dueOn, today)) counts.late++;
  };
  for (const area of snapshot.areas) {
    for (const o of area.objectives) {
      tally('objective', o.id);
      for (const a of o.actions) tally('action', a.id);
    }
  }
  return counts;
}
