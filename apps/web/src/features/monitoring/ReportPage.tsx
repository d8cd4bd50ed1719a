import { Link, useParams } from 'react-router';
import { periodYear, reportSubjectKinds, type ReportSubjectKind } from '@pdz/core';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { LateFlag, LeadName, ReportStatusBadge } from './badges';
import { FrameView } from './FrameView';
import { useReport, type ReportView } from './queries';
import { reportRights } from './reportRights';
import { ReportWork } from './ReportWork';
import { useCatalogueLabels } from './useCatalogueLabels';
import { useFigures } from './useFigures';
import './monitoring.css';

const isKind = (v: string): v is ReportSubjectKind =>
  (reportSubjectKinds as readonly string[]).includes(v);

/** The report on one action or objective in one period. */
export function ReportPage() {
  const {
    districtId = '',
    planId = '',
    periodId = '',
    subjectKind = '',
    subjectId = '',
  } = useParams();
  const { t } = useI18n();
  const kind = isKind(subjectKind) ? subjectKind : 'action';
  const ref = { periodId, subjectKind: kind, subjectId };
  const access = useDistrictAccess(districtId);
  const view = useReport(districtId, planId, ref);
  const subject = view.data?.subject;
  useDocumentTitle([
    subject &&
      t(`monitoring.report.heading.${subject.kind}`, { code: subject.code, title: subject.title }),
    view.data?.period.label,
    t('app.name'),
  ]);
  const back = `/districts/${districtId}/plans/${planId}/monitoring/${periodId}`;

  if (!isKind(subjectKind)) return <Alert kind="danger">{t('error.NOT_FOUND')}</Alert>;
  if (view.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (view.isError) {
    return (
      <>
        <p>
          <Link to={back}>{t('monitoring.backToPeriod')}</Link>
        </p>
        <Alert kind="danger">{t(errorMessageKey(view.error))}</Alert>
      </>
    );
  }
  return (
    <Report
      districtId={districtId}
      planId={planId}
      view={view.data}
      back={back}
      planOffice={access.can('monitoring.manage')}
    />
  );
}

function Report(props: {
  districtId: string;
  planId: string;
  view: ReportView;
  back: string;
  planOffice: boolean;
}) {
  const { t } = useI18n();
  const figures = useFigures();
  const names = useCatalogueLabels();
  const { period, subject, report } = props.view;
  const status = report?.status ?? null;
  const open = period.status === 'open';
  const rights = reportRights({
    status,
    planOffice: props.planOffice,
    mayReport: subject.mayReport,
    periodOpen: open,
  });
  const year = periodYear(period);
  const notice: MessageKey | null = !open
    ? 'monitoring.report.periodClosed'
    : !subject.mayReport
      ? `monitoring.report.notYours.${subject.kind}`
      : rights.save
        ? null
        : status === 'submitted'
          ? 'monitoring.report.waiting'
          : status === 'validated'
            ? 'monitoring.report.final'
            : null;

  return (
    <>
      <p>
        <Link to={props.back}>{t('monitoring.backToPeriod')}</Link>
      </p>
      <h2 className="h3">
        {t(`monitoring.report.heading.${subject.kind}`, {
          code: subject.code,
          title: subject.title,
        })}
      </h2>
      <dl className="row mb-3">
        <dt className="col-sm-3">{t('monitoring.report.period')}</dt>
        <dd className="col-sm-9">
          {period.label} (
          {t('monitoring.period.days', {
            from: figures.date(period.startsOn),
            to: figures.date(period.endsOn),
          })}
          ; {t('monitoring.period.due', { date: figures.date(period.dueOn) })})
        </dd>
        <dt className="col-sm-3">{t('monitoring.report.area')}</dt>
        <dd className="col-sm-9">{subject.areaTitle}</dd>
        {subject.kind === 'action' && (
          <>
            <dt className="col-sm-3">{t('monitoring.report.objective')}</dt>
            <dd className="col-sm-9">
              {subject.objective.code} «{subject.objective.title}»
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t('monitoring.col.lead')}</dt>
        <dd className="col-sm-9">
          <LeadName subject={subject} />
        </dd>
        <dt className="col-sm-3">{t('monitoring.report.status')}</dt>
        <dd className="col-sm-9 d-flex flex-wrap gap-1 align-items-center">
          <ReportStatusBadge status={status} />
          {subject.late && <LateFlag />}
          {report && (
            <span className="small">
              {t('monitoring.report.updatedAt', { date: figures.date(report.updatedAt) })}
            </span>
          )}
        </dd>
      </dl>
      {report?.reviewNote && (
        // the plan office's note comes first: it says what to fix
        <div className={`alert ${status === 'returned' ? 'alert-warning' : 'alert-info'}`}>
          <p className="fw-semibold mb-1">
            {t(
              status === 'returned'
                ? 'monitoring.report.returnedTitle'
                : 'monitoring.report.reviewNote',
            )}
          </p>
          <p className="mb-0 pdz-review-note">{report.reviewNote}</p>
        </div>
      )}
      {notice && <Alert kind="info">{t(notice)}</Alert>}
      <FrameView
        frame={subject}
        year={year}
        userAreaLabel={names.userAreaLabel}
        sourceLabel={names.sourceLabel}
      />
      <ReportWork
        key={`${period.id}-${subject.kind}-${subject.id}`}
        districtId={props.districtId}
        planId={props.planId}
        reportRef={{ periodId: period.id, subjectKind: subject.kind, subjectId: subject.id }}
        view={props.view}
        rights={rights}
        year={year}
      />
    </>
  );
}
