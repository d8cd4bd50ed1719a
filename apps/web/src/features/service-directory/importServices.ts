import {
  buildPath,
  serviceContracts,
  serviceImportErrorSchema,
  serviceImportResultSchema,
  type ServiceImportError,
  type ServiceImportResult,
} from '@pdz/core';
import { uploadSpreadsheet, type UploadOutcome } from '../../api/upload';

export type ServiceImportOutcome = UploadOutcome<ServiceImportResult, ServiceImportError>;

export function formatOf(file: File): 'xlsx' | 'csv' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

/** Sends the directory's workbook or CSV (see uploadSpreadsheet for the outcomes). */
export async function importServices(
  districtId: string,
  file: File,
): Promise<ServiceImportOutcome> {
  const format = formatOf(file) ?? 'xlsx';
  return uploadSpreadsheet(
    `${buildPath(serviceContracts.import.path, { districtId })}?format=${format}`,
    file,
    format,
    { result: serviceImportResultSchema, errors: serviceImportErrorSchema.array() },
  );
}

export function serviceExportUrl(districtId: string, format: 'xlsx' | 'csv'): string {
  return `${buildPath(serviceContracts.export.path, { districtId })}?format=${format}`;
}
