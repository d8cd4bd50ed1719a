import { describe, it, expect } from 'vitest';
import { DomainError } from '../shared/errors';
import type { Cents } from '../shared/money';
import { splitMunicipalShare, type MunicipalityWeight } from './municipal-share';

// The 12 municipalities of the Distretto di Pavia, 2011 census (total 99,958).
const pavia: MunicipalityWeight[] = [
  68280, 6586, 5738, 4361, 3788, 3223, 2395, 1653, 1516, 1146, 770, 502,
].map((population, i) => ({ id: `m${String(i + 1).padStart(2, '0')}`, population }));

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const c = (n: number) => n as Cents;

function validationIssues(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('VALIDATION_FAILED');
    return ((e as DomainError).issues ?? []).map((i) => i.field);
  }
  throw new Error('expected a validation error');
}

describe('splitMunicipalShare', () => {
  it('splits 100,00 € per inhabitant over Pavia exactly, largest remainders get the cent', () => {
    const rows = splitMunicipalShare(c(10000), pavia, { kind: 'perInhabitant' });
    expect(rows.map((r) => r.amount)).toEqual([
      6831, 659, 574, 436, 379, 322, 240, 165, 152, 115, 77, 50,
    ]);
    expect(sum(rows.map((r) => r.amount))).toBe(10000);
    expect(rows.map((r) => r.id)).toEqual(pavia.map((m) => m.id));
    expect(rows.every((r) => r.equalPart === 0 && r.byPopulation === r.amount)).toBe(true);
  });

  it('splits 100,00 € with 70 % by population and 30 % in equal parts', () => {
    const rows = splitMunicipalShare(c(10000), pavia, {
      kind: 'mixed',
      populationBasisPoints: 7000,
    });
    expect(rows.map((r) => r.byPopulation)).toEqual([
      4782, 461, 402, 305, 265, 226, 168, 116, 106, 80, 54, 35,
    ]);
    expect(rows.every((r) => r.equalPart === 250)).toBe(true);
    expect(rows.map((r) => r.amount)).toEqual(rows.map((r) => r.byPopulation + 250));
    expect(sum(rows.map((r) => r.amount))).toBe(10000);
  });

  it('gives leftover cents of equal parts to the larger population, then to the smaller id', () => {
    const rows = splitMunicipalShare(
      c(101),
      [
        { id: 'b', population: 10 },
        { id: 'a', population: 10 },
        { id: 'c', population: 500 },
      ],
      { kind: 'mixed', populationBasisPoints: 0 },
    );
    expect(rows.map((r) => [r.id, r.amount])).toEqual([
      ['b', 33],
      ['a', 34],
      ['c', 34],
    ]);
  });

  it('splits by fixed percentages in basis points', () => {
    const rows = splitMunicipalShare(c(1001), pavia.slice(0, 3), {
      kind: 'fixed',
      shares: { m01: 5000, m02: 3000, m03: 2000 },
    });
    expect(rows.map((r) => r.amount)).toEqual([501, 300, 200]);
    expect(rows.map((r) => r.fixedPart)).toEqual([501, 300, 200]);
  });

  it('refuses fixed shares that do not add up to 100 %, naming the field', () => {
    const fields = validationIssues(() =>
      splitMunicipalShare(c(1000), pavia.slice(0, 2), {
        kind: 'fixed',
        shares: { m01: 5000, m02: 4999 },
      }),
    );
    expect(fields).toEqual(['rule.shares']);
  });

  it('refuses unknown ids and negative shares in fixed rules', () => {
    const fields = validationIssues(() =>
      splitMunicipalShare(c(1000), pavia.slice(0, 2), {
        kind: 'fixed',
        shares: { m01: 11000, m02: -2000, x99: 1000 },
      }),
    );
    expect(fields).toEqual(
      expect.arrayContaining(['rule.shares.m02', 'rule.shares.x99', 'rule.shares.m01']),
    );
    expect(fields).not.toContain('rule.shares');
  });

  it('refuses negative totals, negative populations and an all-zero population', () => {
    expect(
      validationIssues(() => splitMunicipalShare(c(-1), pavia, { kind: 'perInhabitant' })),
    ).toEqual(['total']);
    expect(
      validationIssues(() =>
        splitMunicipalShare(c(100), [{ id: 'a', population: -5 }], { kind: 'perInhabitant' }),
      ),
    ).toContain('municipalities.0.population');
    const zero = [
      { id: 'a', population: 0 },
      { id: 'b', population: 0 },
    ];
    expect(
      validationIssues(() => splitMunicipalShare(c(100), zero, { kind: 'perInhabitant' })),
    ).toEqual(['municipalities']);
    // equal parts alone do not need a population
    expect(
      splitMunicipalShare(c(100), zero, { kind: 'mixed', populationBasisPoints: 0 }).map(
        (r) => r.amount,
      ),
    ).toEqual([50, 50]);
  });

  it('refuses a mixed rule above 100 % by population', () => {
    expect(
      validationIssues(() =>
        splitMunicipalShare(c(100), pavia, { kind: 'mixed', populationBasisPoints: 10001 }),
      ),
    ).toEqual(['rule.populationBasisPoints']);
  });

  it('always sums exactly to the total, with every part within a cent of its fair share', () => {
    // mulberry32: a tiny seeded PRNG so the loop is reproducible without a dependency
    let seed = 20120326;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const totalPopulation = sum(pavia.map((m) => m.population));
    for (let run = 0; run < 500; run += 1) {
      const total = Math.floor(random() * 100_000_000_000);
      const bp = Math.floor(random() * 10001);
      const perHead = splitMunicipalShare(c(total), pavia, { kind: 'perInhabitant' });
      expect(sum(perHead.map((r) => r.amount))).toBe(total);
      perHead.forEach((r, i) => {
        const fair = (total * pavia[i]!.population) / totalPopulation;
        expect(Math.abs(r.amount - fair)).toBeLessThan(1.001);
      });
      const mixed = splitMunicipalShare(c(total), pavia, {
        kind: 'mixed',
        populationBasisPoints: bp,
      });
      expect(sum(mixed.map((r) => r.amount))).toBe(total);
      const equal = mixed.map((r) => r.equalPart);
      expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
    }
  });
});
