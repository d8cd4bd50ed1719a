import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../i18n';
import { Loading } from '../../ui/Loading';
import { Alert } from '../../ui/Alert';
import { errorMessageKey } from '../../i18n';
import { useSession } from './session';

/** Guards the back office: without a session the user is sent to sign in, then back here. */
export function RequireSession() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading label={t('app.loading')} />;
  if (session.isError) return <Alert kind="danger">{t(errorMessageKey(session.error))}</Alert>;
  if (!session.data.session) {
    const reason = session.data.expired ? '?reason=expired' : '';
    return (
      <Navigate
        to={`/login${reason}`}
        replace
        state={{ from: location.pathname + location.search }}
      />
    );
  }
  return <Outlet />;
}
