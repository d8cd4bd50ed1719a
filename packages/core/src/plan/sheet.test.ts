import { describe, expect, it } from 'vitest';
import { actionDetailInput, objectiveSheetInput, staffLineSchema } from './sheet';

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

describe('action detail input', () => {
  it('takes ISO dates only', () => {
    expect(actionDetailInput.shape.startDate.safeParse('2012-03-01').success).toBe(true);
    expect(actionDetailInput.shape.startDate.safeParse('01/03/2012').success).toBe(false);
  });
});
