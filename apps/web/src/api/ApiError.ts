import { errorCodes, problemSchema, type ErrorCode, type FieldIssue } from '@pdz/core';

/** NETWORK_ERROR is ours: the request never got an answer (offline, server down). */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

/** A failed call, built from the server's problem+json document. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[];
  /** on VERSION_CONFLICT: the record as it is now on the server */
  readonly current: unknown;
  /** seconds to wait, from the Retry-After header (ACCOUNT_LOCKED, RATE_LIMITED, SERVICE_UNAVAILABLE) */
  readonly retryAfter: number | undefined;
  readonly detail: string | undefined;

  constructor(init: {
    code: ApiErrorCode;
    status: number;
    issues?: FieldIssue[];
    current?: unknown;
    retryAfter?: number | undefined;
    detail?: string | undefined;
  }) {
    super(init.detail ?? init.code);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.current = init.current;
    this.retryAfter = init.retryAfter;
    this.detail = init.detail;
  }

  /** The message the server gave for one field (`body.title`), if any. */
  issueFor(field: string): string | undefined {
    return this.issues.find((i) => i.field === field)?.message;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorCode(value: string): value is ErrorCode {
  return (errorCodes as string[]).includes(value);
}

/** A status without a usable body still gets a code the interface knows how to explain. */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'VERSION_CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 414) return 'URI_TOO_LONG';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 431) return 'HEADERS_TOO_LARGE';
  if (status === 423) return 'ACCOUNT_LOCKED';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const until = Date.parse(header);
  return Number.isNaN(until) ? undefined : Math.max(0, Math.round((until - Date.now()) / 1000));
}

export async function apiErrorFromResponse(res: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const problem = problemSchema.safeParse(body);
  if (!problem.success)
    return new ApiError({ code: codeForStatus(res.status), status: res.status, retryAfter });
  const p = problem.data;
  return new ApiError({
    code: isErrorCode(p.code) ? p.code : codeForStatus(res.status),
    status: p.status,
    issues: p.issues,
    current: p.current,
    retryAfter,
    detail: p.detail,
  });
}
