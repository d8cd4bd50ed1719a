import { describe, it, expect } from 'vitest';
import { checkCoherence } from '.';
import { c, coherent, codes, only, withAllocations, withAvailability } from './test-plans';

describe('coherence of money', () => {
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

  it('blocks a plan with no money available or none allocated in its years', () => {
    const none = only(checkCoherence(withAvailability([])), 'PLAN_WITHOUT_MONEY');
    expect(none.map((p) => [p.severity, p.target, p.data])).toEqual([
      [
        'blocking',
        { kind: 'budget' },
        { available: 0, allocated: 160_000, startYear: 2012, endYear: 2014 },
      ],
    ]);
    const unallocated = only(checkCoherence(withAllocations([])), 'PLAN_WITHOUT_MONEY');
    expect(unallocated.map((p) => p.data)).toEqual([
      { available: 160_000, allocated: 0, startYear: 2012, endYear: 2014 },
    ]);
    // money only outside the plan's years does not fund it
    const outside = withAvailability([
      { sourceCode: 'FNPS', year: 2015, amount: c(100), carryOver: c(0) },
    ]);
    outside.allocations = [{ actionId: 'act-1', sourceCode: 'FNPS', year: 2015, amount: c(100) }];
    expect(codes(checkCoherence(outside))).toContain('PLAN_WITHOUT_MONEY');
    expect(codes(checkCoherence(coherent()))).not.toContain('PLAN_WITHOUT_MONEY');
  });
});
