import { trimText } from './cells';
import { spreadsheetSheets, type SheetKey } from './columns';
import type { SpreadsheetContext } from './export';
import { readAllocationRow } from './import-allocations';
import { readIndicatorRow } from './import-indicators';
import { readActionRow, readObjectiveRow } from './import-objectives';
import type {
  ImportChanges,
  ImportCounts,
  ImportError,
  ImportPlan,
  SheetCounts,
  WorkbookInput,
} from './import-result';
import { planLookups, type PlanLookups } from './lookups';
import { readHeaders, rowReader, type RowReader } from './read';

/**
 * The pure import: every row parsed and checked against the plan, every error collected with its
 * sheet, row and column, and the changes to apply when there is none.
 */

type RowRead = (
  r: RowReader,
  look: PlanLookups,
  changes: ImportChanges,
  count: SheetCounts,
) => void;

const readRow: Record<SheetKey, RowRead> = {
  objectives: readObjectiveRow,
  actions: readActionRow,
  allocations: readAllocationRow,
  indicators: readIndicatorRow,
};

/**
 * Reads a workbook (or one CSV sheet) against the plan: every error, or the changes to apply.
 * Rows absent from the file are left as they are (nothing is deleted).
 */
export function planImport(ctx: SpreadsheetContext, input: WorkbookInput): ImportPlan {
  const errors: ImportError[] = [];
  const conflicts: ImportError[] = [];
  const changes: ImportChanges = {
    objectives: { create: [], update: [] },
    actions: { create: [], update: [] },
    allocations: { upsert: [] },
    indicators: { create: [], update: [] },
  };
  const counts: ImportCounts = {};
  const look = planLookups(ctx);

  // sheets in order: actions and indicators may name objectives created by the same file
  for (const sheet of spreadsheetSheets) {
    const data = input[sheet];
    if (!data) continue;
    const at = readHeaders(sheet, data.headers, errors);
    if (!at) continue;
    const count: SheetCounts = { created: 0, updated: 0, unchanged: 0 };
    counts[sheet] = count;
    const reading = { sheet, at, seenKeys: new Map<string, number>(), conflicts };
    for (const { row, cells } of data.rows) {
      if (cells.every((c) => trimText(c) === '')) continue;
      const r = rowReader(reading, row, cells);
      readRow[sheet](r, look, changes, count);
      errors.push(...r.errors);
    }
  }
  if (spreadsheetSheets.every((s) => !input[s]))
    errors.push({ sheet: null, row: null, column: null, columnLetter: null, code: 'noSheets' });
  return { errors, conflicts, changes, counts };
}
