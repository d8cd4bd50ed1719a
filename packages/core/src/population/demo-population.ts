/**
 * DEMONSTRATION DATA. A deterministic, plausible population of the Distretto di Pavia's 12
 * municipalities for 2010–2014 by single year of age and sex, with foreign residents and
 * households. Only the 2011 totals are real (2011 census, reference/pavia-district.csv); the age
 * profile (an ageing Lombard one), the other years, foreigners and households are invented and
 * must be labelled as demonstration data wherever they are shown.
 */
import {
  MAX_SINGLE_AGE,
  type PopulationCount,
  type PopulationDataset,
  type Sex,
} from './population';

export interface DemoMunicipality {
  istatCode: string;
  name: string;
  census2011: number;
  /** invented: yearly growth of residents, foreign share in 2011 (%), average household size */
  growth: number;
  foreignShare2011: number;
  householdSize: number;
  /** invented: > 1 where young families moved in (the belt around the city) */
  youthFactor: number;
}

export const paviaDemoMunicipalities: readonly DemoMunicipality[] = [
  {
    istatCode: '018110',
    name: 'Pavia',
    census2011: 68280,
    growth: 0.002,
    foreignShare2011: 10.5,
    householdSize: 2.12,
    youthFactor: 0.94,
  },
  {
    istatCode: '018041',
    name: 'Cava Manara',
    census2011: 6586,
    growth: 0.009,
    foreignShare2011: 8.6,
    householdSize: 2.38,
    youthFactor: 1.12,
  },
  {
    istatCode: '018137',
    name: 'San Martino Siccomario',
    census2011: 5738,
    growth: 0.012,
    foreignShare2011: 8.1,
    householdSize: 2.35,
    youthFactor: 1.15,
  },
  {
    istatCode: '018162',
    name: 'Travacò Siccomario',
    census2011: 4361,
    growth: 0.008,
    foreignShare2011: 7.9,
    householdSize: 2.36,
    youthFactor: 1.1,
  },
  {
    istatCode: '018135',
    name: 'San Genesio ed Uniti',
    census2011: 3788,
    growth: 0.011,
    foreignShare2011: 8.3,
    householdSize: 2.4,
    youthFactor: 1.14,
  },
  {
    istatCode: '018190',
    name: 'Zinasco',
    census2011: 3223,
    growth: 0.004,
    foreignShare2011: 9.8,
    householdSize: 2.33,
    youthFactor: 1.02,
  },
  {
    istatCode: '018159',
    name: "Torre d'Isola",
    census2011: 2395,
    growth: 0.013,
    foreignShare2011: 6.9,
    householdSize: 2.45,
    youthFactor: 1.16,
  },
  {
    istatCode: '018189',
    name: 'Zerbolò',
    census2011: 1653,
    growth: 0.003,
    foreignShare2011: 9.4,
    householdSize: 2.3,
    youthFactor: 1.0,
  },
  {
    istatCode: '018030',
    name: 'Carbonara al Ticino',
    census2011: 1516,
    growth: 0.006,
    foreignShare2011: 8.8,
    householdSize: 2.34,
    youthFactor: 1.05,
  },
  {
    istatCode: '018151',
    name: 'Sommo',
    census2011: 1146,
    growth: -0.002,
    foreignShare2011: 9.1,
    householdSize: 2.28,
    youthFactor: 0.98,
  },
  {
    istatCode: '018179',
    name: "Villanova d'Ardenghi",
    census2011: 770,
    growth: 0.005,
    foreignShare2011: 8.2,
    householdSize: 2.31,
    youthFactor: 1.0,
  },
  {
    istatCode: '018091',
    name: 'Mezzana Rabattone',
    census2011: 502,
    growth: -0.004,
    foreignShare2011: 10.2,
    householdSize: 2.26,
    youthFactor: 0.96,
  },
];

export const demoPopulationYears: readonly number[] = [2010, 2011, 2012, 2013, 2014];

/** mulberry32: small, fast and the same on every platform */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative size of each single-year cohort, both sexes: few children, the 1960s boom at 40–50. */
function cohortWeight(age: number): number {
  if (age < 15) return 0.82 + 0.004 * age;
  if (age < 25) return 0.86;
  if (age < 35) return 0.86 + 0.04 * (age - 25);
  if (age < 50) return 1.26 + 0.012 * (age - 35);
  if (age < 65) return 1.44 - 0.022 * (age - 50);
  if (age < 75) return 1.15 - 0.012 * (age - 65);
  if (age < MAX_SINGLE_AGE) return 1.03 * Math.exp(-0.085 * (age - 75) - 0.0025 * (age - 75) ** 2);
  return 0.02; // 100 and over
}

/** Share of males in a cohort: a little over half at birth, women outlive men. */
function maleShare(age: number): number {
  if (age < 40) return 0.513;
  if (age < 65) return 0.513 - 0.0013 * (age - 40);
  if (age < 90) return 0.48 - 0.0072 * (age - 65);
  return Math.max(0.15, 0.3 - 0.015 * (age - 90));
}

/** Splits `total` over weights with the largest remainders, ties to the first: sums exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, n) => s + n, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

function residentsIn(m: DemoMunicipality, year: number): number {
  return year === 2011 ? m.census2011 : Math.round(m.census2011 * (1 + m.growth) ** (year - 2011));
}

function populationOf(m: DemoMunicipality, year: number): PopulationCount[] {
  const rnd = random(Number(m.istatCode) * 31 + year);
  const ageing = 1 + 0.011 * (year - 2011);
  const cells: { sex: Sex; age: number; weight: number }[] = [];
  for (let age = 0; age <= MAX_SINGLE_AGE; age++) {
    const family = age < 15 || (age >= 30 && age < 45) ? m.youthFactor : 1;
    const old = age >= 65 ? 1.17 * ageing : 1;
    const w = cohortWeight(age) * family * old;
    const noise = () => 0.94 + 0.12 * rnd();
    cells.push({ sex: 'M', age, weight: w * maleShare(age) * noise() });
    cells.push({ sex: 'F', age, weight: w * (1 - maleShare(age)) * noise() });
  }
  const counts = apportion(
    residentsIn(m, year),
    cells.map((c) => c.weight),
  );
  return cells.map((c, i) => ({
    istatCode: m.istatCode,
    year,
    sex: c.sex,
    age: c.age,
    count: counts[i]!,
  }));
}

/** The whole demo dataset; the same on every call and every machine. */
export function generateDemoPopulation(): PopulationDataset {
  const dataset: PopulationDataset = { population: [], foreignResidents: [], households: [] };
  for (const m of paviaDemoMunicipalities) {
    for (const year of demoPopulationYears) {
      const residents = residentsIn(m, year);
      dataset.population.push(...populationOf(m, year));
      const share = m.foreignShare2011 + 0.25 * (year - 2011);
      dataset.foreignResidents.push({
        istatCode: m.istatCode,
        year,
        count: Math.round((residents * share) / 100),
      });
      const size = m.householdSize - 0.01 * (year - 2011);
      dataset.households.push({
        istatCode: m.istatCode,
        year,
        households: Math.round(residents / size),
        members: null,
      });
    }
  }
  return dataset;
}
