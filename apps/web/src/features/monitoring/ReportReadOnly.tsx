import type { Report } from '@pdz/core';
import { useI18n } from '../../i18n';
import { FiguresTable } from '../../ui/FiguresTable';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { ReportFrameData } from './queries';
import { useFigures } from './useFigures';

/** A report as it is saved, for those who may not (or may no longer) change it. */
export function ReportReadOnly(props: {
  report: Report | null;
  frame: ReportFrameData;
  userAreaLabel: (code: string) => string;
  sourceLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  const figures = useFigures();
  const { report, frame } = props;
  if (!report) return <p>{t('monitoring.report.notWritten')}</p>;
  const indicator = new Map(frame.indicators.map((i) => [i.id, i]));
  const none = t('common.none');

  return (
    <>
      <dl className="row">
        <dt className="col-sm-4">{t('monitoring.report.progress')}</dt>
        <dd className="col-sm-8">
          {report.progress ? t(`sheet.status.${report.progress}`) : none}
        </dd>
        <dt className="col-sm-4">{t('monitoring.report.percent')}</dt>
        <dd className="col-sm-8">{figures.percent(report.progressPercent)}</dd>
        <dt className="col-sm-4">{t('monitoring.report.notes')}</dt>
        <dd className="col-sm-8 pdz-review-note">{report.notes || none}</dd>
        {frame.milestones.length > 0 && (
          <>
            <dt className="col-sm-4">{t('monitoring.report.milestones')}</dt>
            <dd className="col-sm-8">
              {report.milestonesReached.length === 0 ? (
                none
              ) : (
                <ul className="mb-0">
                  {report.milestonesReached.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
      {report.peopleReached.length > 0 && (
        <FiguresTable
          caption={t('monitoring.report.people')}
          corner={t('monitoring.col.targetGroup')}
          columns={[{ key: 'count', header: t('monitoring.col.reached') }]}
          rows={report.peopleReached.map((p) => ({
            key: p.userAreaCode,
            header: props.userAreaLabel(p.userAreaCode),
            cells: [figures.value(p.count)],
          }))}
          totals={[figures.value(report.peopleReached.reduce((sum, p) => sum + p.count, 0))]}
        />
      )}
      {report.measures.length > 0 && (
        <ScrollRegion label={t('monitoring.report.measures')}>
          <table className="table table-sm">
            <caption className="caption-top fw-semibold text-body">
              {t('monitoring.report.measures')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('monitoring.col.indicator')}</th>
                <th scope="col" className="text-end">
                  {t('monitoring.col.measured')}
                </th>
                <th scope="col">{t('monitoring.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {report.measures.map((m) => (
                <tr key={m.indicatorId}>
                  <th scope="row" className="fw-normal">
                    {indicator.get(m.indicatorId)?.name ?? m.indicatorId}
                  </th>
                  <td className="text-end text-nowrap">{figures.value(m.value)}</td>
                  <td>{m.note || none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {report.spending.length > 0 && (
        <ScrollRegion label={t('monitoring.report.spending')}>
          <FiguresTable
            caption={t('monitoring.report.spending')}
            corner={t('budget.source')}
            columns={[
              { key: 'committed', header: t('monitoring.money.committed') },
              { key: 'paid', header: t('monitoring.money.paid') },
            ]}
            rows={report.spending.map((s) => ({
              key: s.sourceCode,
              header: `${props.sourceLabel(s.sourceCode)} (${s.sourceCode})`,
              cells: [figures.money(s.committed), figures.money(s.paid)],
            }))}
            totals={[
              figures.money(report.spending.reduce((sum, s) => sum + s.committed, 0)),
              figures.money(report.spending.reduce((sum, s) => sum + s.paid, 0)),
            ]}
          />
        </ScrollRegion>
      )}
    </>
  );
}
