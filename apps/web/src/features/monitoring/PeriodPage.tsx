import { Link, useParams } from 'react-router';
import { errorMessageKey, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { usePlanTree } from '../plan/queries';
import { useDistrictAccess } from '../territory/queries';
import { PeriodStatusBadge } from './badges';
import { ProgressSummary } from './ProgressSummary';
import { usePeriod } from './queries';
import { ReportCounts } from './ReportCounts';
import { ReportWorkbook } from './ReportWorkbook';
import { SpendingTable } from './SpendingTable';
import { SubjectList } from './SubjectList';
import { useFigures } from './useFigures';
import './monitoring.css';

/**
 * One reporting period: where the plan stands (indicators, money), then every action and
 * objective with its report.
 */
export function PeriodPage() {
  const { districtId = '', planId = '', periodId = '' } = useParams();
  const { t } = useI18n();
  const figures = useFigures();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const detail = usePeriod(districtId, planId, periodId);
  useDocumentTitle([
    detail.data?.period.label,
    t('monitoring.heading'),
    tree.data?.title,
    t('app.name'),
  ]);
  const base = `/districts/${districtId}/plans/${planId}/monitoring`;

  if (detail.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (detail.isError) {
    return (
      <>
        <p>
          <Link to={base}>{t('monitoring.backToPeriods')}</Link>
        </p>
        <Alert kind="danger">{t(errorMessageKey(detail.error))}</Alert>
      </>
    );
  }
  const { period, subjects, summary } = detail.data;

  return (
    <>
      <p>
        <Link to={base}>{t('monitoring.backToPeriods')}</Link>
      </p>
      <section aria-labelledby="period-heading">
        <h2 id="period-heading" className="h3">
          {t('monitoring.period.heading', { label: period.label })}
        </h2>
        <p className="d-flex flex-wrap align-items-center gap-2">
          <span>
            {t('monitoring.period.days', {
              from: figures.date(period.startsOn),
              to: figures.date(period.endsOn),
            })}
          </span>
          <span aria-hidden="true">·</span>
          <span>{t('monitoring.period.due', { date: figures.date(period.dueOn) })}</span>
          <span aria-hidden="true">·</span>
          <span>
            <span className="visually-hidden">{t('monitoring.period.status')}: </span>
            <PeriodStatusBadge status={period.status} />
          </span>
        </p>
        <p className="small">{t('monitoring.period.version', { number: period.planVersion })}</p>
        {period.status === 'closed' && (
          <Alert kind="info">{t('monitoring.period.closedNotice')}</Alert>
        )}
        <ReportCounts counts={summary.reports} />
      </section>
      <ProgressSummary summary={summary} />
      <SpendingTable summary={summary} />
      {period.status === 'open' && subjects.some((s) => s.mayReport) && (
        <ReportWorkbook districtId={districtId} planId={planId} periodId={period.id} />
      )}
      <SubjectList
        subjects={subjects}
        base={`${base}/${period.id}`}
        planOffice={access.can('monitoring.manage')}
        readAll={access.can('monitoring.readAll')}
      />
    </>
  );
}
