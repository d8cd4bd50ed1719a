// Rules on indicators: a target for every year of the plan, sound thresholds and baselines, and
// an objective measured by indicators of its own.
import { inPeriod, yearsOf } from './period';
import type { CoherenceFinding, CoherenceIndicator, CoherenceRule } from './types';

/** A problem about one indicator: where it is (for the link) and its name (for the message). */
function indicatorFinding(
  ind: CoherenceIndicator,
  extra: Record<string, string | number> = {},
  year?: number,
): CoherenceFinding {
  const owner: Record<string, string> = ind.objectiveId
    ? { objectiveId: ind.objectiveId }
    : ind.actionId
      ? { actionId: ind.actionId }
      : {};
  return {
    target: { kind: 'indicator', id: ind.id, ...(year === undefined ? {} : { year }) },
    data: { name: ind.name, ...owner, ...extra },
  };
}

export const indicatorWithoutTargets: CoherenceRule = {
  // a target for every year of the plan, so that each yearly monitoring has a yardstick
  code: 'INDICATOR_WITHOUT_TARGETS',
  severity: 'blocking',
  check: ({ period, indicators = [] }) =>
    indicators.flatMap((ind) => {
      const set = new Set(ind.targets.map((t) => t.year));
      const missing = yearsOf(period).filter((y) => !set.has(y));
      if (missing.length === 0) return [];
      return [indicatorFinding(ind, { missingYears: missing.join(', '), missing: missing.length })];
    }),
};

export const indicatorTargetOutsidePeriod: CoherenceRule = {
  code: 'INDICATOR_TARGET_OUTSIDE_PERIOD',
  severity: 'blocking',
  check: ({ period, indicators = [] }) =>
    indicators.flatMap((ind) =>
      ind.targets
        .filter((t) => !inPeriod(period, t.year))
        .map((t) =>
          indicatorFinding(
            ind,
            {
              year: t.year,
              value: t.value,
              startYear: period.startYear,
              endYear: period.endYear,
            },
            t.year,
          ),
        ),
    ),
};

export const indicatorThresholdsInverted: CoherenceRule = {
  // "partly reached" from a higher percent than "reached" makes the grading meaningless
  code: 'INDICATOR_THRESHOLDS_INVERTED',
  severity: 'blocking',
  check: ({ indicators = [] }) =>
    indicators
      .filter((ind) => ind.partialPercent > ind.achievedPercent)
      .map((ind) =>
        indicatorFinding(ind, {
          partialPercent: ind.partialPercent,
          achievedPercent: ind.achievedPercent,
        }),
      ),
};

export const objectiveWithoutIndicators: CoherenceRule = {
  // an objective needs its own indicators: the sheet grades it by them
  code: 'OBJECTIVE_WITHOUT_INDICATORS',
  severity: 'warning',
  check: ({ tree, indicators }) => {
    if (!indicators) return [];
    const measured = new Set(indicators.map((i) => i.objectiveId));
    return tree.areas.flatMap((a) =>
      a.objectives
        .filter((o) => !measured.has(o.id))
        .map((o) => ({
          target: { kind: 'objective' as const, id: o.id },
          data: { areaId: a.id },
        })),
    );
  },
};

export const indicatorBaselineAfterStart: CoherenceRule = {
  code: 'INDICATOR_BASELINE_AFTER_START',
  severity: 'warning',
  check: ({ period, indicators = [] }) =>
    indicators
      .filter((ind) => ind.baselineYear !== null && ind.baselineYear > period.startYear)
      .map((ind) =>
        indicatorFinding(ind, {
          baselineYear: ind.baselineYear ?? 0,
          startYear: period.startYear,
        }),
      ),
};
