import { describe, expect, it } from 'vitest';
import { isValidInPeriod, isValidInYear, validityText } from './validity';

describe('validity years of a classification item', () => {
  const pnrr = { validFrom: 2021, validTo: 2026 };
  const fnps = { validFrom: 1998, validTo: null };

  it('is valid in the years between its bounds, both included; no bound means no limit', () => {
    expect([2020, 2021, 2026, 2027].map((y) => isValidInYear(pnrr, y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isValidInYear(fnps, 2090)).toBe(true);
    expect(isValidInYear({}, 1900)).toBe(true);
  });

  it('can fund a plan when it is valid in at least one of its years', () => {
    expect(isValidInPeriod(pnrr, { startYear: 2012, endYear: 2014 })).toBe(false);
    expect(isValidInPeriod(pnrr, { startYear: 2019, endYear: 2021 })).toBe(true);
    expect(isValidInPeriod(pnrr, { startYear: 2026, endYear: 2028 })).toBe(true);
    expect(isValidInPeriod(pnrr, { startYear: 2027, endYear: 2029 })).toBe(false);
    expect(
      isValidInPeriod({ validFrom: null, validTo: null }, { startYear: 2000, endYear: 2002 }),
    ).toBe(true);
  });

  it('says the years in the words of the API', () => {
    expect(validityText(pnrr)).toBe('from 2021 to 2026');
    expect(validityText(fnps)).toBe('from 1998');
    expect(validityText({ validTo: 2010 })).toBe('until 2010');
    expect(validityText({})).toBe('in every year');
  });
});
