import { useI18n } from '../../i18n';
import { FiguresTable } from '../../ui/FiguresTable';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { ReportFrameData } from './queries';
import { useFigures } from './useFigures';

/**
 * What the action or objective is measured against in the period's year, as the approved version
 * says: milestones, target groups with the people expected, indicators with their values, the
 * money allocated by source.
 */
export function FrameView(props: {
  frame: ReportFrameData;
  year: number;
  userAreaLabel: (code: string) => string;
  sourceLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  const figures = useFigures();
  const { frame, year } = props;
  const nothing =
    frame.milestones.length === 0 &&
    frame.targetGroups.length === 0 &&
    frame.indicators.length === 0 &&
    frame.allocations.length === 0;
  const indicatorsCaption = t('monitoring.frame.indicators', { year });

  return (
    <section aria-labelledby="frame-heading" className="mb-4">
      <h3 id="frame-heading" className="h4">
        {t(`monitoring.frame.heading.${frame.kind}`, { year })}
      </h3>
      {nothing && <p>{t('monitoring.frame.nothing')}</p>}
      {frame.milestones.length > 0 && (
        <>
          <h4 className="h6">{t('monitoring.frame.milestones')}</h4>
          <ul>
            {frame.milestones.map((m) => (
              <li key={m.title}>
                {m.title}
                {m.dueDate && (
                  <span className="small">
                    {' '}
                    {t('monitoring.frame.milestoneDue', { date: figures.date(m.dueDate) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {frame.targetGroups.length > 0 && (
        <FiguresTable
          caption={t('monitoring.frame.targetGroups')}
          corner={t('monitoring.col.targetGroup')}
          columns={[{ key: 'expected', header: t('monitoring.col.expectedPeople') }]}
          rows={frame.targetGroups.map((g) => ({
            key: g.userAreaCode,
            header: props.userAreaLabel(g.userAreaCode),
            cells: [figures.value(g.expected)],
          }))}
          totals={[
            figures.value(frame.targetGroups.reduce((sum, g) => sum + (g.expected ?? 0), 0)),
          ]}
        />
      )}
      {frame.indicators.length > 0 && (
        <ScrollRegion label={indicatorsCaption}>
          <table className="table table-sm">
            <caption className="caption-top fw-semibold text-body">{indicatorsCaption}</caption>
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
              </tr>
            </thead>
            <tbody>
              {frame.indicators.map((i) => (
                <tr key={i.id}>
                  <td>{i.code || t('common.none')}</td>
                  <th scope="row" className="fw-normal">
                    {i.name}
                    {i.unit && <span className="small text-muted"> ({i.unit})</span>}
                  </th>
                  <td className="text-end text-nowrap">{figures.value(i.baselineValue)}</td>
                  <td className="text-end text-nowrap">{figures.value(i.target)}</td>
                  <td className="text-end text-nowrap">{figures.value(i.expected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {frame.allocations.length > 0 && (
        <FiguresTable
          caption={t('monitoring.frame.allocations', { year })}
          corner={t('budget.source')}
          columns={[{ key: 'amount', header: t('monitoring.money.allocated') }]}
          rows={frame.allocations.map((a) => ({
            key: a.sourceCode,
            header: `${props.sourceLabel(a.sourceCode)} (${a.sourceCode})`,
            cells: [figures.money(a.amount)],
          }))}
          totals={[figures.money(frame.allocations.reduce((sum, a) => sum + a.amount, 0))]}
        />
      )}
    </section>
  );
}
