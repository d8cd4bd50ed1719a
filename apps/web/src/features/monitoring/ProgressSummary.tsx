import { useI18n } from '../../i18n';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { ProgressBadge } from './badges';
import type { PeriodSummaryData } from './queries';
import { useFigures } from './useFigures';

type Rolled = PeriodSummaryData['plan'];
type Objective = PeriodSummaryData['areas'][number]['objectives'][number];

/** A status with its percent of the expected value, in words. */
function Standing({ label, progress }: { label: string; progress: Rolled }) {
  const { t } = useI18n();
  const figures = useFigures();
  return (
    <p className="d-flex flex-wrap align-items-center gap-2">
      <span className="fw-semibold">{label}:</span>
      <ProgressBadge status={progress.status} />
      {progress.percent !== null && (
        <span>
          {t('monitoring.summary.percentOf', { percent: figures.percent(progress.percent) })}
        </span>
      )}
    </p>
  );
}

function IndicatorTable({ objective, year }: { objective: Objective; year: number }) {
  const { t } = useI18n();
  const figures = useFigures();
  const caption = t('monitoring.summary.indicatorsCaption', {
    objective: `${objective.code} «${objective.title}»`,
  });
  return (
    <ScrollRegion label={caption}>
      <table className="table table-sm">
        <caption className="caption-top fw-semibold text-body">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.col.code')}</th>
            <th scope="col">{t('monitoring.col.indicator')}</th>
            <th scope="col" className="text-end">
              {t('monitoring.col.baseline')}
            </th>
            <th scope="col" className="text-end">
              {t('monitoring.col.target', { year })}
            </th>
            <th scope="col" className="text-end">
              {t('monitoring.col.expected')}
            </th>
            <th scope="col" className="text-end">
              {t('monitoring.col.measured')}
            </th>
            <th scope="col">{t('monitoring.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {objective.indicators.map((i) => (
            <tr key={i.id}>
              <td>{i.code || t('common.none')}</td>
              <th scope="row" className="fw-normal">
                {i.name}
                {i.unit && <span className="small text-muted"> ({i.unit})</span>}
              </th>
              <td className="text-end text-nowrap">{figures.value(i.baselineValue)}</td>
              <td className="text-end text-nowrap">{figures.value(i.target)}</td>
              <td className="text-end text-nowrap">{figures.value(i.expected)}</td>
              <td className="text-end text-nowrap">{figures.value(i.measured)}</td>
              <td className="text-nowrap">
                <ProgressBadge status={i.status} />
                {i.percent !== null && <span className="ms-1">{figures.percent(i.percent)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * How far the plan got in the period: every indicator against the value expected by the
 * period's end, rolled up to objective, area and plan.
 */
export function ProgressSummary({ summary }: { summary: PeriodSummaryData }) {
  const { t } = useI18n();
  const figures = useFigures();
  return (
    <section aria-labelledby="summary-heading" className="mt-4">
      <h3 id="summary-heading" className="h4">
        {t('monitoring.summary.heading', { year: summary.year })}
      </h3>
      <p>
        {t('monitoring.summary.intro', {
          share: figures.percent(summary.share * 100),
          year: summary.year,
        })}
      </p>
      <Standing label={t('monitoring.summary.plan')} progress={summary.plan} />
      {summary.areas.map((area) => (
        <section key={area.id} aria-labelledby={`sum-area-${area.id}`} className="mt-3">
          <h4 id={`sum-area-${area.id}`} className="h5 border-bottom pb-1">
            {area.title}
          </h4>
          <Standing label={t('monitoring.summary.area')} progress={area.progress} />
          {area.objectives.map((o) => (
            <section key={o.id} aria-labelledby={`sum-obj-${o.id}`} className="ms-md-3 mb-3">
              <h5 id={`sum-obj-${o.id}`} className="h6">
                {o.code} «{o.title}»
              </h5>
              <Standing label={t('monitoring.summary.objective')} progress={o.progress} />
              {o.indicators.length === 0 ? (
                <p className="small">{t('monitoring.summary.noIndicators')}</p>
              ) : (
                <IndicatorTable objective={o} year={summary.year} />
              )}
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
