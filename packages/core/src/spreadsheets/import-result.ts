import { z } from 'zod';
import type { Cell } from './cells';
import { spreadsheetSheets, type SheetKey } from './columns';

/** What an import reads (the sheets as rows of cells) and what it finds: errors, changes, counts. */

export interface SheetInput {
  /** the header row as read */
  headers: Cell[];
  /** data rows with their number as the user sees it (the header is row 1) */
  rows: { row: number; cells: Cell[] }[];
}
export type WorkbookInput = Partial<Record<SheetKey, SheetInput>>;

export const importErrorCodes = [
  'unreadableFile',
  'expandsTooMuch',
  'noSheets',
  'missingColumn',
  'required',
  'tooLong',
  'controlCharacters',
  'notNumber',
  'notInteger',
  'notMoney',
  'negative',
  'tooLarge',
  'tooSmall',
  'tooManyDecimals',
  'tooMany',
  'notDate',
  'notBoolean',
  'badList',
  'unknownChoice',
  'unknownCode',
  'sourceNotValid',
  'listedTwice',
  'duplicateKey',
  'ambiguousCode',
  'unknownId',
  'unknownArea',
  'unknownObjective',
  'unknownAction',
  'unknownOrganization',
  'yearOutsidePlan',
  'endBeforeStart',
  'ownerRequired',
  'invalid',
  'staleRow',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export const importErrorSchema = z.object({
  sheet: z.enum(spreadsheetSheets).nullable(),
  /** row number as the user sees it in the spreadsheet (null: the whole file) */
  row: z.number().int().nullable(),
  /** header of the column */
  column: z.string().nullable(),
  /** spreadsheet letter of the column (A, B, …) */
  columnLetter: z.string().nullable(),
  code: z.enum(importErrorCodes),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

/** Field values of one record, by name. */
export type Fields = Record<string, unknown>;
export interface ImportChanges {
  objectives: {
    create: { code: string; areaId: string; fields: Fields }[];
    update: { id: string; fields: Fields }[];
  };
  actions: {
    /** objectiveCode: the objective may be created by the same import */
    create: { objectiveCode: string; fields: Fields }[];
    /** objectiveCode: null unless the action moves to another objective */
    update: { id: string; objectiveCode: string | null; fields: Fields }[];
  };
  allocations: {
    upsert: {
      actionId: string;
      sourceCode: string;
      year: number;
      amount: number;
      isNew: boolean;
    }[];
  };
  indicators: {
    create: { objectiveCode: string | null; actionId: string | null; fields: Fields }[];
    /** owner: null unless the indicator moves to another objective or action */
    update: {
      id: string;
      owner: { objectiveCode: string | null; actionId: string | null } | null;
      fields: Fields;
    }[];
  };
}

export const sheetCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type SheetCounts = z.infer<typeof sheetCountsSchema>;
export type ImportCounts = Partial<Record<SheetKey, SheetCounts>>;

export interface ImportPlan {
  errors: ImportError[];
  /**
   * Rows the file changes although the record was changed by someone else since the export
   * (their `Versione` differs from the record's): code `staleRow`, data the record as it is now.
   * Only looked at when there is no error; any conflict → nothing is written.
   */
  conflicts: ImportError[];
  changes: ImportChanges;
  counts: ImportCounts;
}

export function changeCount(counts: ImportCounts): number {
  return Object.values(counts).reduce((n, c) => n + (c ? c.created + c.updated : 0), 0);
}
