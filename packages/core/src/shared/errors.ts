/**
 * One error type with stable codes. Services throw DomainError; the server maps the code to an
 * HTTP status and an RFC 9457 problem document; the web maps the code to a message.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  PLAN_NOT_EDITABLE: 409,
  INVALID_TRANSITION: 409,
  PLAN_INCOHERENT: 409,
  PERIOD_CLOSED: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export interface FieldIssue {
  /** dotted path of the offending field, e.g. `body.title` */
  field: string;
  message: string;
  /**
   * What went wrong, as zod names it (`too_big`, `too_small`, `invalid_format`, `invalid_type`,
   * `invalid_value`, `custom`), with the limit it broke, so that each language can say it exactly.
   */
  code?: string;
  /** what was measured: `string` (characters), `array` (items), `number` (value), `date`… */
  origin?: string;
  minimum?: number;
  maximum?: number;
  /** false when the limit itself is not allowed (greater than, not at least) */
  inclusive?: boolean;
  /** the format expected: `email`, `date`, `uuid`, `regex`… */
  format?: string;
  /** the type expected: `number`, `string`… */
  expected?: string;
  /** the values allowed */
  values?: string[];
  /** what was sent, measured the same way as the limit: a text's length, a list's size */
  actual?: number;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    extra?: { details?: Record<string, unknown>; issues?: FieldIssue[] },
  ) {
    super(message ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.details = extra?.details;
    this.issues = extra?.issues;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
