import { Link, useParams } from 'react-router';
import { errorMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { formatPeriod } from '@pdz/core';
import { usePlanVersion } from './queries';
import { ReadOnlyTree } from './tree/ReadOnlyTree';
import { useClassificationLabel } from './useClassificationLabel';
import { DocumentDownloads } from '../document/index';
import { VersionComparison } from './comparison/VersionComparison';

/** A frozen, approved version: what was voted, with the fingerprint that proves it. */
export function VersionPage() {
  const { districtId = '', planId = '', number = '' } = useParams();
  const { t } = useI18n();
  const format = useFormat();
  const versionNumber = Number(number);
  const version = usePlanVersion(districtId, planId, versionNumber);
  const classifications = useClassificationLabel();
  const snapshot = version.data?.snapshot;
  const title = snapshot
    ? t('version.title', { plan: snapshot.plan.title, number: versionNumber })
    : undefined;
  useDocumentTitle([title, snapshot?.district.name, t('app.name')]);

  if (version.isPending) return <Loading label={t('app.loading')} />;
  if (version.isError) return <Alert kind="danger">{t(errorMessageKey(version.error))}</Alert>;
  const v = version.data;

  return (
    <>
      <p>
        <Link to={`/districts/${districtId}/plans/${planId}`}>{t('version.back')}</Link>
      </p>
      <h1 className="mb-2">{title}</h1>
      <p>{t('plan.period', { period: formatPeriod(v.snapshot.plan.period) })}</p>
      <Alert kind="info">{t('version.frozen')}</Alert>
      <dl className="row pdz-facts">
        <dt className="col-sm-4 col-lg-3">{t('version.approvedAt')}</dt>
        <dd className="col-sm-8 col-lg-9">{format.date(v.decisionDate)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('version.enteredAt')}</dt>
        <dd className="col-sm-8 col-lg-9">{format.dateTime(v.approvedAt)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('version.approvedBy')}</dt>
        <dd className="col-sm-8 col-lg-9">{v.approvedBy?.name ?? t('common.none')}</dd>
        <dt className="col-sm-4 col-lg-3">{t('version.resolution')}</dt>
        <dd className="col-sm-8 col-lg-9">{v.resolution ?? t('common.none')}</dd>
        <dt className="col-sm-4 col-lg-3">{t('version.hash')}</dt>
        <dd className="col-sm-8 col-lg-9">
          <code className="text-body pdz-hash">{v.sha256}</code>
        </dd>
      </dl>
      <DocumentDownloads districtId={districtId} planId={planId} version={versionNumber} />
      {versionNumber > 1 && (
        <VersionComparison
          districtId={districtId}
          planId={planId}
          from={versionNumber - 1}
          to={versionNumber}
        />
      )}
      <section aria-labelledby="version-content" className="mt-4">
        <h2 id="version-content" className="h3">
          {t('plan.content')}
        </h2>
        <ReadOnlyTree areas={v.snapshot.areas} classificationLabel={classifications.label} />
      </section>
    </>
  );
}
