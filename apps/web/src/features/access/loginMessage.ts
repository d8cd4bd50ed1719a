import { isApiError } from '../../api/ApiError';
import { errorMessageKey, type I18n } from '../../i18n';

/** The sentence a failed sign-in deserves: precise for the cases a user can act on. */
export function loginErrorMessage(error: unknown, t: I18n['t']): string {
  if (!isApiError(error)) return t('error.INTERNAL');
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('login.wrongCredentials');
    case 'ACCOUNT_LOCKED': {
      if (error.retryAfter === undefined) return t('login.lockedNoTime');
      const minutes = Math.max(1, Math.ceil(error.retryAfter / 60));
      return t('login.locked', { minutes });
    }
    case 'RATE_LIMITED':
      return error.retryAfter === undefined
        ? t('error.RATE_LIMITED')
        : t('login.rateLimited', { seconds: Math.max(1, Math.ceil(error.retryAfter)) });
    default:
      return t(errorMessageKey(error));
  }
}
