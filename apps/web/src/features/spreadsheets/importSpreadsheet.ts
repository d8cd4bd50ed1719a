import {
  buildPath,
  importErrorSchema,
  importResultSchema,
  spreadsheetContracts,
  type ImportError,
  type ImportResult,
  type SheetKey,
} from '@pdz/core';
import { uploadSpreadsheet, type UploadOutcome } from '../../api/upload';

export type ImportOutcome = UploadOutcome<ImportResult, ImportError>;

/** Sends the workbook, or one sheet as CSV (see uploadSpreadsheet for the outcomes). */
export async function importSpreadsheet(
  scope: { districtId: string; planId: string },
  file: File,
  format: 'xlsx' | 'csv',
  sheet: SheetKey,
): Promise<ImportOutcome> {
  const query = new URLSearchParams({ format, ...(format === 'csv' ? { sheet } : {}) });
  return uploadSpreadsheet(
    `${buildPath(spreadsheetContracts.import.path, scope)}?${query}`,
    file,
    format,
    { result: importResultSchema, errors: importErrorSchema.array() },
  );
}

/** Where the export of the whole workbook or of one CSV sheet is downloaded. */
export function exportUrl(
  scope: { districtId: string; planId: string },
  format: 'xlsx' | 'csv',
  sheet?: SheetKey,
): string {
  const query = new URLSearchParams({ format, ...(sheet ? { sheet } : {}) });
  return `${buildPath(spreadsheetContracts.export.path, scope)}?${query}`;
}
