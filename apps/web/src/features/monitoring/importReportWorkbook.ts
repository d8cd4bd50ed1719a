import {
  buildPath,
  reportImportErrorSchema,
  reportImportResultSchema,
  reportingContracts,
  xlsxMediaType,
  type ReportImportError,
} from '@pdz/core';
import { uploadFile, type UploadOutcome } from '../../api/upload';

export type WorkbookOutcome = UploadOutcome<
  { written: number; unchanged: number },
  ReportImportError
>;

type PeriodScope = { districtId: string; planId: string; periodId: string };

/** Where the workbook of a period is downloaded, pre-filled for the user asking. */
export const workbookUrl = (scope: PeriodScope) =>
  buildPath(reportingContracts.exportWorkbook.path, scope);

/** Sends a filled-in workbook: every report it changes is written, or none (see uploadFile). */
export function importReportWorkbook(scope: PeriodScope, file: File): Promise<WorkbookOutcome> {
  return uploadFile(buildPath(reportingContracts.importWorkbook.path, scope), file, xlsxMediaType, {
    result: reportImportResultSchema,
    errors: reportImportErrorSchema.array(),
  });
}
