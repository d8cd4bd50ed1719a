import { describe, expect, it } from 'vitest';
import { defaultGrading } from '../plan/sheet';
import type { Cents } from '../shared/money';
import {
  attainmentPercent,
  expectedValue,
  gradeByRanges,
  indicatorProgress,
  rollUp,
  type ProgressIndicator,
} from './progress';
import { spendingBySource } from './spending';

const families: ProgressIndicator = {
  direction: 'increase',
  baselineValue: 100,
  targets: [
    { year: 2013, value: 150 },
    { year: 2014, value: 200 },
  ],
  partialPercent: 60,
  achievedPercent: 100,
};

const waitingDays: ProgressIndicator = {
  direction: 'decrease',
  baselineValue: 30,
  targets: [{ year: 2013, value: 20 }],
  partialPercent: 50,
  achievedPercent: 90,
};

describe('an indicator against its target', () => {
  it('grades the way from the baseline to the target by the indicator’s thresholds', () => {
    expect(indicatorProgress(families, 2013, 150)).toMatchObject({
      status: 'onTrack',
      percent: 100,
    });
    expect(indicatorProgress(families, 2013, 180).percent).toBe(160);
    expect(indicatorProgress(families, 2013, 130)).toMatchObject({ status: 'atRisk', percent: 60 });
    expect(indicatorProgress(families, 2013, 129).status).toBe('offTrack');
    // below the baseline: the wrong way
    expect(indicatorProgress(families, 2013, 90)).toMatchObject({
      status: 'offTrack',
      percent: -20,
    });
  });

  it('has no data without a target for the year or without a measure', () => {
    expect(indicatorProgress(families, 2012, 150)).toEqual({
      status: 'noData',
      percent: null,
      expected: null,
    });
    expect(indicatorProgress(families, 2013, null)).toEqual({
      status: 'noData',
      percent: null,
      expected: 150,
    });
    expect(indicatorProgress(families, 2013, Number.NaN).status).toBe('noData');
  });

  it('reads a decreasing indicator downwards', () => {
    expect(indicatorProgress(waitingDays, 2013, 20).status).toBe('onTrack');
    expect(indicatorProgress(waitingDays, 2013, 15).percent).toBe(150);
    expect(indicatorProgress(waitingDays, 2013, 25)).toMatchObject({
      status: 'atRisk',
      percent: 50,
    });
    expect(indicatorProgress(waitingDays, 2013, 35)).toMatchObject({
      status: 'offTrack',
      percent: -50,
    });
  });

  it('a decreasing indicator without a baseline: the target over the measure', () => {
    const d = { ...waitingDays, baselineValue: null };
    expect(indicatorProgress(d, 2013, 20).percent).toBe(100);
    expect(indicatorProgress(d, 2013, 40).percent).toBe(50);
    expect(indicatorProgress(d, 2013, 0).percent).toBe(100);
    expect(attainmentPercent('decrease', null, 0, 5)).toBe(0);
  });

  it('a target of 0, and a target equal to the baseline (a level to hold)', () => {
    const zero = { ...families, baselineValue: null, targets: [{ year: 2013, value: 0 }] };
    expect(indicatorProgress(zero, 2013, 0).percent).toBe(100);
    expect(indicatorProgress(zero, 2013, 3).percent).toBe(100);
    const hold = { ...families, targets: [{ year: 2013, value: 100 }] };
    expect(indicatorProgress(hold, 2013, 100).status).toBe('onTrack');
    expect(indicatorProgress(hold, 2013, 99)).toMatchObject({ status: 'offTrack', percent: 0 });
  });

  it('a partial period expects part of the way: half a year, half the change', () => {
    expect(expectedValue(100, 150, 0.5)).toBe(125);
    expect(expectedValue(null, 80, 0.25)).toBe(20);
    expect(expectedValue(100, 150, 3)).toBe(150);
    expect(indicatorProgress(families, 2013, 125, 0.5)).toMatchObject({
      status: 'onTrack',
      percent: 100,
      expected: 125,
    });
    expect(indicatorProgress(waitingDays, 2013, 25, 0.5).status).toBe('onTrack');
  });
});

describe('rolled up to objective, area and plan', () => {
  it('grades by the ranges: the top is on track, the bottom off track, between at risk', () => {
    expect(gradeByRanges(95, defaultGrading)).toBe('onTrack');
    expect(gradeByRanges(89.6, defaultGrading)).toBe('onTrack');
    expect(gradeByRanges(50, defaultGrading)).toBe('atRisk');
    expect(gradeByRanges(49, defaultGrading)).toBe('offTrack');
    expect(gradeByRanges(-20, defaultGrading)).toBe('offTrack');
    expect(gradeByRanges(250, defaultGrading)).toBe('onTrack');
    expect(gradeByRanges(50, [])).toBe('noData');
  });

  it('averages the parts with data, each capped at 100, and counts every status', () => {
    const objective = rollUp(
      [
        { status: 'onTrack', percent: 160 },
        { status: 'offTrack', percent: 20 },
        { status: 'noData', percent: null },
      ],
      defaultGrading,
    );
    expect(objective.percent).toBe(60);
    expect(objective.status).toBe('atRisk');
    expect(objective.counts).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 1 });
    const nothing = rollUp([{ status: 'noData', percent: null }], defaultGrading);
    expect(nothing).toMatchObject({ status: 'noData', percent: null });
    const plan = rollUp([objective, { status: 'onTrack', percent: 100 }], defaultGrading);
    expect(plan).toMatchObject({ status: 'atRisk', percent: 80 });
  });
});

describe('spending against allocations', () => {
  const c = (n: number) => n as Cents;
  it('adds up to the cent by source and year, with the unallocated apart', () => {
    const summary = spendingBySource(
      [
        { sourceCode: 'FNPS', year: 2013, amount: c(100_000) },
        { sourceCode: 'FNPS', year: 2013, amount: c(50_001) },
        { sourceCode: 'COM', year: 2013, amount: c(30_000) },
      ],
      [
        { actionId: 'a', sourceCode: 'FNPS', year: 2013, committed: c(120_000), paid: c(75_000) },
        { actionId: 'b', sourceCode: 'FNA', year: 2014, committed: c(5_000), paid: c(0) },
      ],
    );
    expect(summary.lines.map((l) => [l.sourceCode, l.year])).toEqual([
      ['COM', 2013],
      ['FNA', 2014],
      ['FNPS', 2013],
    ]);
    const fnps = summary.lines[2]!;
    expect(fnps).toMatchObject({ allocated: 150_001, committed: 120_000, paid: 75_000 });
    expect(fnps.paidPercent).toBeCloseTo(49.9997, 3);
    expect(summary.lines[1]).toMatchObject({ unallocated: true, paidPercent: null });
    expect(summary.lines[0]).toMatchObject({ paid: 0, paidPercent: 0, unallocated: false });
    expect(summary.total).toMatchObject({ allocated: 180_001, committed: 125_000, paid: 75_000 });
  });

  it('says nothing was paid of nothing allocated', () => {
    expect(spendingBySource([], []).total).toEqual({
      allocated: 0,
      committed: 0,
      paid: 0,
      paidPercent: null,
    });
  });
});
