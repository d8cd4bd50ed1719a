import { useParams } from 'react-router';
import { errorMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PlansSection } from '../plan';
import { MunicipalitiesTable } from './MunicipalitiesTable';
import { useDistrict } from './queries';

export function DistrictPage() {
  const { districtId = '' } = useParams();
  const { t } = useI18n();
  const format = useFormat();
  const district = useDistrict(districtId);
  useDocumentTitle([district.data?.name, t('app.name')]);

  if (district.isPending) return <Loading label={t('app.loading')} />;
  if (district.isError) return <Alert kind="danger">{t(errorMessageKey(district.error))}</Alert>;
  const d = district.data;

  return (
    <>
      <p className="text-uppercase small fw-semibold mb-1">{t('district.titleLabel')}</p>
      <h1 className="mb-3">
        {d.name}
        {d.isDemo && (
          <span className="badge pdz-demo-badge ms-3 fs-6 align-middle">{t('app.demoData')}</span>
        )}
      </h1>
      {d.isDemo && <p className="small">{t('app.demoDataNote')}</p>}
      <dl className="row pdz-facts">
        <dt className="col-sm-4 col-lg-3">{t('district.region')}</dt>
        <dd className="col-sm-8 col-lg-9">{d.region}</dd>
        <dt className="col-sm-4 col-lg-3">{t('district.leadBody')}</dt>
        <dd className="col-sm-8 col-lg-9">{d.leadBody?.name ?? t('common.none')}</dd>
        <dt className="col-sm-4 col-lg-3">{t('district.population')}</dt>
        <dd className="col-sm-8 col-lg-9">{format.number(d.population)}</dd>
        {d.istatCode && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('district.istatCode')}</dt>
            <dd className="col-sm-8 col-lg-9">{d.istatCode}</dd>
          </>
        )}
      </dl>

      <PlansSection districtId={d.id} headingLevel={2} />

      <section aria-labelledby="municipalities" className="mt-5">
        <h2 id="municipalities">{t('district.municipalities')}</h2>
        <MunicipalitiesTable municipalities={d.municipalities} total={d.population} />
      </section>

      <section aria-labelledby="organizations" className="mt-5">
        <h2 id="organizations">{t('district.organizations')}</h2>
        {d.organizations.length === 0 ? (
          <p>{t('district.noOrganizations')}</p>
        ) : (
          <div className="table-responsive">
            <table className="table table-sm">
              <caption>{t('district.organizationsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('district.col.organization')}</th>
                  <th scope="col">{t('district.col.kind')}</th>
                  <th scope="col">{t('district.col.identifiers')}</th>
                </tr>
              </thead>
              <tbody>
                {d.organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className="fw-normal">
                      {o.name}
                    </th>
                    <td>{t(`orgKind.${o.kind}`)}</td>
                    <td>
                      {[
                        o.taxCode && t('district.taxCode', { code: o.taxCode }),
                        o.registryNumber &&
                          t('district.registryNumber', { number: o.registryNumber }),
                      ]
                        .filter(Boolean)
                        .join(' · ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
