// Money spent against money allocated, by funding source and year: what the action leads report
// (committed and paid) beside what the plan gave their actions. Amounts in integer cents.
import type { Cents } from '../shared/money';

export interface ReportedSpending {
  actionId: string;
  sourceCode: string;
  year: number;
  committed: Cents;
  paid: Cents;
}

export interface SpendingLine {
  sourceCode: string;
  year: number;
  allocated: Cents;
  committed: Cents;
  paid: Cents;
  /** paid over allocated, in percent; null when nothing was allocated */
  paidPercent: number | null;
  /** spending reported where the plan allocated nothing (a source or year outside the plan) */
  unallocated: boolean;
}

export interface SpendingSummary {
  lines: SpendingLine[];
  total: { allocated: Cents; committed: Cents; paid: Cents; paidPercent: number | null };
}

const percentOf = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

/**
 * Allocations and reported spending added up by source and year (sources in code order, years
 * ascending), with the totals. Every sum is exact (integer cents); a source or year with spending
 * but no allocation gets a line of its own, flagged, so that nothing reported disappears.
 */
export function spendingBySource(
  allocations: readonly { sourceCode: string; year: number; amount: Cents }[],
  spending: readonly ReportedSpending[],
): SpendingSummary {
  const lines = new Map<
    string,
    { sourceCode: string; year: number; a: number; c: number; p: number }
  >();
  const line = (sourceCode: string, year: number) => {
    const key = `${sourceCode}\u0000${year}`;
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { sourceCode, year, a: 0, c: 0, p: 0 }));
    return l;
  };
  for (const al of allocations) line(al.sourceCode, al.year).a += al.amount;
  for (const s of spending) {
    const l = line(s.sourceCode, s.year);
    l.c += s.committed;
    l.p += s.paid;
  }
  const sorted = [...lines.values()].sort((x, y) =>
    x.sourceCode === y.sourceCode ? x.year - y.year : x.sourceCode < y.sourceCode ? -1 : 1,
  );
  const total = { a: 0, c: 0, p: 0 };
  const out = sorted.map((l) => {
    total.a += l.a;
    total.c += l.c;
    total.p += l.p;
    return {
      sourceCode: l.sourceCode,
      year: l.year,
      allocated: l.a as Cents,
      committed: l.c as Cents,
      paid: l.p as Cents,
      paidPercent: percentOf(l.p, l.a),
      unallocated: l.a === 0 && (l.c > 0 || l.p > 0),
    };
  });
  return {
    lines: out,
    total: {
      allocated: total.a as Cents,
      committed: total.c as Cents,
      paid: total.p as Cents,
      paidPercent: percentOf(total.p, total.a),
    },
  };
}
