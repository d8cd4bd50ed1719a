import {
  buildPath,
  populationContracts,
  populationFileNameMax,
  populationImportSchema,
  type PopulationCsvError,
  type PopulationImport,
  type PopulationImportKind,
} from '@pdz/core';
import { getCsrfToken } from '../../api/client';
import { ApiError } from '../../api/ApiError';

export type UploadOutcome =
  | { kind: 'done'; result: PopulationImport }
  | { kind: 'rejected'; errors: PopulationCsvError[]; total: number };

/** Bytes sent so far and the total; `loaded === total` means the server is now reading. */
export type Progress = { loaded: number; total: number };

/**
 * Sends the file as the raw body with XMLHttpRequest, whose upload events give the progress
 * (fetch does not). A 400 with the rows at fault is an outcome: nothing was written.
 */
export function uploadPopulation(
  districtId: string,
  file: File,
  options: { kind: PopulationImportKind; year?: number | undefined },
  onProgress: (p: Progress) => void,
): Promise<UploadOutcome> {
  // the name is a label of the import: a longer one is cut to what the server records
  const fileName = file.name.slice(0, populationFileNameMax);
  const query = new URLSearchParams({ kind: options.kind, fileName });
  if (options.year !== undefined) query.set('year', String(options.year));
  const url = `${buildPath(populationContracts.import.path, { districtId })}?${query}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'text/csv');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
    };
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size });
    xhr.onerror = () => reject(new ApiError({ code: 'NETWORK_ERROR', status: 0 }));
    xhr.onload = () => {
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      if (xhr.status === 201 && body) {
        resolve({ kind: 'done', result: populationImportSchema.parse(body) });
        return;
      }
      if (xhr.status === 400 && Array.isArray(body?.problems)) {
        const errors = body.problems as PopulationCsvError[];
        const total = Number(/^(\d+)/.exec(String(body.detail ?? ''))?.[1] ?? errors.length);
        resolve({ kind: 'rejected', errors, total });
        return;
      }
      const code = typeof body?.code === 'string' ? body.code : 'INTERNAL';
      reject(
        new ApiError({
          code: code as ApiError['code'],
          status: xhr.status,
          detail: typeof body?.detail === 'string' ? body.detail : undefined,
        }),
      );
    };
    xhr.send(file);
  });
}
