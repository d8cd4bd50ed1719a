import {
  actionsOf,
  isPlausibleAmount,
  sourceYearKey,
  totalAvailable,
  type Allocation,
  type BudgetTree,
  type FundingAvailability,
} from '../budget/budget';
import type { Indicator } from '../indicators/indicator';
import type { Cents } from '../shared/money';
import type { Period } from '../shared/period';

/**
 * The coherence panel: pure rules over a plan's tree and budget. A `blocking` problem prevents
 * approval; a `warning` is shown but does not. The UI translates `code` and fills the message
 * from `data`, so codes are stable and data carries raw values (cents, codes, years).
 */
export type CoherenceSeverity = 'blocking' | 'warning';

// New kinds are added here with their rules.
export type CoherenceTargetKind =
  | 'plan'
  | 'area'
  | 'objective'
  | 'action'
  | 'indicator'
  | 'availability'
  | 'allocation'
  | 'municipalShare';

export interface CoherenceTarget {
  kind: CoherenceTargetKind;
  id?: string;
  sourceCode?: string;
  year?: number;
}

export interface CoherenceProblem {
  code: string;
  severity: CoherenceSeverity;
  target: CoherenceTarget;
  data: Record<string, string | number>;
}

export interface MunicipalShareCheck {
  year: number;
  total: Cents;
  parts: Cents[];
}

/**
 * The tree as the rules read it: the budget's ids, plus each action's lead organization when
 * known (`null` = no lead chosen; absent = not loaded, so ACTION_WITHOUT_LEAD stays silent).
 */
export interface CoherenceTree extends BudgetTree {
  areas: readonly {
    id: string;
    objectives: readonly {
      id: string;
      actions: readonly { id: string; leadOrganizationId?: string | null }[];
    }[];
  }[];
}

/** What the indicator rules read of an indicator. */
export type CoherenceIndicator = Pick<
  Indicator,
  | 'id'
  | 'name'
  | 'objectiveId'
  | 'actionId'
  | 'baselineYear'
  | 'targets'
  | 'partialPercent'
  | 'achievedPercent'
>;

export interface CoherenceInput {
  period: Period;
  tree: CoherenceTree;
  availability: readonly FundingAvailability[];
  allocations: readonly Allocation[];
  municipalShares?: readonly MunicipalShareCheck[];
  /** absent = not loaded: the indicator rules (and OBJECTIVE_WITHOUT_INDICATORS) stay silent */
  indicators?: readonly CoherenceIndicator[];
}

/** What a rule reports; code and severity come from the rule itself. */
export type CoherenceFinding = Pick<CoherenceProblem, 'target' | 'data'>;

export interface CoherenceRule {
  code: string;
  severity: CoherenceSeverity;
  check: (input: CoherenceInput) => CoherenceFinding[];
}

const inPeriod = (p: Period, year: number) => year >= p.startYear && year <= p.endYear;

function availableBySourceYear(input: CoherenceInput): Map<string, number> {
  const m = new Map<string, number>();
  for (const av of input.availability) {
    const k = sourceYearKey(av.sourceCode, av.year);
    m.set(k, (m.get(k) ?? 0) + totalAvailable(av));
  }
  return m;
}

/** Allocated money per source × year, sorted by source code then year. */
function allocatedBySourceYear(
  input: CoherenceInput,
): { sourceCode: string; year: number; allocated: number; actions: number }[] {
  const m = new Map<
    string,
    { sourceCode: string; year: number; allocated: number; actions: Set<string> }
  >();
  for (const al of input.allocations) {
    const k = sourceYearKey(al.sourceCode, al.year);
    const row = m.get(k) ?? {
      sourceCode: al.sourceCode,
      year: al.year,
      allocated: 0,
      actions: new Set(),
    };
    row.allocated += al.amount;
    row.actions.add(al.actionId);
    m.set(k, row);
  }
  return [...m.values()]
    .sort((a, b) =>
      a.sourceCode < b.sourceCode ? -1 : a.sourceCode > b.sourceCode ? 1 : a.year - b.year,
    )
    .map((r) => ({ ...r, actions: r.actions.size }));
}

