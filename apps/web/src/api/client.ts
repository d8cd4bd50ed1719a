import {
  buildPath,
  type Contract,
  type ContractBody,
  type ContractParams,
  type ContractQuery,
  type ContractResponse,
} from '@pdz/core';
import { ApiError, apiErrorFromResponse } from './ApiError';

export interface CallOptions<C> {
  params?: ContractParams<C>;
  query?: ContractQuery<C>;
  body?: ContractBody<C>;
  signal?: AbortSignal;
}

// The CSRF token lives in memory only: it comes with the session and is sent back on writes.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the few calls that send a file rather than JSON (spreadsheet import). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Lets the session layer react when any call finds the session gone. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function queryString(query: unknown): string {
  if (!query || typeof query !== 'object') return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Calls one endpoint described by a core contract and returns its typed answer. */
export async function call<C extends Contract>(
  contract: C,
  options: CallOptions<C> = {},
): Promise<ContractResponse<C>> {
  const path =
    buildPath(contract.path, (options.params ?? {}) as Record<string, string | number>) +
    queryString(options.query);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contract.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const hasBody = options.body !== undefined;
  // PATCH bodies are JSON Merge Patch (RFC 7396), as the API document says
  if (hasBody)
    headers['content-type'] =
      contract.method === 'PATCH' ? 'application/merge-patch+json' : 'application/json';

  let res: Response;
  try {
    res = await fetch(path, {
      method: contract.method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }

  if (!res.ok) {
    const error = await apiErrorFromResponse(res);
    if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') {
      for (const listener of unauthenticatedListeners) listener(error);
    }
    throw error;
  }
  if (res.status === 204) return null as ContractResponse<C>;
  const data: unknown = await res.json();
  const parsed = contract.response.safeParse(data);
  if (!parsed.success) {
    // A contract drift should be visible to developers but not break a screen that can cope.
    console.warn(
      `response of ${contract.method} ${contract.path} does not match its contract`,
      parsed.error.issues,
    );
    return data as ContractResponse<C>;
  }
  return parsed.data as ContractResponse<C>;
}
