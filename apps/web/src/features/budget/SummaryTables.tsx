import type { BudgetSummary, PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { FiguresTable } from '../../ui/FiguresTable';
import { ScrollRegion } from './grid';

/** The summary tables of the budget, from what is on screen (typed amounts included). */
export function SummaryTables(props: {
  summary: BudgetSummary;
  tree: PlanTree;
  sourceLabel: (code: string) => string;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { bySourceYear, byAreaYear, byObjectiveSource, perInhabitant } = props.summary;
  const areaTitle = new Map(props.tree.areas.map((a) => [a.id, a.title]));
  const objectiveOf = new Map(
    props.tree.areas.flatMap((a) => a.objectives.map((o) => [o.id, o] as const)),
  );
  const money = format.money;
  const years = bySourceYear.years;

  return (
    <section aria-labelledby="budget-summary" className="mb-5">
      <h2 id="budget-summary" className="h3">
        {t('budget.summary.title')}
      </h2>

      <h3 id="summary-source-year" className="h5 mt-4">
        {t('budget.summary.bySourceYear')}
      </h3>
      {bySourceYear.sources.length === 0 ? (
        <p>{t('budget.summary.empty')}</p>
      ) : (
        <ScrollRegion label={t('budget.summary.bySourceYear')}>
          <table className="table table-sm" aria-labelledby="summary-source-year">
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('budget.source')}
                </th>
                {[...years.map(String), t('budget.total')].map((y) => (
                  <th key={y} scope="colgroup" colSpan={2} className="text-center">
                    {y}
                  </th>
                ))}
              </tr>
              <tr>
                {[...years, 'total'].flatMap((y) => [
                  <th key={`${y}-a`} scope="col" className="text-end small">
                    {t('budget.available')}
                  </th>,
                  <th key={`${y}-b`} scope="col" className="text-end small">
                    {t('budget.allocated')}
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {bySourceYear.rows.map((r) => (
                <tr key={r.sourceCode}>
                  <th scope="row">
                    {props.sourceLabel(r.sourceCode)}{' '}
                    <span className="small text-muted">({r.sourceCode})</span>
                  </th>
                  {[...r.cells, r.total].flatMap((c, i) => [
                    <td key={`${i}-a`} className="text-nowrap text-end">
                      {money(c.available)}
                    </td>,
                    <td key={`${i}-b`} className="text-nowrap text-end">
                      {money(c.allocated)}
                    </td>,
                  ])}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('budget.total')}</th>
                {[...bySourceYear.yearTotals, bySourceYear.total].flatMap((c, i) => [
                  <td key={`${i}-a`} className="text-nowrap text-end fw-semibold">
                    {money(c.available)}
                  </td>,
                  <td key={`${i}-b`} className="text-nowrap text-end fw-semibold">
                    {money(c.allocated)}
                  </td>,
                ])}
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}

      <h3 id="summary-area-year" className="h5 mt-4">
        {t('budget.summary.byAreaYear')}
      </h3>
      <ScrollRegion label={t('budget.summary.byAreaYear')}>
        <FiguresTable
          labelledBy="summary-area-year"
          corner={t('budget.summary.area')}
          columns={[
            ...byAreaYear.years.map((y) => ({ key: y, header: y })),
            { key: '#total', header: t('budget.total') },
          ]}
          rows={byAreaYear.rows.map((r) => ({
            key: r.areaId,
            header: areaTitle.get(r.areaId),
            cells: [...r.cells.map((c) => money(c.allocated)), money(r.total)],
          }))}
          totals={[
            ...byAreaYear.yearTotals.map((c) => money(c.allocated)),
            money(byAreaYear.total),
          ]}
        />
      </ScrollRegion>
      {byAreaYear.outsideTree > 0 && (
        <p className="small">
          {t('budget.summary.outsideTree', { amount: money(byAreaYear.outsideTree) })}
        </p>
      )}

      <h3 id="summary-objective-source" className="h5 mt-4">
        {t('budget.summary.byObjectiveSource')}
      </h3>
      <ScrollRegion label={t('budget.summary.byObjectiveSource')}>
        <FiguresTable
          labelledBy="summary-objective-source"
          corner={t('budget.summary.objective')}
          columns={[
            ...byObjectiveSource.sources.map((code) => ({
              key: code,
              header: <abbr title={props.sourceLabel(code)}>{code}</abbr>,
            })),
            { key: '#total', header: t('budget.total') },
          ]}
          rows={byObjectiveSource.rows.map((r) => {
            const o = objectiveOf.get(r.objectiveId);
            return {
              key: r.objectiveId,
              header: (
                <>
                  {o?.code} – {o?.title}
                </>
              ),
              cells: [...r.cells.map((c) => money(c.allocated)), money(r.total)],
            };
          })}
          totals={[
            ...byObjectiveSource.sourceTotals.map((c) => money(c.allocated)),
            money(byObjectiveSource.total),
          ]}
        />
      </ScrollRegion>

      <h3 id="summary-per-inhabitant" className="h5 mt-4">
        {t('budget.summary.perInhabitant', { population: format.number(perInhabitant.population) })}
      </h3>
      <FiguresTable
        className="table table-sm w-auto"
        labelledBy="summary-per-inhabitant"
        corner={t('budget.summary.year')}
        columns={[
          { key: 'allocated', header: t('budget.allocated') },
          { key: 'perHead', header: t('budget.summary.perHead') },
        ]}
        rows={perInhabitant.years.map((y) => ({
          key: y.year,
          header: y.year,
          cells: [money(y.allocated), y.perInhabitant === null ? '—' : money(y.perInhabitant)],
        }))}
        totals={[
          money(perInhabitant.total.allocated),
          perInhabitant.total.perInhabitant === null
            ? '—'
            : money(perInhabitant.total.perInhabitant),
        ]}
      />
    </section>
  );
}