/** Every amount in the input with where it sits, for the defensive amount rules. */
function amountsOf(
  input: CoherenceInput,
): { target: CoherenceTarget; field: string; amount: number }[] {
  const out: { target: CoherenceTarget; field: string; amount: number }[] = [];
  for (const av of input.availability) {
    const target: CoherenceTarget = {
      kind: 'availability',
      sourceCode: av.sourceCode,
      year: av.year,
    };
    out.push({ target, field: 'amount', amount: av.amount });
    out.push({ target, field: 'carryOver', amount: av.carryOver });
  }
  for (const al of input.allocations) {
    const target: CoherenceTarget = {
      kind: 'allocation',
      id: al.actionId,
      sourceCode: al.sourceCode,
      year: al.year,
    };
    out.push({ target, field: 'amount', amount: al.amount });
  }
  for (const ms of input.municipalShares ?? []) {
    const target: CoherenceTarget = { kind: 'municipalShare', year: ms.year };
    out.push({ target, field: 'total', amount: ms.total });
    ms.parts.forEach((p, i) => out.push({ target, field: `parts.${i}`, amount: p }));
  }
  return out;
}

/** A problem about one allocation cell, with what a message about it needs. */
function allocationFinding(al: Allocation, extra: Record<string, number> = {}): CoherenceFinding {
  return {
    target: { kind: 'allocation', id: al.actionId, sourceCode: al.sourceCode, year: al.year },
    data: {
      actionId: al.actionId,
      sourceCode: al.sourceCode,
      year: al.year,
      amount: al.amount,
      ...extra,
    },
  };
}

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

const yearsOf = (p: Period) =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);

