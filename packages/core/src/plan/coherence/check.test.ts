import { describe, it, expect } from 'vitest';
import { checkCoherence, coherenceRules, hasBlockingProblems } from '.';
import { c, coherent, codes } from './test-plans';

describe('checkCoherence', () => {
  it('finds nothing in a coherent plan (available money exactly used, carry-over counted)', () => {
    const problems = checkCoherence(coherent());
    expect(problems).toEqual([]);
    expect(hasBlockingProblems(problems)).toBe(false);
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
  it('keeps the order of the table, which is the order of problems of the same severity', () => {
    expect(coherenceRules.map((r) => r.code)).toEqual([
      'PLAN_WITHOUT_OBJECTIVES',
      'PLAN_WITHOUT_ACTIONS',
      'PLAN_WITHOUT_MONEY',
      'NEGATIVE_AMOUNT',
      'AMOUNT_OUT_OF_RANGE',
      'ALLOCATION_EXCEEDS_AVAILABILITY',
      'ALLOCATION_UNKNOWN_SOURCE',
      'ALLOCATION_UNKNOWN_ACTION',
      'ALLOCATION_OUTSIDE_PERIOD',
      'MUNICIPAL_SHARES_MISMATCH',
      'INDICATOR_WITHOUT_TARGETS',
      'INDICATOR_TARGET_OUTSIDE_PERIOD',
      'INDICATOR_THRESHOLDS_INVERTED',
      'AVAILABILITY_OUTSIDE_PERIOD',
      'ACTION_WITHOUT_MONEY',
      'ACTION_WITHOUT_LEAD',
      'OBJECTIVE_WITHOUT_INDICATORS',
      'INDICATOR_BASELINE_AFTER_START',
      'AREA_WITHOUT_OBJECTIVES',
      'OBJECTIVE_WITHOUT_ACTIONS',
    ]);
  });

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
