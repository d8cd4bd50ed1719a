import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { formatResidentsPerWorker, socialWorkerCoverage, socialWorkerCoverageByYear } from './leps';

const met = (c: ReturnType<typeof socialWorkerCoverage>) =>
  c.thresholds.map((t) => [t.residentsPerWorker, t.isMet]);

describe('socialWorkerCoverage, the Pavia district (99,958 residents)', () => {
  it('15 FTE: 1:6,664, no threshold met; 0.38 FTE short of the contribution floor', () => {
    const c = socialWorkerCoverage({ year: 2012, fte: 15, residents: 99958 });
    expect(c.residentsPerWorker).toBeCloseTo(6663.8667, 3);
    expect(formatResidentsPerWorker(c.residentsPerWorker)).toBe('1:6.664');
    expect(met(c)).toEqual([
      [6500, false],
      [5000, false],
      [4000, false],
    ]);
    expect(c.thresholds[0]!.missingFte).toBeCloseTo(0.378, 3);
    expect(c.thresholds[1]!.requiredFte).toBeCloseTo(19.9916, 4);
  });

  it('16 FTE meets 1:6,500 only; 20 FTE meets the LEPS 1:5,000 too; 25 FTE meets 1:4,000', () => {
    expect(met(socialWorkerCoverage({ year: 2012, fte: 16, residents: 99958 }))).toEqual([
      [6500, true],
      [5000, false],
      [4000, false],
    ]);
    const twenty = socialWorkerCoverage({ year: 2012, fte: 20, residents: 99958 });
    expect(met(twenty)).toEqual([
      [6500, true],
      [5000, true],
      [4000, false],
    ]);
    expect(twenty.thresholds[1]!.missingFte).toBe(0);
    expect(twenty.thresholds[2]!.missingFte).toBeCloseTo(4.9895, 4);
    expect(twenty.workersPer5000).toBeCloseTo(1.00042, 5);
    expect(met(socialWorkerCoverage({ year: 2012, fte: 25, residents: 99958 }))).toEqual([
      [6500, true],
      [5000, true],
      [4000, true],
    ]);
  });

  it('a ratio exactly on the threshold meets it, fractions of FTE included', () => {
    expect(met(socialWorkerCoverage({ year: 2012, fte: 2, residents: 10000 }))[1]).toEqual([
      5000,
      true,
    ]);
    // 0.7 + 0.1 is 0.7999999999999999 in floating point
    expect(met(socialWorkerCoverage({ year: 2012, fte: 0.7 + 0.1, residents: 3200 }))[2]).toEqual([
      4000,
      true,
    ]);
  });

  it('no social workers: no ratio and nothing met', () => {
    const c = socialWorkerCoverage({ year: 2012, fte: 0, residents: 500 });
    expect(c.residentsPerWorker).toBeNull();
    expect(formatResidentsPerWorker(c.residentsPerWorker)).toBe('—');
    expect(c.thresholds.every((t) => !t.isMet)).toBe(true);
  });

  it('uses thresholds given as data, strictest last', () => {
    const c = socialWorkerCoverage({ year: 2012, fte: 3, residents: 9000 }, [
      { code: 'B', residentsPerWorker: 2000, label: 'b' },
      { code: 'A', residentsPerWorker: 3000, label: 'a' },
    ]);
    expect(c.thresholds.map((t) => [t.code, t.isMet])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  it('refuses negative FTE or fractional residents naming the field', () => {
    try {
      socialWorkerCoverage({ year: 2012, fte: -1, residents: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('VALIDATION_FAILED');
      expect((e as DomainError).issues!.map((i) => i.field)).toEqual(['fte', 'residents']);
    }
  });
});

describe('socialWorkerCoverageByYear', () => {
  it('adds up staff of the same year and lists years missing one side', () => {
    const r = socialWorkerCoverageByYear(
      [
        { year: 2012, fte: 10 },
        { year: 2012, fte: 6.5 },
        { year: 2013, fte: 17 },
        { year: 2015, fte: 18 },
      ],
      [
        { year: 2012, residents: 99958 },
        { year: 2013, residents: 100400 },
        { year: 2014, residents: 100900 },
      ],
    );
    expect(r.years.map((y) => [y.year, y.fte, Math.round(y.residentsPerWorker!)])).toEqual([
      [2012, 16.5, 6058],
      [2013, 17, 5906],
    ]);
    expect(r.yearsWithoutData).toEqual([2014, 2015]);
  });
});
