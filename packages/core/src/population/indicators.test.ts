import { describe, expect, it } from 'vitest';
import {
  computeDemographicIndicators,
  demographicChanges,
  districtDemography,
  municipalityDemography,
  populationInAgeRange,
  standardAgeBands,
  valueChange,
} from './indicators';
import type { Age, PopulationCount, PopulationDataset, Sex } from './population';

const pc = (
  istatCode: string,
  year: number,
  sex: Sex,
  age: Age,
  count: number,
): PopulationCount => ({
  istatCode,
  year,
  sex,
  age,
  count,
});

// A tiny municipality, figures chosen so that every formula gives a different number.
const tiny: PopulationCount[] = [
  pc('018999', 2012, 'M', 0, 10),
  pc('018999', 2012, 'F', 1, 5),
  pc('018999', 2012, 'M', 2, 3),
  pc('018999', 2012, 'F', 4, 6),
  pc('018999', 2012, 'M', 10, 4),
  pc('018999', 2012, 'F', 14, 2),
  pc('018999', 2012, 'M', 15, 5),
  pc('018999', 2012, 'F', 30, 40),
  pc('018999', 2012, 'M', 64, 20),
  pc('018999', 2012, 'M', 65, 12),
  pc('018999', 2012, 'F', 80, 21),
  pc('018999', 2012, 'F', 100, 3),
];

