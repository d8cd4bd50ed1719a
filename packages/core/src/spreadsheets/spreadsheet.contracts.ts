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
/** What the imports take as the raw body (octet-stream: read as the `format` asked). */
export const spreadsheetMediaTypes = [xlsxMediaType, csvMediaType, 'application/octet-stream'];

/** What the exports answer: the file itself, as an attachment. */
export const spreadsheetDownload = { mediaTypes: [xlsxMediaType, csvMediaType] };

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
    operationId: 'exportPlanSpreadsheet',
    description:
      'Answers the plan as an XLSX workbook (objectives, actions, allocations, indicators, each row with its `Versione`) or one sheet as CSV (`;`, decimal comma, UTF-8 with BOM, `sheet` required), as an attachment. Every member of the district may export it.',
    summary: 'The plan as an XLSX workbook, or one of its sheets as CSV',
    tags,
    params: planParams,
    query: spreadsheetQuery,
    download: spreadsheetDownload,
    response: z.string().describe('the file'),
  }),
  import: defineContract({
    method: 'POST',
    path: base,
    operationId: 'importPlanSpreadsheet',
    description:
      'Imports a workbook or one CSV sheet sent as the raw body (at most 5 MB; a workbook expanding beyond 50 MB is refused unread), all rows or none. Only the plan office (plan.edit) may call it, while the plan is editable. A 400 lists every error by sheet, row and column (a text with control characters among them), a 409 every changed row whose `Versione` is older than the record, a 413 a larger file.',
    upload: { mediaTypes: spreadsheetMediaTypes, maxBytes: spreadsheetMaxBytes },
    summary: 'Import the plan from a workbook or one CSV sheet: all rows or none',
    tags,
    params: planParams,
    query: spreadsheetQuery,
    response: importResultSchema,
  }),
};
