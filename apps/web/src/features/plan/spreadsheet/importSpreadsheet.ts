import {
  buildPath,
  csvMediaType,
  importErrorSchema,
  importResultSchema,
  spreadsheetContracts,
  xlsxMediaType,
  type ImportError,
  type ImportResult,
  type SheetKey,
} from '@pdz/core';
import { getCsrfToken } from '../../../api/client';
import { ApiError, apiErrorFromResponse } from '../../../api/ApiError';

export type ImportOutcome =
  { kind: 'done'; result: ImportResult } | { kind: 'rejected'; errors: ImportError[] };

const rejection = importErrorSchema.array().min(1);

/**
 * Sends the file as the raw body. A 400 with the list of errors, or a 409 with the rows someone
 * else changed since the export, is an outcome, not a failure: nothing was written either way.
 */
export async function importSpreadsheet(
  scope: { districtId: string; planId: string },
  file: File,
  format: 'xlsx' | 'csv',
  sheet: SheetKey,
): Promise<ImportOutcome> {
  const query = new URLSearchParams({ format, ...(format === 'csv' ? { sheet } : {}) });
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': format === 'csv' ? csvMediaType : xlsxMediaType,
  };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`${buildPath(spreadsheetContracts.import.path, scope)}?${query}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }
  if (res.ok) return { kind: 'done', result: importResultSchema.parse(await res.json()) };
  if (res.status === 400 || res.status === 409) {
    const body = (await res
      .clone()
      .json()
      .catch(() => undefined)) as { problems?: unknown } | undefined;
    const parsed = rejection.safeParse(body?.problems);
    if (parsed.success) return { kind: 'rejected', errors: parsed.data };
  }
  throw await apiErrorFromResponse(res);
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
