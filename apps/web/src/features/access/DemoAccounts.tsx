import type { Role } from '@pdz/core';
import { useI18n } from '../../i18n';

// The accounts seeded by the demonstration install (see the server's seed).
const demoPassword = 'demo-Pavia-2012';
const demoAccounts: { email: string; role: Role }[] = [
  { email: 'ufficio.piano@pavia.demo', role: 'planOffice' },
  { email: 'sindaco@pavia.demo', role: 'mayor' },
  { email: 'terzo.settore@pavia.demo', role: 'partner' },
  { email: 'ats@pavia.demo', role: 'healthAgency' },
  { email: 'regione@pavia.demo', role: 'region' },
  { email: 'admin@pavia.demo', role: 'admin' },
];

export function DemoAccounts({ onUse }: { onUse: (email: string, password: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="demo-accounts" className="mt-5">
      <h2 id="demo-accounts" className="h5">
        {t('login.demoTitle')}{' '}
        <span className="badge pdz-demo-badge ms-1">{t('app.demoData')}</span>
      </h2>
      <p>
        {t('login.demoIntro')} <code>{demoPassword}</code>
      </p>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="visually-hidden">{t('login.demoCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('login.demoAccount')}</th>
              <th scope="col">{t('login.demoRole')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('login.demoUse')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demoAccounts.map((a) => (
              <tr key={a.email}>
                <td>
                  <code>{a.email}</code>
                </td>
                <td>{t(`role.${a.role}`)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-xs py-1 px-2"
                    onClick={() => onUse(a.email, demoPassword)}
                    aria-label={t('login.demoUseAccount', { email: a.email })}
                  >
                    {t('login.demoUse')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
