import { describe, it, expect } from 'vitest';
import type { Allocation, FundingAvailability } from '../budget/budget';
import type { Cents } from '../shared/money';
import {
  checkCoherence,
  coherenceRules,
  hasBlockingProblems,
  type CoherenceInput,
  type CoherenceProblem,
} from './coherence';

const c = (n: number) => n as Cents;

type MutableInput = CoherenceInput & {
  availability: FundingAvailability[];
  allocations: Allocation[];
};

/** A coherent plan: every area has objectives, every objective actions, every action money. */
function coherent(): MutableInput {
  return {
    period: { startYear: 2012, endYear: 2014 },
    tree: {
      areas: [
        {
          id: 'area-1',
          objectives: [{ id: 'obj-1', actions: [{ id: 'act-1' }, { id: 'act-2' }] }],
        },
      ],
    },
    availability: [
      { sourceCode: 'FNPS', year: 2012, amount: c(100_000), carryOver: c(0) },
      { sourceCode: 'FNPS', year: 2013, amount: c(50_000), carryOver: c(10_000) },
    ],
    allocations: [
      { actionId: 'act-1', sourceCode: 'FNPS', year: 2012, amount: c(60_000) },
      { actionId: 'act-2', sourceCode: 'FNPS', year: 2012, amount: c(40_000) },
      { actionId: 'act-2', sourceCode: 'FNPS', year: 2013, amount: c(60_000) },
    ],
    municipalShares: [{ year: 2012, total: c(1_000), parts: [c(600), c(400)] }],
  };
}

const codes = (ps: CoherenceProblem[]) => ps.map((p) => p.code);
const only = (ps: CoherenceProblem[], code: string) => ps.filter((p) => p.code === code);
const withAllocations = (allocations: Allocation[]): MutableInput => ({
  ...coherent(),
  allocations,
});
const withAvailability = (availability: FundingAvailability[]): MutableInput => ({
  ...coherent(),
  availability,
});

