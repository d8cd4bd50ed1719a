import type { Cents } from '../shared/money';
import { periodYears, type Period } from '../shared/period';
import {
  actionsOf,
  divideRoundHalfUp,
  orderSources,
  sourceYearKey,
  sumCents,
  totalAvailable,
  type Allocation,
  type BudgetTree,
  type FundingAvailability,
} from './budget';

export interface SourceYearCell {
  available: Cents;
  allocated: Cents;
  /** available − allocated; negative when a source is over-allocated */
  remaining: Cents;
}

export interface BySourceYear {
  sources: string[];
  years: number[];
  rows: {
    sourceCode: string;
    cells: (SourceYearCell & { year: number })[];
    total: SourceYearCell;
  }[];
  yearTotals: (SourceYearCell & { year: number })[];
  total: SourceYearCell;
}

export interface ByAreaYear {
  years: number[];
  rows: { areaId: string; cells: { year: number; allocated: Cents }[]; total: Cents }[];
  yearTotals: { year: number; allocated: Cents }[];
  total: Cents;
  /** money allocated to actions that are not in the tree (so in no area row) */
  outsideTree: Cents;
}

export interface ByObjectiveSource {
  sources: string[];
  rows: {
    areaId: string;
    objectiveId: string;
    cells: { sourceCode: string; allocated: Cents }[];
    total: Cents;
  }[];
  sourceTotals: { sourceCode: string; allocated: Cents }[];
  total: Cents;
}

export interface PerInhabitant {
  population: number;
  /** per-inhabitant figures are null when the population is not positive */
  years: { year: number; allocated: Cents; perInhabitant: Cents | null }[];
  total: { allocated: Cents; perInhabitant: Cents | null };
}

export interface BudgetSummary {
  bySourceYear: BySourceYear;
  byAreaYear: ByAreaYear;
  byObjectiveSource: ByObjectiveSource;
  perInhabitant: PerInhabitant;
}

export interface BudgetSummaryInput {
  tree: BudgetTree;
  availability: readonly FundingAvailability[];
  allocations: readonly Allocation[];
  /** reference population of the district (e.g. census of a reference year) */
  population: number;
  /** source codes to show first, in this order; the others follow by code */
  sourceOrder?: readonly string[];
  /** when given, every year of the period gets a column even if it holds no money */
  period?: Period;
}

function cell(available: number, allocated: number): SourceYearCell {
  return {
    available: available as Cents,
    allocated: allocated as Cents,
    remaining: (available - allocated) as Cents,
  };
}

function perHead(allocated: number, population: number): Cents | null {
  return population > 0 ? (divideRoundHalfUp(allocated, population) as Cents) : null;
}

export function budgetSummary(input: BudgetSummaryInput): BudgetSummary {
  const { tree, availability, allocations, population } = input;
  const years = [
    ...new Set([
      ...(input.period ? periodYears(input.period) : []),
      ...availability.map((a) => a.year),
      ...allocations.map((a) => a.year),
    ]),
  ].sort((a, b) => a - b);
  const sources = orderSources(
    [...availability.map((a) => a.sourceCode), ...allocations.map((a) => a.sourceCode)],
    input.sourceOrder,
  );

  const available = new Map<string, number>();
  for (const av of availability) {
    const k = sourceYearKey(av.sourceCode, av.year);
    available.set(k, (available.get(k) ?? 0) + totalAvailable(av));
  }
  const allocated = new Map<string, number>();
  for (const al of allocations) {
    const k = sourceYearKey(al.sourceCode, al.year);
    allocated.set(k, (allocated.get(k) ?? 0) + al.amount);
  }
  const at = (m: Map<string, number>, s: string, y: number) => m.get(sourceYearKey(s, y)) ?? 0;

  const sourceRows = sources.map((sourceCode) => {
    const cells = years.map((year) => ({
      year,
      ...cell(at(available, sourceCode, year), at(allocated, sourceCode, year)),
    }));
    return { sourceCode, cells, total: sumCells(cells) };
  });
  const yearTotals = years.map((year, i) => ({
    year,
    ...sumCells(sourceRows.map((r) => r.cells[i]!)),
  }));
  const bySourceYear: BySourceYear = {
    sources,
    years,
    rows: sourceRows,
    yearTotals,
    total: sumCells(sourceRows.map((r) => r.total)),
  };

  const placeOf = new Map(actionsOf(tree).map((a) => [a.actionId, a]));
  const areaYear = new Map<string, number>();
  const objectiveSource = new Map<string, number>();
  let outsideTree = 0;
  for (const al of allocations) {
    const place = placeOf.get(al.actionId);
    if (!place) {
      outsideTree += al.amount;
      continue;
    }
    const ay = `${place.areaId}\u0000${al.year}`;
    areaYear.set(ay, (areaYear.get(ay) ?? 0) + al.amount);
    const os = `${place.objectiveId}\u0000${al.sourceCode}`;
    objectiveSource.set(os, (objectiveSource.get(os) ?? 0) + al.amount);
  }

  const areaRows = tree.areas.map((area) => {
    const cells = years.map((year) => ({
      year,
      allocated: (areaYear.get(`${area.id}\u0000${year}`) ?? 0) as Cents,
    }));
    return { areaId: area.id, cells, total: sumCents(cells.map((c) => c.allocated)) };
  });
  const areaYearTotals = years.map((year, i) => ({
    year,
    allocated: sumCents(areaRows.map((r) => r.cells[i]!.allocated)),
  }));
  const byAreaYear: ByAreaYear = {
    years,
    rows: areaRows,
    yearTotals: areaYearTotals,
    total: sumCents(areaRows.map((r) => r.total)),
    outsideTree: outsideTree as Cents,
  };

  const objectiveRows = tree.areas.flatMap((area) =>
    area.objectives.map((objective) => {
      const cells = sources.map((sourceCode) => ({
        sourceCode,
        allocated: (objectiveSource.get(`${objective.id}\u0000${sourceCode}`) ?? 0) as Cents,
      }));
      return {
        areaId: area.id,
        objectiveId: objective.id,
        cells,
        total: sumCents(cells.map((c) => c.allocated)),
      };
    }),
  );
  const byObjectiveSource: ByObjectiveSource = {
    sources,
    rows: objectiveRows,
    sourceTotals: sources.map((sourceCode, i) => ({
      sourceCode,
      allocated: sumCents(objectiveRows.map((r) => r.cells[i]!.allocated)),
    })),
    total: sumCents(objectiveRows.map((r) => r.total)),
  };

  const perInhabitant: PerInhabitant = {
    population,
    years: yearTotals.map((t) => ({
      year: t.year,
      allocated: t.allocated,
      perInhabitant: perHead(t.allocated, population),
    })),
    total: {
      allocated: bySourceYear.total.allocated,
      perInhabitant: perHead(bySourceYear.total.allocated, population),
    },
  };

  return { bySourceYear, byAreaYear, byObjectiveSource, perInhabitant };
}

function sumCells(cells: readonly SourceYearCell[]): SourceYearCell {
  return cell(sumCents(cells.map((c) => c.available)), sumCents(cells.map((c) => c.allocated)));
}
