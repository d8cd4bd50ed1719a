import type { Fields, SheetCounts } from './import-result';
import type { RowReader } from './read';

/** Comparing a row with the record it names, and counting it as created, updated or unchanged. */

/** Deep equality that ignores the order of object keys (jsonb does not keep it). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Only the fields that differ from the current record. */
export function diff(current: Fields, next: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(next)) if (!same(current[k], v)) out[k] = v;
  return out;
}

/** The record a row names, as it is now: its version and what a conflict shows of it. */
export interface CurrentRecord {
  version: number;
  summary: Record<string, string | number>;
}

/**
 * Counts a row without errors: a new record is created; an existing one is unchanged, or updated
 * when the row carries the record's current version (otherwise `fresh` reports the conflict).
 */
export function countRow(
  count: SheetCounts,
  r: RowReader,
  current: CurrentRecord | undefined,
  changed: boolean,
  apply: { create: () => void; update: () => void },
): void {
  if (!current) {
    apply.create();
    count.created++;
  } else if (!changed) count.unchanged++;
  else if (r.fresh(current.version, current.summary)) {
    apply.update();
    count.updated++;
  }
}
