import {
  checkOfficeArchive,
  officeArchiveLimits,
  type OfficeArchiveLimits,
} from './office-archive';

/**
 * The check of an uploaded XLSX workbook before exceljs reads it: the check every Office upload
 * gets (office-archive.ts), under the names the workbook readers have always used.
 */
export { ArchiveTooLarge, NotAnArchive } from './office-archive';
export const workbookLimits = officeArchiveLimits;
export type WorkbookLimits = OfficeArchiveLimits;

export async function checkWorkbookArchive(
  buffer: Buffer,
  limits: WorkbookLimits = workbookLimits,
): Promise<void> {
  await checkOfficeArchive(buffer, limits);
}
