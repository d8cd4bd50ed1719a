import { allocationInput, MAX_AMOUNT_CENTS } from '../budget/budget';
import { formatEuroText, readMoneyCell, trimText } from './cells';
import { countRow } from './diff';
import type { ImportChanges, SheetCounts } from './import-result';
import { allocationKey, type PlanLookups } from './lookups';
import type { RowReader } from './read';

/** Rows of the allocations sheet: an amount for an action, a funding source and a year. */

/** The amount in cents by the money rule of every write: required, reported with its limit. */
function readAmount(r: RowReader): number {
  const cell = r.raw('amount');
  const value = trimText(cell);
  if (value === '') {
    r.fail('amount', 'required');
    return 0;
  }
  const read = readMoneyCell(cell);
  if (read.ok) return read.cents;
  if (read.problem === 'format') r.fail('amount', 'notMoney', { value });
  else if (read.problem === 'decimals') r.fail('amount', 'tooManyDecimals', { value, max: 2 });
  else if (read.problem === 'negative') r.fail('amount', 'negative', { value });
  else r.fail('amount', 'tooLarge', { value, max: `${formatEuroText(MAX_AMOUNT_CENTS)} €` });
  return 0;
}

export function readAllocationRow(
  r: RowReader,
  look: PlanLookups,
  changes: ImportChanges,
  count: SheetCounts,
): void {
  const actionId = r.text('actionId', 40, true);
  if (actionId && !look.actionById.has(actionId))
    r.fail('actionId', 'unknownAction', { value: actionId });
  const sourceCode = r.text('sourceCode', 40, true);
  if (sourceCode && !look.schemes.source.has(sourceCode))
    r.fail('sourceCode', 'unknownCode', { value: sourceCode });
  const year = r.number('year', true, true);
  if (year !== null && Number.isInteger(year)) {
    look.checkYear(r, 'year', year);
    if (sourceCode) look.checkSourceYear(r, 'sourceCode', sourceCode, year);
  }
  const amount = readAmount(r);
  const key = allocationKey({ actionId, sourceCode, year });
  if (actionId && sourceCode && year !== null) r.duplicate('year', key);
  // the schema the API checks an allocation with (unless a column already has an error)
  r.zodIssues(allocationInput.safeParse({ actionId, sourceCode, year, amount }), (p) =>
    String(p[0] ?? 'amount'),
  );
  if (r.errors.length) return;
  const current = look.allocationByKey.get(key);
  const upsert = (isNew: boolean) =>
    changes.allocations.upsert.push({ actionId, sourceCode, year: year!, amount, isNew });
  countRow(
    count,
    r,
    current && { version: current.version, summary: { amount: formatEuroText(current.amount) } },
    current?.amount !== amount,
    { update: () => upsert(false), create: () => upsert(true) },
  );
}
