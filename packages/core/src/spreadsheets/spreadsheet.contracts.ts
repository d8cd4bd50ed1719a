import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { sheetCountsSchema, spreadsheetSheets } from './';

const base = '/api/districts/:districtId/plans/:planId/spreadsheet';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['spreadsheet'];

export const spreadsheetFormats = ['xlsx', 'csv'] as const;
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvMediaType = 'text/csv';
/** Largest file accepted on import. */
export const spreadsheetMaxBytes = 5 * 1024 * 1024;

/** CSV holds one sheet: which one must be said. */
export const spreadsheetQuery = z
  .object({
    format: z.enum(spreadsheetFormats).default('xlsx'),
    sheet: z.enum(spreadsheetSheets).optional(),
  })
  .refine((q) => q.format !== 'csv' || q.sheet !== undefined, {
    message: 'required for CSV',
    path: ['sheet'],
  });

export const importResultSchema = z.object({
  /** rows created or updated in all */
  changes: z.number().int(),
  counts: z.object({
    objectives: sheetCountsSchema.optional(),
    actions: sheetCountsSchema.optional(),
    allocations: sheetCountsSchema.optional(),
    indicators: sheetCountsSchema.optional(),
  }),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const spreadsheetContracts = {
  export: defineContract({
    method: 'GET',
    path: base,
    summary:
      'The plan as an XLSX workbook (objectives, actions, allocations, indicators) or one sheet as CSV (`;`, decimal comma, UTF-8 with BOM)',
    tags,
    params: planParams,
    query: spreadsheetQuery,
    response: z.string().describe('the file'),
  }),
  import: defineContract({
    method: 'POST',
    path: base,
    summary:
      'Import a workbook or one CSV sheet (raw body, XLSX or text/csv, at most 5 MB; a workbook expanding beyond 50 MB is refused unread, code expandsTooMuch): all rows or none; a 400 lists every error by sheet, row and column, a 409 every changed row whose `Versione` is older than the record (changed by someone else since the export)',
    tags,
    params: planParams,
    query: spreadsheetQuery,
    response: importResultSchema,
  }),
};
