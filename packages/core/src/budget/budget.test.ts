import { describe, it, expect } from 'vitest';
import type { Cents } from '../shared/money';
import {
  allocationInput,
  availabilityInput,
  divideRoundHalfUp,
  orderSources,
  sumBy,
  totalAvailable,
} from './budget';

const actionId = '44444444-4444-4444-8444-444444444444';

describe('availabilityInput', () => {
  it('accepts whole cents and defaults the carry-over to zero', () => {
    expect(availabilityInput.parse({ sourceCode: ' FNPS ', year: 2012, amount: 12345 })).toEqual({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 12345,
      carryOver: 0,
    });
  });

  it.each([
    ['amount', -1, 'amount must not be negative'],
    ['amount', 10.5, 'amount must be a whole number of cents'],
    ['amount', 100_000_000_001, 'amount is above one billion euro'],
    ['carryOver', -100, 'carryOver must not be negative'],
  ])('refuses %s = %s naming the field', (field, value, message) => {
    const r = availabilityInput.safeParse({
      sourceCode: 'FNPS',
      year: 2012,
      amount: 100,
      [field]: value,
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path, i.message])).toEqual([[[field], message]]);
  });

  it('accepts exactly one billion euro', () => {
    expect(
      availabilityInput.safeParse({ sourceCode: 'FSR', year: 2013, amount: 100_000_000_000 })
        .success,
    ).toBe(true);
  });
});

describe('allocationInput', () => {
  it('refuses a negative amount and an empty source code, naming both fields', () => {
    const r = allocationInput.safeParse({ actionId, sourceCode: ' ', year: 2012, amount: -5 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['amount', 'sourceCode']);
  });
});

describe('budget helpers', () => {
  it('adds the carry-over to what a source makes available', () => {
    expect(totalAvailable({ amount: 1000 as Cents, carryOver: 250 as Cents })).toBe(1250);
  });

  it('sums per key in order of first appearance', () => {
    const totals = sumBy(
      [
        { k: 'b', v: 1 },
        { k: 'a', v: 2 },
        { k: 'b', v: 3 },
      ],
      (x) => x.k,
      (x) => x.v,
    );
    expect([...totals]).toEqual([
      ['b', 4],
      ['a', 2],
    ]);
  });

  it('rounds half up', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(7, 3)).toBe(2);
    expect(divideRoundHalfUp(8, 3)).toBe(3);
  });

  it('orders sources by a given order, then by code', () => {
    expect(orderSources(['FSR', 'COM', 'FNPS', 'ATS'], ['FNPS', 'FSR', 'MISSING'])).toEqual([
      'FNPS',
      'FSR',
      'ATS',
      'COM',
    ]);
  });
});
