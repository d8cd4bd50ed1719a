import { describe, it, expect } from 'vitest';
import { checkCoherence, hasBlockingProblems } from '.';
import { coherent, only, indicator, withIndicators } from './test-plans';

describe('coherence of leads and indicators', () => {
  it('finds nothing when every action has a lead and every objective a complete indicator', () => {
    expect(checkCoherence(withIndicators(indicator()))).toEqual([]);
  });

  it('stays silent on leads and indicators a caller did not load', () => {
    expect(checkCoherence(coherent())).toEqual([]);
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
