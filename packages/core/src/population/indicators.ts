/**
 * Demographic indicators of the needs analysis, per municipality and for the district (the sum of
 * its municipalities), per year. Values are not rounded: the screen rounds. A ratio whose
 * denominator is zero or unknown is null, never NaN or Infinity. A count given as an age band
 * that straddles a needed boundary makes that figure null (unknown), not a guess.
 */
import {
  ageRange,
  type ForeignResidentsCount,
  type HouseholdsCount,
  type PopulationCount,
  type PopulationDataset,
  type Sex,
} from './population';

export interface DemographicAgeBand {
  code: string;
  from: number;
  /** inclusive; null = "and over" */
  to: number | null;
}

/** The bands of the needs analysis: early childhood, school stages, working life, old age. */
export const standardAgeBands: readonly DemographicAgeBand[] = [
  { code: '0-2', from: 0, to: 2 },
  { code: '3-5', from: 3, to: 5 },
  { code: '6-10', from: 6, to: 10 },
  { code: '11-13', from: 11, to: 13 },
  { code: '14-17', from: 14, to: 17 },
  { code: '18-24', from: 18, to: 24 },
  { code: '25-44', from: 25, to: 44 },
  { code: '45-64', from: 45, to: 64 },
  { code: '65-74', from: 65, to: 74 },
  { code: '75-84', from: 75, to: 84 },
  { code: '85+', from: 85, to: null },
];

export interface AgeBandPopulation extends DemographicAgeBand {
  males: number | null;
  females: number | null;
  total: number | null;
}

export interface DemographicIndicators {
  year: number;
  residents: number;
  males: number;
  females: number;
  ageBands: AgeBandPopulation[];
  /** 0–14 */
  youth: number | null;
  /** 15–64 */
  workingAge: number | null;
  /** 65 and over */
  elderly: number | null;
  /** 65+ / 0–14 × 100 */
  oldAgeIndex: number | null;
  /** (0–14 + 65+) / 15–64 × 100 */
  structuralDependency: number | null;
  /** 65+ / 15–64 × 100 */
  elderlyDependency: number | null;
  /** 0–14 / 15–64 × 100 */
  youthDependency: number | null;
  foreignResidents: number | null;
  /** foreign residents / residents × 100 */
  foreignShare: number | null;
  households: number | null;
  /** people living in households (residents when not known) / households */
  averageHouseholdSize: number | null;
}

/** a / b × scale, or null when either is unknown or b is zero */
export function safeRatio(a: number | null, b: number | null, scale = 1): number | null {
  if (a === null || b === null || b === 0) return null;
  return (a / b) * scale;
}

/** People aged from..to (inclusive; to null = and over), or null if a band straddles the range. */
export function populationInAgeRange(
  counts: readonly PopulationCount[],
  from: number,
  to: number | null,
  sex?: Sex,
): number | null {
  let sum = 0;
  for (const c of counts) {
    if (sex && c.sex !== sex) continue;
    const r = ageRange(c.age);
    const below = r.to !== null && r.to < from;
    const above = to !== null && r.from > to;
    if (below || above) continue;
    const inside = r.from >= from && (to === null || (r.to !== null && r.to <= to));
    if (!inside) return null;
    sum += c.count;
  }
  return sum;
}

export interface DemographicInput {
  year: number;
  /** the population counts of this year (one municipality, or all of the district's) */
  counts: readonly PopulationCount[];
  foreignResidents: number | null;
  households: number | null;
  /** people living in households; null = use residents */
  householdMembers: number | null;
}

export function computeDemographicIndicators(input: DemographicInput): DemographicIndicators {
  const { counts } = input;
  const sumSex = (sex: Sex) => counts.reduce((s, c) => (c.sex === sex ? s + c.count : s), 0);
  const males = sumSex('M');
  const females = sumSex('F');
  const residents = males + females;
  const youth = populationInAgeRange(counts, 0, 14);
  const workingAge = populationInAgeRange(counts, 15, 64);
  const elderly = populationInAgeRange(counts, 65, null);
  const dependants = youth === null || elderly === null ? null : youth + elderly;
  return {
    year: input.year,
    residents,
    males,
    females,
    ageBands: standardAgeBands.map((b) => ({
      ...b,
      males: populationInAgeRange(counts, b.from, b.to, 'M'),
      females: populationInAgeRange(counts, b.from, b.to, 'F'),
      total: populationInAgeRange(counts, b.from, b.to),
    })),
    youth,
    workingAge,
    elderly,
    oldAgeIndex: safeRatio(elderly, youth, 100),
    structuralDependency: safeRatio(dependants, workingAge, 100),
    elderlyDependency: safeRatio(elderly, workingAge, 100),
    youthDependency: safeRatio(youth, workingAge, 100),
    foreignResidents: input.foreignResidents,
    foreignShare: safeRatio(input.foreignResidents, residents, 100),
    households: input.households,
    averageHouseholdSize: safeRatio(input.householdMembers ?? residents, input.households),
  };
}

export interface MunicipalityDemography {
  istatCode: string;
  /** one entry per year with population counts, oldest first */
  years: DemographicIndicators[];
}

export interface DistrictDemographicYear extends DemographicIndicators {
  /** municipalities asked for but without population counts that year (figures are partial) */
  missingMunicipalities: string[];
}

