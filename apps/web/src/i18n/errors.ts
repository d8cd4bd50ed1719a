import type { ErrorCode } from '@pdz/core';
import type { ApiErrorCode } from '../api/ApiError';
import { isApiError } from '../api/ApiError';
import type { MessageKey } from './catalogues';

/** One message per error code: the Record type makes a new core code fail the build here. */
export const errorMessageKeys: Record<ApiErrorCode, MessageKey> = {
  VALIDATION_FAILED: 'error.VALIDATION_FAILED',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  SESSION_EXPIRED: 'error.SESSION_EXPIRED',
  FORBIDDEN: 'error.FORBIDDEN',
  CSRF_INVALID: 'error.CSRF_INVALID',
  NOT_FOUND: 'error.NOT_FOUND',
  VERSION_CONFLICT: 'error.VERSION_CONFLICT',
  PLAN_NOT_EDITABLE: 'error.PLAN_NOT_EDITABLE',
  INVALID_TRANSITION: 'error.INVALID_TRANSITION',
  PLAN_INCOHERENT: 'error.PLAN_INCOHERENT',
  PERIOD_CLOSED: 'error.PERIOD_CLOSED',
  DUPLICATE: 'error.DUPLICATE',
  PAYLOAD_TOO_LARGE: 'error.PAYLOAD_TOO_LARGE',
  URI_TOO_LONG: 'error.URI_TOO_LONG',
  UNSUPPORTED_MEDIA_TYPE: 'error.UNSUPPORTED_MEDIA_TYPE',
  HEADERS_TOO_LARGE: 'error.HEADERS_TOO_LARGE',
  ACCOUNT_LOCKED: 'error.ACCOUNT_LOCKED',
  RATE_LIMITED: 'error.RATE_LIMITED',
  INTERNAL: 'error.INTERNAL',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
  NETWORK_ERROR: 'error.NETWORK_ERROR',
} satisfies Record<ErrorCode | 'NETWORK_ERROR', MessageKey>;

/** The message key for anything thrown by a call. */
export function errorMessageKey(error: unknown): MessageKey {
  return isApiError(error) ? errorMessageKeys[error.code] : 'error.INTERNAL';
}
