import { formatMoney, type Locale } from '@pdz/core';
import { isMessageKey, translate } from '../../i18n';
import type { CoherenceProblemRow } from './queries';

const moneyFields = new Set([
  'allocated',
  'available',
  'excess',
  'amount',
  'total',
  'sum',
  'difference',
]);

/** The inline explanation of a coherence problem shown in a budget cell. */
export function problemText(locale: Locale, p: CoherenceProblemRow): string {
  const key = `budget.problem.${p.code}`;
  const vars: Record<string, string | number> = { code: p.code };
  for (const [k, v] of Object.entries(p.data)) {
    vars[k] = moneyFields.has(k) && typeof v === 'number' ? formatMoney(v, locale) : v;
  }
  return isMessageKey(key)
    ? translate(locale, key, vars)
    : translate(locale, 'budget.problem.other', vars);
}

/**
 * Problems by the cell they concern: `source|year` for a source in a year (availability cells)
 * and `action|source|year` for one allocation.
 */
export function problemsByCell(problems: readonly CoherenceProblemRow[]) {
  const bySource = new Map<string, CoherenceProblemRow[]>();
  const byAllocation = new Map<string, CoherenceProblemRow[]>();
  const add = (m: Map<string, CoherenceProblemRow[]>, k: string, p: CoherenceProblemRow) =>
    m.set(k, [...(m.get(k) ?? []), p]);
  for (const p of problems) {
    const { kind, id, sourceCode, year } = p.target;
    if (sourceCode === undefined || year === undefined) continue;
    if (kind === 'allocation' && id) add(byAllocation, `${id}|${sourceCode}|${year}`, p);
    else if (kind === 'allocation' || kind === 'availability')
      add(bySource, `${sourceCode}|${year}`, p);
  }
  return { bySource, byAllocation };
}