function byCodeYear<T extends { istatCode: string; year: number }>(
  rows: readonly T[],
): Map<string, T> {
  return new Map(rows.map((r) => [`${r.istatCode}|${r.year}`, r]));
}

function groupPopulation(
  counts: readonly PopulationCount[],
): Map<string, Map<number, PopulationCount[]>> {
  const out = new Map<string, Map<number, PopulationCount[]>>();
  for (const c of counts) {
    const years = out.get(c.istatCode) ?? new Map<number, PopulationCount[]>();
    out.set(c.istatCode, years);
    const list = years.get(c.year) ?? [];
    years.set(c.year, list);
    list.push(c);
  }
  return out;
}

/** Indicators of each municipality in the dataset, each year it has population counts. */
export function municipalityDemography(dataset: PopulationDataset): MunicipalityDemography[] {
  const foreign = byCodeYear<ForeignResidentsCount>(dataset.foreignResidents);
  const households = byCodeYear<HouseholdsCount>(dataset.households);
  return [...groupPopulation(dataset.population)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([istatCode, years]) => ({
      istatCode,
      years: [...years]
        .sort(([a], [b]) => a - b)
        .map(([year, counts]) => {
          const h = households.get(`${istatCode}|${year}`);
          return computeDemographicIndicators({
            year,
            counts,
            foreignResidents: foreign.get(`${istatCode}|${year}`)?.count ?? null,
            households: h?.households ?? null,
            householdMembers: h?.members ?? null,
          });
        }),
    }));
}

/**
 * The district's indicators per year: counts summed over its municipalities (all those in the
 * dataset unless `istatCodes` says which). Foreign residents and households are null for a year
 * unless every municipality with population that year has them.
 */
export function districtDemography(
  dataset: PopulationDataset,
  istatCodes?: readonly string[],
): DistrictDemographicYear[] {
  const grouped = groupPopulation(dataset.population);
  const codes = istatCodes ?? [...grouped.keys()].sort();
  const foreign = byCodeYear<ForeignResidentsCount>(dataset.foreignResidents);
  const households = byCodeYear<HouseholdsCount>(dataset.households);
  const years = new Set<number>();
  for (const code of codes) for (const y of grouped.get(code)?.keys() ?? []) years.add(y);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const counts: PopulationCount[] = [];
      const missingMunicipalities: string[] = [];
      let foreignSum: number | null = 0;
      let householdSum: number | null = 0;
      let memberSum: number | null = 0;
      for (const code of codes) {
        const own = grouped.get(code)?.get(year);
        if (!own) {
          missingMunicipalities.push(code);
          continue;
        }
        counts.push(...own);
        const f = foreign.get(`${code}|${year}`);
        foreignSum = f && foreignSum !== null ? foreignSum + f.count : null;
        const h = households.get(`${code}|${year}`);
        householdSum = h && householdSum !== null ? householdSum + h.households : null;
        const residents = own.reduce((s, c) => s + c.count, 0);
        memberSum = h && memberSum !== null ? memberSum + (h.members ?? residents) : null;
      }
      const indicators = computeDemographicIndicators({
        year,
        counts,
        foreignResidents: foreignSum,
        households: householdSum,
        householdMembers: memberSum,
      });
      return { ...indicators, missingMunicipalities };
    });
}

export interface ValueChange {
  absolute: number | null;
  /** percent of the starting value; null when it was zero or unknown */
  percent: number | null;
}

export function valueChange(from: number | null, to: number | null): ValueChange {
  if (from === null || to === null) return { absolute: null, percent: null };
  return { absolute: to - from, percent: safeRatio(to - from, from, 100) };
}

export interface DemographicChange {
  fromYear: number;
  toYear: number;
  residents: ValueChange;
  youth: ValueChange;
  workingAge: ValueChange;
  elderly: ValueChange;
  foreignResidents: ValueChange;
  households: ValueChange;
  /** absolute = points of the index */
  oldAgeIndex: ValueChange;
  averageHouseholdSize: ValueChange;
  ageBands: { code: string; change: ValueChange }[];
}

export function demographicChange(
  a: DemographicIndicators,
  b: DemographicIndicators,
): DemographicChange {
  return {
    fromYear: a.year,
    toYear: b.year,
    residents: valueChange(a.residents, b.residents),
    youth: valueChange(a.youth, b.youth),
    workingAge: valueChange(a.workingAge, b.workingAge),
    elderly: valueChange(a.elderly, b.elderly),
    foreignResidents: valueChange(a.foreignResidents, b.foreignResidents),
    households: valueChange(a.households, b.households),
    oldAgeIndex: valueChange(a.oldAgeIndex, b.oldAgeIndex),
    averageHouseholdSize: valueChange(a.averageHouseholdSize, b.averageHouseholdSize),
    ageBands: a.ageBands.map((band, i) => ({
      code: band.code,
      change: valueChange(band.total, b.ageBands[i]?.total ?? null),
    })),
  };
}

/** Year on year changes, and first year to last, over a series sorted by year. */
export function demographicChanges(series: readonly DemographicIndicators[]): {
  yearOnYear: DemographicChange[];
  overall: DemographicChange | null;
} {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const yearOnYear = sorted.slice(1).map((b, i) => demographicChange(sorted[i]!, b));
  const overall =
    sorted.length >= 2 ? demographicChange(sorted[0]!, sorted[sorted.length - 1]!) : null;
  return { yearOnYear, overall };
}
