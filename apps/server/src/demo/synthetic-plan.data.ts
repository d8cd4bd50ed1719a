/**
 * The vocabulary and sizes of the synthetic plan of the scale benchmark: invented areas, funding
 * sources, topics and services from which the seeder (synthetic-plan.ts) draws, and the
 * deterministic random numbers it draws them with.
 */
export const syntheticPlanTitle = 'Piano sintetico (benchmark)';

export interface SyntheticPlanSizes {
  objectives: number;
  actionsPerObjective: number;
  /** indicators of an objective and its actions: 2 on the objective, the rest on its actions */
  indicatorsPerObjective: number;
  /** 3 sources × 3 years, plus a fourth source in some years: 9 to 12 */
  allocationsPerAction: number;
}

export const defaultSyntheticPlanSizes: SyntheticPlanSizes = {
  objectives: 100,
  actionsPerObjective: 5,
  indicatorsPerObjective: 5,
  allocationsPerAction: 10,
};

export interface SyntheticPlanOptions extends Partial<SyntheticPlanSizes> {
  title?: string;
  /** the PRNG seed */
  seed?: number;
}

export interface SyntheticPlanCounts {
  areas: number;
  objectives: number;
  actions: number;
  allocations: number;
  availability: number;
  indicators: number;
  chapters: number;
}

export const START_YEAR = 2024;
export const END_YEAR = 2026;
export const YEARS = [START_YEAR, START_YEAR + 1, START_YEAR + 2];

export const AREAS: [code: string, title: string][] = [
  ['MIN', 'Minori, giovani e famiglia'],
  ['ANZ', 'Anziani'],
  ['DIS', 'Disabilità'],
  ['POV', 'Povertà ed emarginazione'],
  ['IMM', 'Immigrazione'],
  ['DIP', 'Dipendenze'],
  ['SMEN', 'Salute mentale'],
];
export const SOURCES = [
  'FNPS',
  'FSR',
  'FNA',
  'FPOV-SERV',
  'FPOV-EXT',
  'DDN',
  'PNRR-M5C2',
  'FSE-PNI',
  'FAM',
  'AVD',
  'COM',
  'SAN',
  'COMP',
  'PRIV',
];
export const MACRO_AREAS = ['POV', 'CASA', 'DOM', 'ANZ', 'DIS', 'GIOV', 'LAV', 'FAM', 'DIG'];
export const USER_AREAS = ['FAM', 'DIS', 'ADD', 'ELD', 'IMMNOM', 'POV', 'MULBEN'];
export const LEPS = ['SSP', 'PIS', 'SUP', 'DIM', 'PIPPI', 'RES', 'PUA'];
export const SECTORS = ['HEALTH', 'EDU', 'TRAIN', 'WORK', 'HOUSING', 'TRANSPORT', 'CULTURE'];
export const PROFILES = ['AS', 'EDU', 'PSI', 'OSS', 'MED', 'AMM', 'COORD'];
export const ROLES = [
  'co-progettazione',
  'gestione del servizio',
  'invio e segnalazione',
  'formazione',
];
export const TOPICS = [
  'domiciliarità',
  'sostegno alla genitorialità',
  'inclusione lavorativa',
  'contrasto all’isolamento',
  'accesso ai servizi',
  'emergenza abitativa',
  'prevenzione',
  'presa in carico integrata',
  'autonomia abitativa',
  'mediazione culturale',
];
export const VERBS = [
  'Rafforzare',
  'Estendere',
  'Qualificare',
  'Integrare',
  'Sperimentare',
  'Uniformare',
];
export const SERVICES = [
  'Sportello',
  'Servizio',
  'Laboratorio',
  'Équipe',
  'Progetto',
  'Voucher',
  'Rete',
  'Centro diurno',
];

/** mulberry32: a small, fast, seeded PRNG */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** `n` distinct elements, in a random order */
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, pick, some };
}

export const euro = (n: number) => n * 100;
export const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
