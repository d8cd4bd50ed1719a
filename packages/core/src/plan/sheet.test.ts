import { describe, expect, it } from 'vitest';
import {
  actionDetailInput,
  defaultGrading,
  gradingMessages,
  objectiveSheetInput,
  objectiveSheetSchema,
  staffLineSchema,
} from './sheet';

describe('staff FTE', () => {
  it('accepts every value with at most two decimals from 0.01 to 10.00', () => {
    const refused: number[] = [];
    for (let c = 1; c <= 1000; c += 1) {
      const fte = Number((c / 100).toFixed(2));
      if (!staffLineSchema.safeParse({ profileCode: 'AS', fte }).success) refused.push(fte);
    }
    expect(refused).toEqual([]);
  });

  it('refuses a third decimal and negative values', () => {
    expect(staffLineSchema.safeParse({ profileCode: 'AS', fte: 1.125 }).success).toBe(false);
    expect(staffLineSchema.safeParse({ profileCode: 'AS', fte: -1 }).success).toBe(false);
  });
});

describe('objective sheet input', () => {
  it('names the field of a grading range whose end precedes its start', () => {
    const r = objectiveSheetInput.shape.grading.safeParse([
      { fromPercent: 50, toPercent: 40, label: 'Parziale' },
    ]);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual([0, 'toPercent']);
  });
});

describe('grading ranges', () => {
  const grading = objectiveSheetInput.shape.grading;
  const range = (fromPercent: number, toPercent: number, label = 'Fascia') => ({
    fromPercent,
    toPercent,
    label,
  });
  /** each issue as its path joined with dots and its message */
  const issues = (ranges: unknown) => {
    const r = grading.safeParse(ranges);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('accepts the default grading and any ranges covering 0–100 % in order without overlap', () => {
    expect(issues(defaultGrading)).toEqual([]);
    expect(issues([range(0, 100)])).toEqual([]);
    expect(issues([range(0, 0), range(1, 99), range(100, 100)])).toEqual([]);
  });

  it('refuses a bound above 100 % or below 0 %, naming the bound', () => {
    expect(issues([range(0, 49), range(50, 600)])).toContainEqual([
      '1.toPercent',
      gradingMessages.percent,
    ]);
    expect(issues([range(-5, 100)])).toContainEqual(['0.fromPercent', gradingMessages.percent]);
    expect(issues([range(0, 50.5), range(51, 100)])).toContainEqual([
      '0.toPercent',
      gradingMessages.percent,
    ]);
  });

  it('refuses overlapping ranges, gaps and ranges out of order on the bound to fix', () => {
    expect(issues([range(0, 60), range(50, 100)])).toEqual([
      ['1.fromPercent', gradingMessages.overlap],
    ]);
    expect(issues([range(0, 40), range(50, 100)])).toEqual([
      ['1.fromPercent', gradingMessages.gap],
    ]);
    expect(issues([range(0, 49), range(90, 100), range(50, 89)])).toContainEqual([
      '2.fromPercent',
      gradingMessages.ascending,
    ]);
  });

  it('must cover every result from 0 % to 100 %, with at least one range', () => {
    expect(issues([range(10, 100)])).toEqual([['0.fromPercent', gradingMessages.start]]);
    expect(issues([range(0, 49), range(50, 90)])).toEqual([['1.toPercent', gradingMessages.end]]);
    expect(issues([])).toEqual([['', gradingMessages.empty]]);
  });

  it('names the field of a range whose end precedes its start', () => {
    expect(issues([range(0, 49), range(60, 40), range(61, 100)])).toContainEqual([
      '1.toPercent',
      gradingMessages.order,
    ]);
  });

  it('still reads ranges stored before the rule was checked', () => {
    const stored = objectiveSheetSchema.shape.grading.safeParse([range(0, 600)]);
    expect(stored.success).toBe(true);
  });
});

describe('action detail input', () => {
  it('takes ISO dates only', () => {
    expect(actionDetailInput.shape.startDate.safeParse('2012-03-01').success).toBe(true);
    expect(actionDetailInput.shape.startDate.safeParse('01/03/2012').success).toBe(false);
  });
});
