import { Link } from 'react-router';
import { errorMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { usePlanVersions } from './queries';

export function VersionList({ districtId, planId }: { districtId: string; planId: string }) {
  const { t } = useI18n();
  const format = useFormat();
  const versions = usePlanVersions(districtId, planId);
  return (
    <section aria-labelledby="versions" className="my-4">
      <h2 id="versions" className="h4">
        {t('plan.versions')}
      </h2>
      {versions.isPending && <Loading label={t('app.loading')} />}
      {versions.isError && <Alert kind="danger">{t(errorMessageKey(versions.error))}</Alert>}
      {versions.data?.items.length === 0 && <p>{t('plan.noVersions')}</p>}
      {versions.data && versions.data.items.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">{t('plan.versionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.col.number')}</th>
                <th scope="col">{t('plan.col.approvedAt')}</th>
                <th scope="col">{t('plan.col.approvedBy')}</th>
                <th scope="col">{t('plan.col.resolution')}</th>
                <th scope="col">{t('plan.col.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.items.map((v) => (
                <tr key={v.number}>
                  <th scope="row">
                    <Link to={`/districts/${districtId}/plans/${planId}/versions/${v.number}`}>
                      {t('plan.viewVersion', { number: v.number })}
                    </Link>
                  </th>
                  <td>{format.date(v.decisionDate)}</td>
                  <td>{v.approvedBy?.name ?? t('common.none')}</td>
                  <td>{v.resolution ?? t('common.none')}</td>
                  <td>
                    <code className="text-body" title={v.sha256}>
                      <span aria-hidden="true">{v.sha256.slice(0, 12)}…</span>
                      <span className="visually-hidden">
                        {t('plan.hashFull', { hash: v.sha256 })}
                      </span>
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
