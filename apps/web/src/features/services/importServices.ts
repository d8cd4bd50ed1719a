import {
  buildPath,
  csvMediaType,
  serviceContracts,
  serviceImportErrorSchema,
  serviceImportResultSchema,
  xlsxMediaType,
  type ServiceImportError,
  type ServiceImportResult,
} from '@pdz/core';
import { getCsrfToken } from '../../api/client';
import { ApiError, apiErrorFromResponse } from '../../api/ApiError';

export type ServiceImportOutcome =
  | { kind: 'done'; result: ServiceImportResult }
  | { kind: 'rejected'; errors: ServiceImportError[] };

const rejection = serviceImportErrorSchema.array().min(1);

export function formatOf(file: File): 'xlsx' | 'csv' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Sends the file as the raw body. A 400 with the errors or a 409 with the rows changed by someone
 * else is an outcome, not a failure: nothing was written either way.
 */
export async function importServices(
  districtId: string,
  file: File,
): Promise<ServiceImportOutcome> {
  const format = formatOf(file) ?? 'xlsx';
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': format === 'csv' ? csvMediaType : xlsxMediaType,
  };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(
      `${buildPath(serviceContracts.import.path, { districtId })}?format=${format}`,
      {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: file,
      },
    );
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }
  if (res.ok) return { kind: 'done', result: serviceImportResultSchema.parse(await res.json()) };
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

export function serviceExportUrl(districtId: string, format: 'xlsx' | 'csv'): string {
  return `${buildPath(serviceContracts.export.path, { districtId })}?format=${format}`;
}
