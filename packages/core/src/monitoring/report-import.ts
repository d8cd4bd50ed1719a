// What an upload of the monitoring workbook answers: the sheets it has, each error by sheet, row
// and column, or how many reports it wrote. Shared by the contracts and the rules that read it.
import { z } from 'zod';
import { importErrorCodes } from '../spreadsheets/import-result';

export const reportSheetKeys = ['reports', 'measures', 'spending'] as const;
export type ReportSheetKey = (typeof reportSheetKeys)[number];
export const reportImportErrorCodes = [
  ...importErrorCodes,
  'notYours',
  'reportLocked',
  'unknownIndicator',
  'paidOverCommitted',
] as const;
export const reportImportErrorSchema = z.object({
  sheet: z.enum(reportSheetKeys).nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  columnLetter: z.string().nullable(),
  code: z.enum(reportImportErrorCodes),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ReportImportError = z.infer<typeof reportImportErrorSchema>;
export const reportImportResultSchema = z.object({
  written: z.number().int(),
  unchanged: z.number().int(),
});
