import { isApiError } from '../../api/ApiError';
import { errorMessageKey, type I18n } from '../../i18n';

/**
 * What a refused monitoring write says. A stale version or a move the status no longer allows
 * means someone else acted first: the page has read the data again, and says so.
 */
export function writeFailure(error: unknown, t: I18n['t']): string {
  if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
    return `${t('error.VERSION_CONFLICT')} ${t('monitoring.reloaded')}`;
  }
  if (isApiError(error) && error.code === 'INVALID_TRANSITION') {
    return `${t('monitoring.error.transition')} ${t('monitoring.reloaded')}`;
  }
  return t(errorMessageKey(error));
}
