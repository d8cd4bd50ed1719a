import { z } from 'zod';
import { DomainError, type FieldIssue } from '../shared/errors';
import type { Cents } from '../shared/money';
import { divideRoundHalfUp } from '../budget/budget';
import { text, textLimits } from '../shared/text';

/**
 * How the municipalities' share of the budget is split among them. Basis points: 10000 = 100 %.
 * `mixed` gives `populationBasisPoints` of the total by population and the rest in equal parts.
 */
export type MunicipalShareRule =
  | { kind: 'perInhabitant' }
  | { kind: 'fixed'; shares: Record<string, number> }
  | { kind: 'mixed'; populationBasisPoints: number };

const basisPoints = z.number().int().min(0).max(10_000);

/** The most municipalities a fixed split names (a district has far fewer). */
export const MAX_SHARED_MUNICIPALITIES = 1_000;

/** The rule as stored and frozen in a plan version. */
export const municipalShareRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('perInhabitant') }),
  z.object({ kind: z.literal('fixed'), shares: z.record(z.uuid(), basisPoints) }),
  z.object({ kind: z.literal('mixed'), populationBasisPoints: basisPoints }),
]);

/** The rule as a write takes it: no other field, a bounded number of fixed shares. */
export const municipalShareRuleInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('perInhabitant') }),
  z.strictObject({
    kind: z.literal('fixed'),
    shares: z
      .record(z.uuid(), basisPoints)
      .refine((shares) => Object.keys(shares).length <= MAX_SHARED_MUNICIPALITIES, {
        message: `at most ${MAX_SHARED_MUNICIPALITIES} municipalities`,
      })
      .meta({ maxProperties: MAX_SHARED_MUNICIPALITIES }),
  }),
  z.strictObject({ kind: z.literal('mixed'), populationBasisPoints: basisPoints }),
]);

const settingsShape = {
  sourceCode: text(textLimits.code).trim().min(1, 'required'),
  populationYear: z.number().int().min(1990).max(2100),
};

/**
 * The rule a plan uses for the municipalities' share: which funding source is that share (by
 * default `COM`, the municipalities' own resources) and the reference year of the population.
 */
export const municipalShareSettingsSchema = z.object({
  ...settingsShape,
  rule: municipalShareRuleSchema,
});
/** The same settings as a write takes them (strict, bounded). */
export const municipalShareSettingsInput = z.strictObject({
  ...settingsShape,
  rule: municipalShareRuleInput,
});
export type MunicipalShareSettings = z.infer<typeof municipalShareSettingsSchema>;

export interface MunicipalityWeight {
  id: string;
  population: number;
}

export interface MunicipalShareRow {
  id: string;
  amount: Cents;
  byPopulation: Cents;
  equalPart: Cents;
  /** the part coming from a fixed percentage (rule `fixed` only) */
  fixedPart: Cents;
}

const FULL = 10_000;

/**
 * Splits `total` among municipalities. Each pool is divided by largest remainder, so the parts
 * always add up exactly to the total; equal remainders go to the larger population, then to the
 * smaller id, so the same input always gives the same cents.
 */
export function splitMunicipalShare(
  total: Cents,
  municipalities: readonly MunicipalityWeight[],
  rule: MunicipalShareRule,
): MunicipalShareRow[] {
  validate(total, municipalities, rule);
  const zero = municipalities.map(() => 0);
  const populations = municipalities.map((m) => m.population);
  const split = (pool: number, weights: number[]) =>
    largestRemainder(pool, weights, municipalities);

  let byPopulation = zero;
  let equalPart = zero;
  let fixedPart = zero;
  if (rule.kind === 'perInhabitant') {
    byPopulation = split(total, populations);
  } else if (rule.kind === 'fixed') {
    fixedPart = split(
      total,
      municipalities.map((m) => rule.shares[m.id] ?? 0),
    );
  } else {
    const populationPool = divideRoundHalfUp(total * rule.populationBasisPoints, FULL);
    byPopulation = populationPool > 0 ? split(populationPool, populations) : zero;
    equalPart = split(
      total - populationPool,
      municipalities.map(() => 1),
    );
  }
  return municipalities.map((m, i) => ({
    id: m.id,
    amount: (byPopulation[i]! + equalPart[i]! + fixedPart[i]!) as Cents,
    byPopulation: byPopulation[i]! as Cents,
    equalPart: equalPart[i]! as Cents,
    fixedPart: fixedPart[i]! as Cents,
  }));
}

/** Hamilton's method with exact integer arithmetic (totals × populations exceed 2^53). */
function largestRemainder(
  pool: number,
  weights: readonly number[],
  municipalities: readonly MunicipalityWeight[],
): number[] {
  const weightSum = BigInt(weights.reduce((s, w) => s + w, 0));
  const big = BigInt(pool);
  const floors = weights.map((w) => (big * BigInt(w)) / weightSum);
  const remainders = weights.map((w) => (big * BigInt(w)) % weightSum);
  let left = pool - floors.reduce((s, f) => s + Number(f), 0);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a]!;
      const rb = remainders[b]!;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const ma = municipalities[a]!;
      const mb = municipalities[b]!;
      if (ma.population !== mb.population) return mb.population - ma.population;
      return ma.id < mb.id ? -1 : ma.id > mb.id ? 1 : 0;
    });
  const parts = floors.map(Number);
  for (const i of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

function validate(
  total: number,
  municipalities: readonly MunicipalityWeight[],
  rule: MunicipalShareRule,
): void {
  const issues: FieldIssue[] = [];
  const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!isCount(total))
    issues.push({ field: 'total', message: 'must be whole, non-negative cents' });
  if (municipalities.length === 0)
    issues.push({ field: 'municipalities', message: 'at least one municipality is needed' });

  const ids = new Set<string>();
  municipalities.forEach((m, i) => {
    if (ids.has(m.id)) issues.push({ field: `municipalities.${i}.id`, message: 'duplicate id' });
    ids.add(m.id);
    if (!isCount(m.population))
      issues.push({
        field: `municipalities.${i}.population`,
        message: 'must be a whole, non-negative number',
      });
  });
  const totalPopulation = municipalities.reduce((s, m) => s + m.population, 0);
  const needsPopulation =
    rule.kind === 'perInhabitant' || (rule.kind === 'mixed' && rule.populationBasisPoints > 0);
  if (needsPopulation && municipalities.length > 0 && totalPopulation <= 0)
    issues.push({ field: 'municipalities', message: 'the total population is zero' });

  if (rule.kind === 'fixed') {
    let sum = 0;
    for (const [id, bp] of Object.entries(rule.shares)) {
      if (!ids.has(id))
        issues.push({ field: `rule.shares.${id}`, message: 'unknown municipality' });
      if (!isCount(bp) || bp > FULL)
        issues.push({ field: `rule.shares.${id}`, message: 'must be 0–10000 basis points' });
      sum += bp;
    }
    if (sum !== FULL)
      issues.push({
        field: 'rule.shares',
        message: `shares add up to ${sum} basis points instead of ${FULL}`,
      });
  } else if (rule.kind === 'mixed') {
    const bp = rule.populationBasisPoints;
    if (!isCount(bp) || bp > FULL)
      issues.push({ field: 'rule.populationBasisPoints', message: 'must be 0–10000 basis points' });
  }

  if (issues.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'the municipal share cannot be split', { issues });
}
