import { Link } from 'react-router';
import { formatPeriod } from '@pdz/core';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDistrictAccess } from '../territory/queries';
import { NewPlanForm } from './NewPlanForm';
import { PhaseBadge } from './PhaseBadge';
import { usePlans } from './queries';

/** The plans of a district, and for the plan office the form that starts a new one. */
export function PlansSection({
  districtId,
  headingLevel,
}: {
  districtId: string;
  headingLevel: 1 | 2;
}) {
  const { t } = useI18n();
  const plans = usePlans(districtId);
  const access = useDistrictAccess(districtId);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  return (
    <section aria-labelledby="plans-heading" className="mt-4">
      <Heading id="plans-heading">{t('plans.title')}</Heading>
      {plans.isPending && <Loading label={t('app.loading')} />}
      {plans.isError && <Alert kind="danger">{t(errorMessageKey(plans.error))}</Alert>}
      {plans.data && plans.data.items.length === 0 && <p>{t('plans.none')}</p>}
      {plans.data && plans.data.items.length > 0 && (
        <div className="table-responsive">
          <table className="table">
            <caption>{t('plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.col.title')}</th>
                <th scope="col">{t('plans.col.period')}</th>
                <th scope="col">{t('plans.col.phase')}</th>
                <th scope="col">{t('plans.col.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="fw-normal">
                    <Link to={`/districts/${districtId}/plans/${p.id}`}>{p.title}</Link>
                    {p.isDemo && (
                      <span className="badge pdz-demo-badge ms-2">{t('plan.demo')}</span>
                    )}
                  </th>
                  <td>{formatPeriod(p.period)}</td>
                  <td>
                    <PhaseBadge phase={p.phase} />
                  </td>
                  <td>
                    {p.latestApprovedVersion === null ? (
                      t('plans.noVersion')
                    ) : (
                      <Link
                        to={`/districts/${districtId}/plans/${p.id}/versions/${p.latestApprovedVersion}`}
                      >
                        {t('plans.versionN', { number: p.latestApprovedVersion })}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {access.can('plan.create') && (
        <NewPlanForm districtId={districtId} headingLevel={headingLevel === 1 ? 2 : 3} />
      )}
    </section>
  );
}
