import { buildPath, documentContracts, type DocumentFormat } from '@pdz/core';
import { ApiError, apiErrorFromResponse } from '../../api/ApiError';

export interface DocumentScope {
  districtId: string;
  planId: string;
  /** an approved version; the live draft when absent */
  version?: number;
}

/** Where the document is, for the live draft or a version. */
export function documentUrl(scope: DocumentScope, format: DocumentFormat, lang: 'it' | 'en') {
  const query = new URLSearchParams({ format, lang });
  const path =
    scope.version === undefined
      ? buildPath(documentContracts.draft.path, {
          districtId: scope.districtId,
          planId: scope.planId,
        })
      : buildPath(documentContracts.version.path, {
          districtId: scope.districtId,
          planId: scope.planId,
          number: scope.version,
        });
  return `${path}?${query}`;
}

/** The file's name as the server gives it (Content-Disposition), or a plain one. */
function filenameOf(res: Response, format: DocumentFormat): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ?? `piano-di-zona.${format}`;
}

/**
 * Fetches the document (the server may take a few seconds to typeset a large plan, so the
 * screen can say what is happening) and hands it to the browser as a download.
 */
export async function downloadDocument(
  scope: DocumentScope,
  format: DocumentFormat,
  lang: 'it' | 'en',
): Promise<{ filename: string; bytes: number }> {
  let res: Response;
  try {
    res = await fetch(documentUrl(scope, format, lang), { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }
  if (!res.ok) throw await apiErrorFromResponse(res);
  const blob = await res.blob();
  const filename = filenameOf(res, format);
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // the click has started the download; the address is no longer needed after this turn
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return { filename, bytes: blob.size };
}
