import { describe, it, expect } from 'vitest';
import { formatPeriod, periodSchema, periodYears } from './period';

function issuesOf(value: unknown) {
  const r = periodSchema.safeParse(value);
  expect(r.success).toBe(false);
  return r.error!.issues;
}

describe('periodSchema', () => {
  it('accepts a three-year round and a single year', () => {
    expect(periodSchema.parse({ startYear: 2012, endYear: 2014 })).toEqual({
      startYear: 2012,
      endYear: 2014,
    });
    expect(periodSchema.safeParse({ startYear: 2020, endYear: 2020 }).success).toBe(true);
  });

  it('refuses an end year before the start year, naming endYear', () => {
    const issues = issuesOf({ startYear: 2014, endYear: 2012 });
    expect(issues.map((i) => i.path)).toContainEqual(['endYear']);
    expect(issues.map((i) => i.message)).toContain('endYear must not precede startYear');
  });

  it('accepts six years but refuses more, naming endYear', () => {
    expect(periodSchema.safeParse({ startYear: 2012, endYear: 2017 }).success).toBe(true);
    const issues = issuesOf({ startYear: 2012, endYear: 2018 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['endYear']);
    expect(issues[0]!.message).toBe('a planning round lasts at most six years');
  });

  it('refuses fractional years and years out of range', () => {
    expect(periodSchema.safeParse({ startYear: 2012.5, endYear: 2014 }).success).toBe(false);
    expect(periodSchema.safeParse({ startYear: 1999, endYear: 2001 }).success).toBe(false);
    expect(periodSchema.safeParse({ startYear: 2100, endYear: 2101 }).success).toBe(false);
  });
});

describe('formatPeriod and periodYears', () => {
  it('writes the round with an en dash', () => {
    expect(formatPeriod({ startYear: 2012, endYear: 2014 })).toBe('2012–2014');
  });

  it('lists every year of the round, inclusive', () => {
    expect(periodYears({ startYear: 2012, endYear: 2014 })).toEqual([2012, 2013, 2014]);
    expect(periodYears({ startYear: 2020, endYear: 2020 })).toEqual([2020]);
  });
});
