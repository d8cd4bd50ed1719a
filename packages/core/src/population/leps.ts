/**
 * LEPS "servizio sociale professionale": social workers (full-time equivalents employed by the
 * district's municipalities or its lead body) against residents, year by year. The thresholds are
 * reference data passed in; the defaults are those of L. 178/2020, art. 1 c. 797: 1:6,500 opens
 * the right to the state contribution, 1:5,000 is the essential level, 1:4,000 the further target.
 */
import { DomainError } from '../shared/errors';
import { formatNumber } from '../shared/format';

export interface SocialWorkerThreshold {
  code: string;
  /** one social worker every N residents */
  residentsPerWorker: number;
  label: string;
}

export const defaultSocialWorkerThresholds: readonly SocialWorkerThreshold[] = [
  {
    code: 'CONTRIBUTION_FLOOR',
    residentsPerWorker: 6500,
    label: 'Soglia per il contributo statale (1 ogni 6.500 abitanti)',
  },
  { code: 'LEPS', residentsPerWorker: 5000, label: 'Livello essenziale (1 ogni 5.000 abitanti)' },
  {
    code: 'FURTHER_TARGET',
    residentsPerWorker: 4000,
    label: 'Obiettivo ulteriore (1 ogni 4.000 abitanti)',
  },
];

export interface SocialWorkerThresholdResult {
  code: string;
  label: string;
  residentsPerWorker: number;
  /** FTE needed to meet it: residents / N */
  requiredFte: number;
  isMet: boolean;
  /** FTE still to hire; 0 when met */
  missingFte: number;
}

export interface SocialWorkerCoverage {
  year: number;
  fte: number;
  residents: number;
  /** N in "1:N"; null with no social workers */
  residentsPerWorker: number | null;
  /** the figure DOMAIN §6 asks for: FTE per 5,000 residents; null with no residents */
  workersPer5000: number | null;
  thresholds: SocialWorkerThresholdResult[];
}

// FTE are often fractions (18.5); compare without floating-point noise deciding a threshold.
const EPSILON = 1e-9;

export function socialWorkerCoverage(
  input: { year: number; fte: number; residents: number },
  thresholds: readonly SocialWorkerThreshold[] = defaultSocialWorkerThresholds,
): SocialWorkerCoverage {
  const issues = [];
  if (!Number.isFinite(input.fte) || input.fte < 0) {
    issues.push({
      field: 'fte',
      message: 'Le unità equivalenti devono essere un numero non negativo.',
    });
  }
  if (!Number.isInteger(input.residents) || input.residents < 0) {
    issues.push({
      field: 'residents',
      message: 'I residenti devono essere un intero non negativo.',
    });
  }
  if (issues.length > 0) throw new DomainError('VALIDATION_FAILED', undefined, { issues });
  const { year, fte, residents } = input;
  return {
    year,
    fte,
    residents,
    residentsPerWorker: fte === 0 ? null : residents / fte,
    workersPer5000: residents === 0 ? null : (fte / residents) * 5000,
    thresholds: [...thresholds]
      .sort((a, b) => b.residentsPerWorker - a.residentsPerWorker)
      .map((t) => {
        const requiredFte = residents / t.residentsPerWorker;
        const isMet = fte + EPSILON >= requiredFte;
        return {
          code: t.code,
          label: t.label,
          residentsPerWorker: t.residentsPerWorker,
          requiredFte,
          isMet,
          missingFte: isMet ? 0 : requiredFte - fte,
        };
      }),
  };
}

/**
 * Coverage for every year that has both staff and residents, oldest first; years with only one
 * of the two are listed in `yearsWithoutData` so the screen can say what is missing.
 */
export function socialWorkerCoverageByYear(
  staff: readonly { year: number; fte: number }[],
  residents: readonly { year: number; residents: number }[],
  thresholds: readonly SocialWorkerThreshold[] = defaultSocialWorkerThresholds,
): { years: SocialWorkerCoverage[]; yearsWithoutData: number[] } {
  const fteByYear = new Map<number, number>();
  for (const s of staff) fteByYear.set(s.year, (fteByYear.get(s.year) ?? 0) + s.fte);
  const residentsByYear = new Map(residents.map((r) => [r.year, r.residents]));
  const allYears = [...new Set([...fteByYear.keys(), ...residentsByYear.keys()])].sort(
    (a, b) => a - b,
  );
  const years: SocialWorkerCoverage[] = [];
  const yearsWithoutData: number[] = [];
  for (const year of allYears) {
    const fte = fteByYear.get(year);
    const res = residentsByYear.get(year);
    if (fte === undefined || res === undefined) yearsWithoutData.push(year);
    else years.push(socialWorkerCoverage({ year, fte, residents: res }, thresholds));
  }
  return { years, yearsWithoutData };
}

/** `1:5.412` — the ratio as people write it; rounded to whole residents. */
export function formatResidentsPerWorker(
  residentsPerWorker: number | null,
  locale: 'it' | 'en' = 'it',
): string {
  return residentsPerWorker === null
    ? '—'
    : `1:${formatNumber(Math.round(residentsPerWorker), locale)}`;
}
