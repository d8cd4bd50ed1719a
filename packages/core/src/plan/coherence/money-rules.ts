// Rules on money: amounts, availability, allocations and the municipalities' shares.
import {
  actionsOf,
  isPlausibleAmount,
  sourceYearKey,
  totalAvailable,
  type Allocation,
} from '../../budget/budget';
import { inPeriod } from './period';
import type { CoherenceFinding, CoherenceInput, CoherenceRule, CoherenceTarget } from './types';

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

export const negativeAmount: CoherenceRule = {
  code: 'NEGATIVE_AMOUNT',
  severity: 'blocking',
  check: (input) =>
    amountsOf(input)
      .filter((a) => a.amount < 0)
      .map(({ target, field, amount }) => ({ target, data: { field, amount } })),
};

export const amountOutOfRange: CoherenceRule = {
  // NaN, fractions of a cent or more than a billion euro: a typing or import error
  code: 'AMOUNT_OUT_OF_RANGE',
  severity: 'blocking',
  check: (input) =>
    amountsOf(input)
      .filter((a) => !(a.amount < 0) && !isPlausibleAmount(a.amount))
      .map(({ target, field, amount }) => ({ target, data: { field, amount } })),
};

export const allocationExceedsAvailability: CoherenceRule = {
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
};

export const allocationUnknownSource: CoherenceRule = {
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
};

export const allocationUnknownAction: CoherenceRule = {
  code: 'ALLOCATION_UNKNOWN_ACTION',
  severity: 'blocking',
  check: (input) => {
    const known = new Set(actionsOf(input.tree).map((a) => a.actionId));
    return input.allocations
      .filter((al) => !known.has(al.actionId))
      .map((al) => allocationFinding(al));
  },
};

export const allocationOutsidePeriod: CoherenceRule = {
  code: 'ALLOCATION_OUTSIDE_PERIOD',
  severity: 'blocking',
  check: ({ period, allocations }) =>
    allocations
      .filter((al) => !inPeriod(period, al.year))
      .map((al) => allocationFinding(al, { startYear: period.startYear, endYear: period.endYear })),
};

export const municipalSharesMismatch: CoherenceRule = {
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
};

export const availabilityOutsidePeriod: CoherenceRule = {
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
};

export const actionWithoutMoney: CoherenceRule = {
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
};

export const planWithoutMoney: CoherenceRule = {
  // no money available or none allocated to actions in the plan's years: nothing is funded
  code: 'PLAN_WITHOUT_MONEY',
  severity: 'blocking',
  check: ({ period, availability, allocations }) => {
    const available = availability
      .filter((av) => inPeriod(period, av.year))
      .reduce((s, av) => s + Math.max(0, totalAvailable(av)), 0);
    const allocated = allocations
      .filter((al) => inPeriod(period, al.year))
      .reduce((s, al) => s + Math.max(0, al.amount), 0);
    if (available > 0 && allocated > 0) return [];
    return [
      {
        target: { kind: 'budget' },
        data: { available, allocated, startYear: period.startYear, endYear: period.endYear },
      },
    ];
  },
};
