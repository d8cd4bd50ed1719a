import { formatEuroText, parseEuroCents, trimText } from './cells';
import { countRow } from './diff';
import type { ImportChanges, SheetCounts } from './import-result';
import { allocationKey, type PlanLookups } from './lookups';
import type { RowReader } from './read';

/** Rows of the allocations sheet: an amount for an action, a funding source and a year. */

/** The amount in cents: required, euro with at most two decimals, not negative (0 on error). */
function readAmount(r: RowReader): number {
  const cell = r.raw('amount');
  if (trimText(cell) === '') {
    r.fail('amount', 'required');
    return 0;
  }
  const cents = parseEuroCents(cell);
  if (cents === null) r.fail('amount', 'notMoney', { value: trimText(cell) });
  else if (cents < 0) r.fail('amount', 'negative');
  else return cents;
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
  if (year !== null && Number.isInteger(year)) look.checkYear(r, 'year', year);
  const amount = readAmount(r);
  const key = allocationKey({ actionId, sourceCode, year });
  if (actionId && sourceCode && year !== null) r.duplicate('year', key);
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