export const coherenceRules: readonly CoherenceRule[] = [
  {
    code: 'NEGATIVE_AMOUNT',
    severity: 'blocking',
    check: (input) =>
      amountsOf(input)
        .filter((a) => a.amount < 0)
        .map(({ target, field, amount }) => ({ target, data: { field, amount } })),
  },
  {
    // NaN, fractions of a cent or more than a billion euro: a typing or import error
    code: 'AMOUNT_OUT_OF_RANGE',
    severity: 'blocking',
    check: (input) =>
      amountsOf(input)
        .filter((a) => !(a.amount < 0) && !isPlausibleAmount(a.amount))
        .map(({ target, field, amount }) => ({ target, data: { field, amount } })),
  },
  {
    code: 'ALLOCATION_EXCEEDS_AVAILABILITY',
    severity: 'blocking',
    check: (input) => {
      const available = availableBySourceYear(input);
      return allocatedBySourceYear(input).flatMap(({ sourceCode, year, allocated }) => {
        const av = available.get(sourceYearKey(sourceCode, year));
        if (av === undefined || allocated <= av) return [];
        return [
          {
            target: { kind: 'allocation', sourceCode, year },
            data: { sourceCode, year, allocated, available: av, excess: allocated - av },
          },
        ];
      });
    },
  },
  {
    code: 'ALLOCATION_UNKNOWN_SOURCE',
    severity: 'blocking',
    check: (input) => {
      const available = availableBySourceYear(input);
      return allocatedBySourceYear(input)
        .filter((r) => !available.has(sourceYearKey(r.sourceCode, r.year)))
        .map(({ sourceCode, year, allocated, actions }) => ({
          target: { kind: 'allocation', sourceCode, year },
          data: { sourceCode, year, allocated, actions },
        }));
    },
  },
  {
    code: 'ALLOCATION_UNKNOWN_ACTION',
    severity: 'blocking',
    check: (input) => {
      const known = new Set(actionsOf(input.tree).map((a) => a.actionId));
      return input.allocations
        .filter((al) => !known.has(al.actionId))
        .map((al) => allocationFinding(al));
    },
  },
  {
    code: 'ALLOCATION_OUTSIDE_PERIOD',
    severity: 'blocking',
    check: ({ period, allocations }) =>
      allocations
        .filter((al) => !inPeriod(period, al.year))
        .map((al) =>
          allocationFinding(al, { startYear: period.startYear, endYear: period.endYear }),
        ),
  },
  {
    code: 'MUNICIPAL_SHARES_MISMATCH',
    severity: 'blocking',
    check: ({ municipalShares = [] }) =>
      municipalShares.flatMap((ms) => {
        const sum = ms.parts.reduce((s, p) => s + p, 0);
        if (sum === ms.total) return [];
        return [
          {
            target: { kind: 'municipalShare', year: ms.year },
            data: { year: ms.year, total: ms.total, sum, difference: sum - ms.total },
          },
        ];
      }),
  },
  {
    // a target for every year of the plan, so that each yearly monitoring has a yardstick
    code: 'INDICATOR_WITHOUT_TARGETS',
    severity: 'blocking',
    check: ({ period, indicators = [] }) =>
      indicators.flatMap((ind) => {
        const set = new Set(ind.targets.map((t) => t.year));
        const missing = yearsOf(period).filter((y) => !set.has(y));
        if (missing.length === 0) return [];
        return [
          indicatorFinding(ind, { missingYears: missing.join(', '), missing: missing.length }),
        ];
      }),
  },
  {
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
  },
  {
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
  },
  {
    code: 'AVAILABILITY_OUTSIDE_PERIOD',
    severity: 'warning',
    check: ({ period, availability }) =>
      availability
        .filter((av) => !inPeriod(period, av.year))
        .map((av) => ({
          target: { kind: 'availability', sourceCode: av.sourceCode, year: av.year },
          data: {
            sourceCode: av.sourceCode,
            year: av.year,
            available: totalAvailable(av),
            startYear: period.startYear,
            endYear: period.endYear,
          },
        })),
  },
  {
    // money outside the period does not fund the plan, so it does not count here
    code: 'ACTION_WITHOUT_MONEY',
    severity: 'warning',
    check: ({ period, tree, allocations }) => {
      const funded = new Set(
        allocations
          .filter((al) => al.amount > 0 && inPeriod(period, al.year))
          .map((al) => al.actionId),
      );
      return actionsOf(tree)
        .filter((a) => !funded.has(a.actionId))
        .map((a) => ({
          target: { kind: 'action', id: a.actionId },
          data: { areaId: a.areaId, objectiveId: a.objectiveId },
        }));
    },
  },
  {
    code: 'ACTION_WITHOUT_LEAD',
    severity: 'warning',
    check: ({ tree }) =>
      tree.areas.flatMap((area) =>
        area.objectives.flatMap((o) =>
          o.actions
            .filter((a) => a.leadOrganizationId === null)
            .map((a) => ({
              target: { kind: 'action' as const, id: a.id },
              data: { areaId: area.id, objectiveId: o.id },
            })),
        ),
      ),
  },
  {
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
  },
  {
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
  },
  {
    code: 'AREA_WITHOUT_OBJECTIVES',
    severity: 'warning',
    check: ({ tree }) =>
      tree.areas
        .filter((a) => a.objectives.length === 0)
        .map((a) => ({ target: { kind: 'area', id: a.id }, data: {} })),
  },
  {
    code: 'OBJECTIVE_WITHOUT_ACTIONS',
    severity: 'warning',
    check: ({ tree }) =>
      tree.areas.flatMap((a) =>
        a.objectives
          .filter((o) => o.actions.length === 0)
          .map((o) => ({ target: { kind: 'objective', id: o.id }, data: { areaId: a.id } })),
      ),
  },
];

/** Runs every rule; blocking problems come first, then in the order of the rule table. */
export function checkCoherence(
  input: CoherenceInput,
  rules: readonly CoherenceRule[] = coherenceRules,
): CoherenceProblem[] {
  const problems = rules.flatMap((rule) =>
    rule.check(input).map((f) => ({ code: rule.code, severity: rule.severity, ...f })),
  );
  const rank = (p: CoherenceProblem) => (p.severity === 'blocking' ? 0 : 1);
  return problems.sort((a, b) => rank(a) - rank(b));
}

export function hasBlockingProblems(problems: readonly CoherenceProblem[]): boolean {
  return problems.some((p) => p.severity === 'blocking');
}
