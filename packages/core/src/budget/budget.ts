/**
 * Budget (quadro delle risorse): what each funding source makes available per year and how it
 * is allocated to actions, the municipalities' share split and the summary tables. Amounts are
 * integer euro cents; everything here is pure.
 */
import { z } from 'zod';
import type { Cents } from '../shared/money';
import { text, textLimits } from '../shared/text';

/** Above one billion euro an amount is a typing mistake, not a social plan. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

export interface FundingAvailability {
  sourceCode: string;
  year: number;
  amount: Cents;
  /** money left over from the previous year and carried into this one */
  carryOver: Cents;
}

export interface Allocation {
  actionId: string;
  sourceCode: string;
  year: number;
  amount: Cents;
}

/** The structural part of a PlanTree that budget rules need: ids only. */
export interface BudgetTree {
  areas: readonly {
    id: string;
    objectives: readonly { id: string; actions: readonly { id: string }[] }[];
  }[];
}

export type MoneyInputProblem = 'format' | 'decimals' | 'negative' | 'tooLarge';

/**
 * The rule on an amount, for every path that writes one (the budget grid through parseMoneyInput,
 * the spreadsheet import; the API schemas below state the same bounds, so that the API document
 * shows them): whole cents, not negative, at most one billion euro (MAX_AMOUNT_CENTS). Null when
 * the amount is fine.
 */
export function amountProblem(cents: number): Exclude<MoneyInputProblem, 'format'> | null {
  if (Number.isNaN(cents)) return 'decimals';
  if (cents < 0) return 'negative';
  if (cents > MAX_AMOUNT_CENTS) return 'tooLarge';
  if (!Number.isSafeInteger(cents)) return 'decimals';
  return null;
}

const amountMessages = {
  decimals: 'must be a whole number of cents',
  negative: 'must not be negative',
  tooLarge: 'is above one billion euro',
} as const;

/** An amount in cents by the rule of amountProblem, its bounds stated in the schema itself. */
const amountField = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} ${amountMessages.decimals}`)
    .min(0, `${field} ${amountMessages.negative}`)
    .max(MAX_AMOUNT_CENTS, `${field} ${amountMessages.tooLarge}`)
    .transform((v) => v as Cents);

const yearField = z.number().int().min(2000).max(2100);
const sourceCodeField = text(textLimits.code).trim().min(1, 'required');

export const availabilityInput = z.strictObject({
  sourceCode: sourceCodeField,
  year: yearField,
  amount: amountField('amount'),
  carryOver: amountField('carryOver').default(0 as Cents),
});

export const allocationInput = z.strictObject({
  actionId: z.uuid(),
  sourceCode: sourceCodeField,
  year: yearField,
  amount: amountField('amount'),
});

/** True when a number is a plausible amount: whole cents, not negative, not absurd. */
export function isPlausibleAmount(value: number): boolean {
  return amountProblem(value) === null;
}

export function totalAvailable(av: Pick<FundingAvailability, 'amount' | 'carryOver'>): Cents {
  return (av.amount + av.carryOver) as Cents;
}

export function sumCents(values: readonly number[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total as Cents;
}

/** Adds up `value(item)` per `key(item)`; keys keep the order in which they first appear. */
export function sumBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => number,
): Map<string, Cents> {
  const totals = new Map<string, Cents>();
  for (const item of items) {
    const k = key(item);
    totals.set(k, ((totals.get(k) ?? 0) + value(item)) as Cents);
  }
  return totals;
}

/** The key of a source × year cell, used to match availability with allocations. */
export function sourceYearKey(sourceCode: string, year: number): string {
  return `${sourceCode}\u0000${year}`;
}

/** Integer division rounded half up (for non-negative numerators, positive denominators). */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Codes listed in `order` first (in that order), then the others alphabetically. */
export function orderSources(codes: Iterable<string>, order: readonly string[] = []): string[] {
  const present = new Set(codes);
  const head = order.filter((c, i) => present.has(c) && order.indexOf(c) === i);
  const rest = [...present].filter((c) => !head.includes(c)).sort();
  return [...head, ...rest];
}

/** Every action of the tree with its area and objective. */
export function actionsOf(
  tree: BudgetTree,
): { areaId: string; objectiveId: string; actionId: string }[] {
  return tree.areas.flatMap((a) =>
    a.objectives.flatMap((o) =>
      o.actions.map((x) => ({ areaId: a.id, objectiveId: o.id, actionId: x.id })),
    ),
  );
}

/**
 * Reads an amount typed the Italian way into cents: `1.234,56`, `1234,5`, `1234`, `1.234`
 * (dots group thousands, the comma starts the cents; spaces and a `€` are ignored). An empty
 * text is zero. A dot that is not a thousands separator (`1234.56`) is refused, not guessed.
 */
export function parseMoneyInput(
  text: string,
): { ok: true; cents: Cents } | { ok: false; problem: MoneyInputProblem } {
  const clean = text.replace(/[\s\u00a0€]/g, '');
  if (clean === '') return { ok: true, cents: 0 as Cents };
  if (clean.startsWith('-')) return { ok: false, problem: 'negative' };
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?$/.exec(clean);
  if (!m) return { ok: false, problem: 'format' };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  const euros = m[1]!.replace(/\./g, '');
  if (euros.length > 12) return { ok: false, problem: 'tooLarge' };
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0') || '0');
  const problem = amountProblem(cents);
  return problem ? { ok: false, problem } : { ok: true, cents: cents as Cents };
}

/** Cents as a user would type them back: `123456` → `1.234,56`, `100` → `1,00`. */
export function formatMoneyInput(amount: Cents | number): string {
  const euros = Math.floor(amount / 100);
  const rest = String(amount % 100).padStart(2, '0');
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${rest}`;
}
