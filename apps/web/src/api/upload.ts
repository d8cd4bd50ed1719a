import { csvMediaType, xlsxMediaType } from '@pdz/core';
import { getCsrfToken } from './client';
import { ApiError, apiErrorFromResponse } from './ApiError';

/** Structural, so that the web needs no direct dependency on zod: core's schemas fit it. */
interface Parser<T> {
  parse: (value: unknown) => T;
  safeParse: (value: unknown) => { success: true; data: T } | { success: false };
}

export type UploadOutcome<R, E> = { kind: 'done'; result: R } | { kind: 'rejected'; errors: E[] };

/**
 * Sends a file as the raw body of an upload. A 400 or 409 whose problem document lists the
 * file's problems (an import's errors, the rows someone else changed since the export, a file
 * that cannot be read) is an outcome, not a failure: nothing was written either way. Anything
 * else is an ApiError like every other call.
 */
export async function uploadFile<R, E>(
  url: string,
  file: File,
  mediaType: string,
  schemas: { result: Parser<R>; errors: Parser<E[]> },
): Promise<UploadOutcome<R, E>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': mediaType,
  };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }
  if (res.ok) return { kind: 'done', result: schemas.result.parse(await res.json()) };
  if (res.status === 400 || res.status === 409) {
    const body = (await res
      .clone()
      .json()
      .catch(() => undefined)) as { problems?: unknown } | undefined;
    const parsed = schemas.errors.safeParse(body?.problems);
    if (parsed.success && parsed.data.length > 0) return { kind: 'rejected', errors: parsed.data };
  }
  throw await apiErrorFromResponse(res);
}

/** Sends a spreadsheet as the raw body of an import (see uploadFile for the outcomes). */
export async function uploadSpreadsheet<R, E>(
  url: string,
  file: File,
  format: 'xlsx' | 'csv',
  schemas: { result: Parser<R>; errors: Parser<E[]> },
): Promise<UploadOutcome<R, E>> {
  return uploadFile(url, file, format === 'csv' ? csvMediaType : xlsxMediaType, schemas);
}
