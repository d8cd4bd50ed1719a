// How far the plan got: an indicator's measured value against its target for a year, graded
// into a status, and the statuses rolled up to objective, area and plan. Pure rules, no I/O:
// the monitoring screens, the portal and the evaluation read the same numbers.
import type { IndicatorDirection } from '../indicators/indicator';
import type { GradingRange } from '../plan/sheet';

/** on track (reached), at risk (partly), off track (not reached), or nothing to judge by */
export const progressStatuses = ['onTrack', 'atRisk', 'offTrack', 'noData'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** What the rules read of an indicator. */
export interface ProgressIndicator {
  direction: IndicatorDirection;
  baselineValue: number | null;
  targets: readonly { year: number; value: number }[];
  partialPercent: number;
  achievedPercent: number;
}

/**
 * The value expected by the end of a reporting period that covers `share` of the year (1: the
 * whole year; 0.5: the first half), on a straight path from the baseline to the year's target
 * (from zero without a baseline). A level that must hold all year (a target equal to the
 * baseline) is expected as it is.
 */
export function expectedValue(baseline: number | null, target: number, share: number): number {
  const from = baseline ?? 0;
  const s = Math.min(1, Math.max(0, share));
  return from + (target - from) * s;
}

/**
 * How much of the way from the baseline to the expected value the measured value went, in
 * percent (not capped: beyond 100 the target was passed; below 0 it went the wrong way). For a
 * decreasing indicator the way goes down. When the expected value is the baseline itself there
 * is no way to go: 100 when the measure is on the right side of it (or on it), else 0. Without a
 * baseline the way starts from zero.
 */
export function attainmentPercent(
  direction: IndicatorDirection,
  baseline: number | null,
  expected: number,
  measured: number,
): number {
  const sign = direction === 'increase' ? 1 : -1;
  if (baseline === null && direction === 'decrease') {
    // less is better and nothing to start from: the target over the measure (0 measured: reached)
    if (measured <= expected) return 100;
    return measured === 0 ? 0 : (Math.max(0, expected) / measured) * 100;
  }
  const from = baseline ?? 0;
  const way = (expected - from) * sign;
  const gone = (measured - from) * sign;
  if (way === 0) return gone >= 0 ? 100 : 0;
  return (gone / way) * 100;
}

export interface IndicatorProgress {
  status: ProgressStatus;
  /** percent of the way to the expected value; null without a target or a measure */
  percent: number | null;
  expected: number | null;
}

/**
 * An indicator in a year: its measure (null: not reported) against the year's target, graded by
 * its own thresholds (partialPercent, achievedPercent). No target for the year, or no measure:
 * no data.
 */
export function indicatorProgress(
  indicator: ProgressIndicator,
  year: number,
  measured: number | null,
  share = 1,
): IndicatorProgress {
  const target = indicator.targets.find((t) => t.year === year);
  if (!target || measured === null || !Number.isFinite(measured)) {
    return { status: 'noData', percent: null, expected: target ? target.value : null };
  }
  const expected = expectedValue(indicator.baselineValue, target.value, share);
  const percent = attainmentPercent(
    indicator.direction,
    indicator.baselineValue,
    expected,
    measured,
  );
  const status: ProgressStatus =
    percent >= indicator.achievedPercent
      ? 'onTrack'
      : percent >= indicator.partialPercent
        ? 'atRisk'
        : 'offTrack';
  return { status, percent, expected };
}

export interface RolledProgress {
  status: ProgressStatus;
  /** the mean of the parts' percents (each capped at 100), null when no part has data */
  percent: number | null;
  counts: Record<ProgressStatus, number>;
}

const emptyCounts = (): Record<ProgressStatus, number> => ({
  onTrack: 0,
  atRisk: 0,
  offTrack: 0,
  noData: 0,
});

/**
 * Grades a percent by an objective's ranges: the top range is on track, the bottom one off
 * track, any between at risk. A percent past 100 is 100; below 0 is 0. One range only: on track
 * at its top, else off track.
 */
export function gradeByRanges(percent: number, ranges: readonly GradingRange[]): ProgressStatus {
  if (ranges.length === 0) return 'noData';
  const p = Math.round(Math.min(100, Math.max(0, percent)));
  const sorted = [...ranges].sort((a, b) => a.fromPercent - b.fromPercent);
  const index = sorted.findIndex((r) => p >= r.fromPercent && p <= r.toPercent);
  const at = index === -1 ? (p < sorted[0]!.fromPercent ? 0 : sorted.length - 1) : index;
  if (at === sorted.length - 1) return 'onTrack';
  if (at === 0) return 'offTrack';
  return 'atRisk';
}

/**
 * Rolls parts (indicators of an objective, objectives of an area, areas of a plan) up: the mean
 * of their percents, each capped at 100 (passing one target does not make up for another),
 * graded by `ranges` (the objective's grading; for areas and the plan, the default one). Parts
 * without data are counted, not averaged; with no data at all the whole has none.
 */
export function rollUp(
  parts: readonly { status: ProgressStatus; percent: number | null }[],
  ranges: readonly GradingRange[],
): RolledProgress {
  const counts = emptyCounts();
  for (const p of parts) counts[p.status]++;
  const known = parts.filter((p) => p.percent !== null && p.status !== 'noData');
  if (known.length === 0) return { status: 'noData', percent: null, counts };
  const percent =
    known.reduce((sum, p) => sum + Math.min(100, Math.max(0, p.percent!)), 0) / known.length;
  return { status: gradeByRanges(percent, ranges), percent, counts };
}
