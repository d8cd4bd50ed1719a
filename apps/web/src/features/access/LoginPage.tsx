import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { login, textLimits } from '@pdz/core';
import { useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import { loginErrorMessage } from './loginMessage';
import { DemoAccounts } from './DemoAccounts';
import { useMeta } from './meta';
import { useLogin, useSession } from './session';

/** Where to go after signing in: back to the page that asked, never off-site. */
function safeReturnPath(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const location = useLocation();
  const session = useSession();
  const signIn = useLogin();
  // The demo accounts are listed only by an installation that seeded them.
  const meta = useMeta();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  useDocumentTitle([t('login.title'), t('app.name')]);

  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);
  if (session.data?.session) return <Navigate to={returnTo} replace />;

  const expired = search.get('reason') === 'expired' || session.data?.expired === true;
  const loggedOut = search.get('reason') === 'logout';

  function submit(event: FormEvent) {
    event.preventDefault();
    const labels = { email: t('login.email'), password: t('login.password') };
    const checked = validate(login.body!, { email, password }, t, labels, locale);
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      return;
    }
    setFieldErrors({});
    signIn.mutate(checked.data, {
      onError: (error) => setFieldErrors(serverFieldErrors(error, t, labels, locale)),
    });
  }

  const failure = signIn.error ? loginErrorMessage(signIn.error, t) : null;

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <h1 className="mb-3">{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        {expired && !signIn.isPending && !failure && (
          <Alert kind="warning">{t('login.sessionExpired')}</Alert>
        )}
        {loggedOut && !failure && <Alert kind="info">{t('login.loggedOut')}</Alert>}
        {failure && <Alert kind="danger">{failure}</Alert>}
        <form onSubmit={submit} noValidate className="mt-4">
          <TextField
            name="email"
            type="email"
            label={t('login.email')}
            value={email}
            onChange={setEmail}
            autoComplete="username"
            inputMode="email"
            maxLength={textLimits.email}
            required
            error={fieldErrors.email}
          />
          <TextField
            name="password"
            type="password"
            label={t('login.password')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            maxLength={textLimits.password}
            required
            error={fieldErrors.password}
          />
          <button type="submit" className="btn btn-primary" disabled={signIn.isPending}>
            {signIn.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        {meta.data?.demoData && (
          <DemoAccounts
            onUse={(demoEmail, demoPassword) => {
              setEmail(demoEmail);
              setPassword(demoPassword);
            }}
          />
        )}
      </div>
    </div>
  );
}