describe('computeDemographicIndicators', () => {
  const ind = computeDemographicIndicators({
    year: 2012,
    counts: tiny,
    foreignResidents: 13,
    households: 50,
    householdMembers: null,
  });

  it('sums residents by sex and by the standard age bands', () => {
    expect([ind.residents, ind.males, ind.females]).toEqual([131, 54, 77]);
    expect(ind.ageBands.map((b) => [b.code, b.males, b.females, b.total])).toEqual([
      ['0-2', 13, 5, 18],
      ['3-5', 0, 6, 6],
      ['6-10', 4, 0, 4],
      ['11-13', 0, 0, 0],
      ['14-17', 5, 2, 7],
      ['18-24', 0, 0, 0],
      ['25-44', 0, 40, 40],
      ['45-64', 20, 0, 20],
      ['65-74', 12, 0, 12],
      ['75-84', 0, 21, 21],
      ['85+', 0, 3, 3],
    ]);
    expect([ind.youth, ind.workingAge, ind.elderly]).toEqual([30, 65, 36]);
  });

  it('computes the old-age index and the dependency ratios', () => {
    expect(ind.oldAgeIndex).toBeCloseTo(120, 10); // 36 / 30 × 100
    expect(ind.structuralDependency).toBeCloseTo(101.538461538, 6); // 66 / 65 × 100
    expect(ind.elderlyDependency).toBeCloseTo(55.384615385, 6); // 36 / 65 × 100
    expect(ind.youthDependency).toBeCloseTo(46.153846154, 6); // 30 / 65 × 100
  });

  it('computes the foreign share and the average household size', () => {
    expect(ind.foreignShare).toBeCloseTo(9.923664122, 6); // 13 / 131 × 100
    expect(ind.averageHouseholdSize).toBeCloseTo(2.62, 10); // 131 / 50
    const withMembers = computeDemographicIndicators({
      year: 2012,
      counts: tiny,
      foreignResidents: null,
      households: 50,
      householdMembers: 125,
    });
    expect(withMembers.averageHouseholdSize).toBeCloseTo(2.5, 10);
    expect(withMembers.foreignShare).toBeNull();
  });

  it('gives null, never NaN or Infinity, when a denominator is zero', () => {
    const onlyOld = computeDemographicIndicators({
      year: 2012,
      counts: [pc('018999', 2012, 'F', 90, 4)],
      foreignResidents: 1,
      households: 0,
      householdMembers: null,
    });
    expect(onlyOld.oldAgeIndex).toBeNull();
    expect(onlyOld.structuralDependency).toBeNull();
    expect(onlyOld.youthDependency).toBeNull();
    expect(onlyOld.averageHouseholdSize).toBeNull();
    const empty = computeDemographicIndicators({
      year: 2012,
      counts: [],
      foreignResidents: 0,
      households: null,
      householdMembers: null,
    });
    expect(empty.residents).toBe(0);
    expect(empty.foreignShare).toBeNull();
    for (const v of Object.values(empty))
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('uses bands given as bands, and says unknown where a band straddles a boundary', () => {
    const banded = [
      pc('018999', 2012, 'M', { from: 0, to: 2 }, 7),
      pc('018999', 2012, 'M', { from: 10, to: 19 }, 9),
      pc('018999', 2012, 'F', { from: 85, to: null }, 4),
    ];
    const r = computeDemographicIndicators({
      year: 2012,
      counts: banded,
      foreignResidents: null,
      households: null,
      householdMembers: null,
    });
    expect(r.ageBands.find((b) => b.code === '0-2')!.total).toBe(7);
    expect(r.ageBands.find((b) => b.code === '85+')!.total).toBe(4);
    expect(r.ageBands.find((b) => b.code === '11-13')!.total).toBeNull();
    expect(r.youth).toBeNull();
    expect(r.oldAgeIndex).toBeNull();
    expect(r.elderly).toBe(4);
    expect(populationInAgeRange(banded, 0, 9)).toBe(7);
  });
});

describe('changes between years', () => {
  it('gives absolute and percent change, null from zero', () => {
    expect(valueChange(200, 230)).toEqual({ absolute: 30, percent: 15 });
    expect(valueChange(0, 5)).toEqual({ absolute: 5, percent: null });
    expect(valueChange(null, 5)).toEqual({ absolute: null, percent: null });
  });

  it('lists year on year changes and first to last', () => {
    const series = municipalityDemography({
      population: [
        pc('018999', 2014, 'F', 70, 110),
        pc('018999', 2012, 'F', 70, 100),
        pc('018999', 2013, 'F', 70, 90),
        pc('018999', 2013, 'M', 5, 10),
      ],
      foreignResidents: [],
      households: [],
    })[0]!.years;
    const { yearOnYear, overall } = demographicChanges(series);
    expect(yearOnYear.map((c) => [c.fromYear, c.toYear, c.residents.absolute])).toEqual([
      [2012, 2013, 0],
      [2013, 2014, 10],
    ]);
    expect(overall!.residents).toEqual({ absolute: 10, percent: 10 });
    expect(overall!.elderly).toEqual({ absolute: 10, percent: 10 });
    expect(overall!.ageBands.find((b) => b.code === '65-74')!.change.absolute).toBe(10);
    expect(demographicChanges(series.slice(0, 1)).overall).toBeNull();
  });
});

// A small deterministic generator for property tests (no extra dependency).
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDataset(seed: number): PopulationDataset {
  const r = rng(seed);
  const codes = Array.from(
    { length: 1 + Math.floor(r() * 5) },
    (_, i) => `0181${String(i).padStart(2, '0')}`,
  );
  const years = [2012, 2013];
  const ds: PopulationDataset = { population: [], foreignResidents: [], households: [] };
  for (const code of codes)
    for (const year of years) {
      for (let age = 0; age <= 100; age += 1 + Math.floor(r() * 6))
        for (const sex of ['M', 'F'] as const)
          ds.population.push(pc(code, year, sex, age, Math.floor(r() * 300)));
      ds.foreignResidents.push({ istatCode: code, year, count: Math.floor(r() * 500) });
      ds.households.push({
        istatCode: code,
        year,
        households: 1 + Math.floor(r() * 3000),
        members: r() < 0.5 ? null : 5000,
      });
    }
  return ds;
}

describe('the district is the sum of its municipalities (property)', () => {
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

  it('holds for 100 random districts', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const ds = randomDataset(seed);
      const munis = municipalityDemography(ds);
      const district = districtDemography(ds);
      for (const d of district) {
        const ofYear = munis.map((m) => m.years.find((y) => y.year === d.year)!);
        expect(d.residents).toBe(sum(ofYear.map((y) => y.residents)));
        expect(d.males).toBe(sum(ofYear.map((y) => y.males)));
        expect(d.foreignResidents).toBe(sum(ofYear.map((y) => y.foreignResidents)));
        expect(d.households).toBe(sum(ofYear.map((y) => y.households)));
        standardAgeBands.forEach((_, i) =>
          expect(d.ageBands[i]!.total).toBe(sum(ofYear.map((y) => y.ageBands[i]!.total))),
        );
        const youth = sum(ofYear.map((y) => y.youth));
        const elderly = sum(ofYear.map((y) => y.elderly));
        expect(d.oldAgeIndex).toBe(youth === 0 ? null : (elderly / youth) * 100);
        const members = sum(ofYear.map((y) => y.averageHouseholdSize! * y.households!));
        expect(d.averageHouseholdSize).toBeCloseTo(members / d.households!, 9);
        expect(d.missingMunicipalities).toEqual([]);
      }
    }
  });

  it('a district of one municipality has that municipality’s figures', () => {
    const ds = randomDataset(7);
    const [first] = municipalityDemography(ds);
    const district = districtDemography(ds, [first!.istatCode]);
    expect(district.map(({ missingMunicipalities: _, ...rest }) => rest)).toEqual(first!.years);
  });

  it('names municipalities without data for a year and leaves foreign residents unknown if one lacks them', () => {
    const ds: PopulationDataset = {
      population: [
        pc('018110', 2012, 'M', 30, 10),
        pc('018041', 2012, 'M', 30, 5),
        pc('018110', 2013, 'M', 30, 10),
      ],
      foreignResidents: [{ istatCode: '018110', year: 2012, count: 1 }],
      households: [],
    };
    const d = districtDemography(ds, ['018110', '018041']);
    expect(
      d.map((y) => [y.year, y.residents, y.missingMunicipalities, y.foreignResidents]),
    ).toEqual([
      [2012, 15, [], null],
      [2013, 10, ['018041'], null],
    ]);
  });
});
