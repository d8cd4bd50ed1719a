import { describe, it, expect } from 'vitest';
import type { Cents } from '../shared/money';
import type { Allocation, FundingAvailability } from './budget';
import { budgetSummary } from './budget.summary';

const c = (n: number) => n as Cents;
const tree = {
  areas: [
    {
      id: 'area-eld',
      objectives: [{ id: 'obj-1', actions: [{ id: 'act-1' }, { id: 'act-2' }] }],
    },
    { id: 'area-fam', objectives: [{ id: 'obj-2', actions: [{ id: 'act-3' }] }] },
  ],
};
const availability: FundingAvailability[] = [
  { sourceCode: 'FSR', year: 2013, amount: c(50_000), carryOver: c(0) },
  { sourceCode: 'FNPS', year: 2012, amount: c(100_000), carryOver: c(0) },
  { sourceCode: 'FNPS', year: 2013, amount: c(80_000), carryOver: c(20_000) },
];
const allocations: Allocation[] = [
  { actionId: 'act-1', sourceCode: 'FNPS', year: 2012, amount: c(60_000) },
  { actionId: 'act-2', sourceCode: 'FNPS', year: 2012, amount: c(30_000) },
  { actionId: 'act-3', sourceCode: 'FNPS', year: 2013, amount: c(110_000) },
  { actionId: 'act-3', sourceCode: 'FSR', year: 2013, amount: c(5_000) },
  { actionId: 'gone', sourceCode: 'FSR', year: 2013, amount: c(1_000) },
];

describe('budgetSummary', () => {
  const s = budgetSummary({ tree, availability, allocations, population: 99_958 });

  it('tabulates source × year with carry-over, remaining money and totals', () => {
    const t = s.bySourceYear;
    expect(t.sources).toEqual(['FNPS', 'FSR']);
    expect(t.years).toEqual([2012, 2013]);
    expect(t.rows[0]!.cells).toEqual([
      { year: 2012, available: 100_000, allocated: 90_000, remaining: 10_000 },
      { year: 2013, available: 100_000, allocated: 110_000, remaining: -10_000 },
    ]);
    expect(t.rows[1]!.total).toEqual({ available: 50_000, allocated: 6_000, remaining: 44_000 });
    expect(t.yearTotals.map((y) => y.allocated)).toEqual([90_000, 116_000]);
    expect(t.total).toEqual({ available: 250_000, allocated: 206_000, remaining: 44_000 });
  });

  it('follows a given source order and shows every year of the period', () => {
    const o = budgetSummary({
      tree,
      availability,
      allocations,
      population: 1,
      sourceOrder: ['FSR'],
      period: { startYear: 2012, endYear: 2014 },
    });
    expect(o.bySourceYear.sources).toEqual(['FSR', 'FNPS']);
    expect(o.bySourceYear.years).toEqual([2012, 2013, 2014]);
    expect(o.bySourceYear.yearTotals[2]).toEqual({
      year: 2014,
      available: 0,
      allocated: 0,
      remaining: 0,
    });
  });

  it('tabulates area × year and keeps money of unknown actions apart', () => {
    const t = s.byAreaYear;
    expect(t.rows.map((r) => [r.areaId, r.cells.map((x) => x.allocated), r.total])).toEqual([
      ['area-eld', [90_000, 0], 90_000],
      ['area-fam', [0, 115_000], 115_000],
    ]);
    expect(t.total).toBe(205_000);
    expect(t.outsideTree).toBe(1_000);
  });

  it('tabulates objective × source', () => {
    const t = s.byObjectiveSource;
    expect(t.rows.map((r) => [r.objectiveId, r.cells.map((x) => x.allocated), r.total])).toEqual([
      ['obj-1', [90_000, 0], 90_000],
      ['obj-2', [110_000, 5_000], 115_000],
    ]);
    expect(t.sourceTotals).toEqual([
      { sourceCode: 'FNPS', allocated: 200_000 },
      { sourceCode: 'FSR', allocated: 5_000 },
    ]);
  });

  it('gives money per inhabitant in cents, rounded half up', () => {
    // 90,000 / 99,958 = 0.9004 → 1 cent; 206,000 / 99,958 = 2.0609 → 2 cents
    expect(s.perInhabitant.years.map((y) => y.perInhabitant)).toEqual([1, 1]);
    expect(s.perInhabitant.total.perInhabitant).toBe(2);
    const half = budgetSummary({ tree, availability: [], allocations, population: 80_000 });
    // 90,000 / 80,000 = 1.125 → 1; 116,000 / 80,000 = 1.45 → 1; 206,000 / 80,000 = 2.575 → 3
    expect(half.perInhabitant.years.map((y) => y.perInhabitant)).toEqual([1, 1]);
    expect(half.perInhabitant.total.perInhabitant).toBe(3);
    const exactHalf = budgetSummary({ tree, availability: [], allocations, population: 4_000 });
    // 90,000 / 4,000 = 22.5 → 23
    expect(exactHalf.perInhabitant.years[0]!.perInhabitant).toBe(23);
  });

  it('has no per-inhabitant figure without a population', () => {
    const z = budgetSummary({ tree, availability, allocations, population: 0 });
    expect(z.perInhabitant.total).toEqual({ allocated: 206_000, perInhabitant: null });
  });
});