describe('checkCoherence', () => {
  it('finds nothing in a coherent plan (available money exactly used, carry-over counted)', () => {
    const problems = checkCoherence(coherent());
    expect(problems).toEqual([]);
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('blocks allocations above what a source makes available in a year', () => {
    const input = coherent();
    input.allocations.push({ actionId: 'act-1', sourceCode: 'FNPS', year: 2013, amount: c(1) });
    const [p, ...rest] = only(checkCoherence(input), 'ALLOCATION_EXCEEDS_AVAILABILITY');
    expect(rest).toEqual([]);
    expect(p).toEqual({
      code: 'ALLOCATION_EXCEEDS_AVAILABILITY',
      severity: 'blocking',
      target: { kind: 'allocation', sourceCode: 'FNPS', year: 2013 },
      data: { sourceCode: 'FNPS', year: 2013, allocated: 60_001, available: 60_000, excess: 1 },
    });
  });

  it('blocks money allocated from a source with no availability that year', () => {
    const input = withAllocations([
      ...coherent().allocations,
      { actionId: 'act-1', sourceCode: 'FSR', year: 2012, amount: c(500) },
      { actionId: 'act-2', sourceCode: 'FSR', year: 2012, amount: c(700) },
    ]);
    const problems = checkCoherence(input);
    expect(only(problems, 'ALLOCATION_UNKNOWN_SOURCE').map((p) => p.data)).toEqual([
      { sourceCode: 'FSR', year: 2012, allocated: 1_200, actions: 2 },
    ]);
    // not reported twice as an excess
    expect(codes(problems)).not.toContain('ALLOCATION_EXCEEDS_AVAILABILITY');
  });

  it('blocks allocations outside the period and warns about availability outside it', () => {
    const input = coherent();
    input.availability.push({ sourceCode: 'FNPS', year: 2015, amount: c(5), carryOver: c(0) });
    input.allocations.push({ actionId: 'act-1', sourceCode: 'FNPS', year: 2015, amount: c(5) });
    const problems = checkCoherence(input);
    expect(only(problems, 'ALLOCATION_OUTSIDE_PERIOD')).toEqual([
      {
        code: 'ALLOCATION_OUTSIDE_PERIOD',
        severity: 'blocking',
        target: { kind: 'allocation', id: 'act-1', sourceCode: 'FNPS', year: 2015 },
        data: {
          actionId: 'act-1',
          sourceCode: 'FNPS',
          year: 2015,
          amount: 5,
          startYear: 2012,
          endYear: 2014,
        },
      },
    ]);
    expect(only(problems, 'AVAILABILITY_OUTSIDE_PERIOD').map((p) => p.severity)).toEqual([
      'warning',
    ]);
  });

  it('blocks allocations to an action that is not in the plan', () => {
    const input = withAllocations([
      ...coherent().allocations,
      { actionId: 'deleted', sourceCode: 'FNPS', year: 2013, amount: c(0) },
    ]);
    expect(
      only(checkCoherence(input), 'ALLOCATION_UNKNOWN_ACTION').map((p) => p.target.id),
    ).toEqual(['deleted']);
  });

  it('warns about an action without money (zero or only outside the period)', () => {
    const input = withAllocations([
      { actionId: 'act-1', sourceCode: 'FNPS', year: 2012, amount: c(0) },
      { actionId: 'act-2', sourceCode: 'FNPS', year: 2012, amount: c(100) },
    ]);
    const problems = only(checkCoherence(input), 'ACTION_WITHOUT_MONEY');
    expect(problems).toEqual([
      {
        code: 'ACTION_WITHOUT_MONEY',
        severity: 'warning',
        target: { kind: 'action', id: 'act-1' },
        data: { areaId: 'area-1', objectiveId: 'obj-1' },
      },
    ]);
  });

  it('warns about areas without objectives and objectives without actions', () => {
    const input = coherent();
    input.tree = {
      areas: [
        ...input.tree.areas,
        { id: 'area-empty', objectives: [] },
        { id: 'area-2', objectives: [{ id: 'obj-empty', actions: [] }] },
      ],
    };
    const problems = checkCoherence(input);
    expect(only(problems, 'AREA_WITHOUT_OBJECTIVES').map((p) => p.target)).toEqual([
      { kind: 'area', id: 'area-empty' },
    ]);
    expect(only(problems, 'OBJECTIVE_WITHOUT_ACTIONS').map((p) => p.target)).toEqual([
      { kind: 'objective', id: 'obj-empty' },
    ]);
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('blocks municipal shares that do not add up to the total', () => {
    const input = coherent();
    input.municipalShares = [
      { year: 2012, total: c(1_000), parts: [c(600), c(399)] },
      { year: 2013, total: c(500), parts: [c(500)] },
    ];
    expect(only(checkCoherence(input), 'MUNICIPAL_SHARES_MISMATCH')).toEqual([
      {
        code: 'MUNICIPAL_SHARES_MISMATCH',
        severity: 'blocking',
        target: { kind: 'municipalShare', year: 2012 },
        data: { year: 2012, total: 1_000, sum: 999, difference: -1 },
      },
    ]);
  });

  it('blocks negative and absurd amounts wherever they are', () => {
    const input = withAvailability([
      { sourceCode: 'FNPS', year: 2012, amount: c(100_000), carryOver: c(-1) },
      { sourceCode: 'FNPS', year: 2013, amount: c(100_000_000_001), carryOver: c(0) },
    ]);
    input.municipalShares = [{ year: 2012, total: c(1_000), parts: [c(1_200), c(-200)] }];
    const problems = checkCoherence(input);
    expect(only(problems, 'NEGATIVE_AMOUNT').map((p) => [p.target.kind, p.data.field])).toEqual([
      ['availability', 'carryOver'],
      ['municipalShare', 'parts.1'],
    ]);
    expect(only(problems, 'AMOUNT_OUT_OF_RANGE').map((p) => p.data)).toEqual([
      { field: 'amount', amount: 100_000_000_001 },
    ]);
  });

  it('lists blocking problems before warnings, whatever the rule order', () => {
    const input = coherent();
    input.tree = { areas: [{ id: 'area-empty', objectives: [] }, ...input.tree.areas] };
    input.allocations.push({ actionId: 'act-1', sourceCode: 'FNPS', year: 2016, amount: c(1) });
    const expected = [
      'ALLOCATION_UNKNOWN_SOURCE',
      'ALLOCATION_OUTSIDE_PERIOD',
      'AREA_WITHOUT_OBJECTIVES',
    ];
    expect(codes(checkCoherence(input))).toEqual(expected);
    const reversed = checkCoherence(input, [...coherenceRules].reverse());
    expect(reversed.map((p) => p.severity)).toEqual(['blocking', 'blocking', 'warning']);
    expect(reversed[2]!.code).toBe('AREA_WITHOUT_OBJECTIVES');
    expect(hasBlockingProblems(reversed)).toBe(true);
  });
});

describe('coherenceRules', () => {
  it('is a listable table with unique, stable codes and a severity each', () => {
    const list = coherenceRules.map((r) => r.code);
    expect(new Set(list).size).toBe(list.length);
    expect(list).toEqual(
      expect.arrayContaining([
        'ALLOCATION_EXCEEDS_AVAILABILITY',
        'ALLOCATION_OUTSIDE_PERIOD',
        'AVAILABILITY_OUTSIDE_PERIOD',
        'ACTION_WITHOUT_MONEY',
        'AREA_WITHOUT_OBJECTIVES',
        'OBJECTIVE_WITHOUT_ACTIONS',
        'ALLOCATION_UNKNOWN_SOURCE',
        'MUNICIPAL_SHARES_MISMATCH',
        'NEGATIVE_AMOUNT',
      ]),
    );
    const blocking = coherenceRules.filter((r) => r.severity === 'blocking').map((r) => r.code);
    expect(blocking).toContain('ALLOCATION_EXCEEDS_AVAILABILITY');
    expect(blocking).not.toContain('ACTION_WITHOUT_MONEY');
  });

  it('lets a caller run a subset of rules', () => {
    const input = coherent();
    input.tree = { areas: [{ id: 'area-empty', objectives: [] }] };
    const rules = coherenceRules.filter((r) => r.code === 'AREA_WITHOUT_OBJECTIVES');
    expect(codes(checkCoherence(input, rules))).toEqual(['AREA_WITHOUT_OBJECTIVES']);
  });
});

describe('coherence of leads and indicators', () => {
  type Ind = NonNullable<CoherenceInput['indicators']>[number];
  const indicator = (over: Partial<Ind> = {}): Ind => ({
    id: 'ind-1',
    name: 'Famiglie prese in carico',
    objectiveId: 'obj-1',
    actionId: null,
    baselineYear: 2011,
    targets: [
      { year: 2012, value: 10 },
      { year: 2013, value: 12.5 },
      { year: 2014, value: 15 },
    ],
    partialPercent: 60,
    achievedPercent: 100,
    ...over,
  });
  /** The coherent plan with leads on every action and one complete indicator per objective. */
  const withIndicators = (...indicators: Ind[]): MutableInput => ({
    ...coherent(),
    tree: {
      areas: [
        {
          id: 'area-1',
          objectives: [
            {
              id: 'obj-1',
              actions: [
                { id: 'act-1', leadOrganizationId: 'org-1' },
                { id: 'act-2', leadOrganizationId: 'org-2' },
              ],
            },
          ],
        },
      ],
    },
    indicators,
  });

  it('finds nothing when every action has a lead and every objective a complete indicator', () => {
    expect(checkCoherence(withIndicators(indicator()))).toEqual([]);
  });

  it('stays silent on leads and indicators a caller did not load', () => {
    expect(checkCoherence(coherent())).toEqual([]);
  });

  it('warns about an action whose lead organization is not chosen', () => {
    const input = withIndicators(indicator());
    input.tree = {
      areas: [
        {
          id: 'area-1',
          objectives: [
            {
              id: 'obj-1',
              actions: [
                { id: 'act-1', leadOrganizationId: null },
                { id: 'act-2', leadOrganizationId: 'org-2' },
              ],
            },
          ],
        },
      ],
    };
    expect(checkCoherence(input)).toEqual([
      {
        code: 'ACTION_WITHOUT_LEAD',
        severity: 'warning',
        target: { kind: 'action', id: 'act-1' },
        data: { areaId: 'area-1', objectiveId: 'obj-1' },
      },
    ]);
  });

  it('warns about an objective measured by no indicator of its own', () => {
    const onAction = indicator({ objectiveId: null, actionId: 'act-1' });
    expect(checkCoherence(withIndicators(onAction))).toEqual([
      {
        code: 'OBJECTIVE_WITHOUT_INDICATORS',
        severity: 'warning',
        target: { kind: 'objective', id: 'obj-1' },
        data: { areaId: 'area-1' },
      },
    ]);
  });

  it('blocks an indicator lacking a target for some years of the plan, listing them', () => {
    const partial = indicator({ targets: [{ year: 2013, value: 4 }] });
    expect(checkCoherence(withIndicators(partial))).toEqual([
      {
        code: 'INDICATOR_WITHOUT_TARGETS',
        severity: 'blocking',
        target: { kind: 'indicator', id: 'ind-1' },
        data: {
          name: 'Famiglie prese in carico',
          objectiveId: 'obj-1',
          missingYears: '2012, 2014',
          missing: 2,
        },
      },
    ]);
    const none = checkCoherence(withIndicators(indicator({ targets: [] })));
    expect(only(none, 'INDICATOR_WITHOUT_TARGETS')[0]!.data.missingYears).toBe('2012, 2013, 2014');
  });

  it('blocks a target set for a year outside the plan, naming the owner action', () => {
    const ind = indicator({
      objectiveId: null,
      actionId: 'act-2',
      targets: [...indicator().targets, { year: 2016, value: 20 }],
    });
    const problems = checkCoherence(withIndicators(indicator({ id: 'ind-0' }), ind));
    expect(only(problems, 'INDICATOR_TARGET_OUTSIDE_PERIOD')).toEqual([
      {
        code: 'INDICATOR_TARGET_OUTSIDE_PERIOD',
        severity: 'blocking',
        target: { kind: 'indicator', id: 'ind-1', year: 2016 },
        data: {
          name: 'Famiglie prese in carico',
          actionId: 'act-2',
          year: 2016,
          value: 20,
          startYear: 2012,
          endYear: 2014,
        },
      },
    ]);
    expect(hasBlockingProblems(problems)).toBe(true);
  });

  it('warns about a baseline measured after the plan starts (but not in its first year)', () => {
    expect(checkCoherence(withIndicators(indicator({ baselineYear: 2012 })))).toEqual([]);
    expect(checkCoherence(withIndicators(indicator({ baselineYear: null })))).toEqual([]);
    const late = checkCoherence(withIndicators(indicator({ baselineYear: 2013 })));
    expect(late.map((p) => [p.code, p.severity, p.data.baselineYear, p.data.startYear])).toEqual([
      ['INDICATOR_BASELINE_AFTER_START', 'warning', 2013, 2012],
    ]);
  });

  it('blocks thresholds where "partly reached" starts above "reached"', () => {
    expect(
      checkCoherence(withIndicators(indicator({ partialPercent: 100, achievedPercent: 100 }))),
    ).toEqual([]);
    const inverted = checkCoherence(
      withIndicators(indicator({ partialPercent: 90, achievedPercent: 80 })),
    );
    expect(inverted.map((p) => [p.code, p.severity, p.data])).toEqual([
      [
        'INDICATOR_THRESHOLDS_INVERTED',
        'blocking',
        {
          name: 'Famiglie prese in carico',
          objectiveId: 'obj-1',
          partialPercent: 90,
          achievedPercent: 80,
        },
      ],
    ]);
  });
});
