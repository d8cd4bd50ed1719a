import type { BudgetSummary, PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../../i18n';
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
        <table className="table table-sm" aria-labelledby="summary-area-year">
          <thead>
            <tr>
              <th scope="col">{t('budget.summary.area')}</th>
              {byAreaYear.years.map((y) => (
                <th key={y} scope="col" className="text-end">
                  {y}
                </th>
              ))}
              <th scope="col" className="text-end">
                {t('budget.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byAreaYear.rows.map((r) => (
              <tr key={r.areaId}>
                <th scope="row">{areaTitle.get(r.areaId)}</th>
                {r.cells.map((c) => (
                  <td key={c.year} className="text-nowrap text-end">
                    {money(c.allocated)}
                  </td>
                ))}
                <td className="text-nowrap text-end">{money(r.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('budget.total')}</th>
              {byAreaYear.yearTotals.map((c) => (
                <td key={c.year} className="text-nowrap text-end fw-semibold">
                  {money(c.allocated)}
                </td>
              ))}
              <td className="text-nowrap text-end fw-semibold">{money(byAreaYear.total)}</td>
            </tr>
          </tfoot>
        </table>
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
        <table className="table table-sm" aria-labelledby="summary-objective-source">
          <thead>
            <tr>
              <th scope="col">{t('budget.summary.objective')}</th>
              {byObjectiveSource.sources.map((code) => (
                <th key={code} scope="col" className="text-end">
                  <abbr title={props.sourceLabel(code)}>{code}</abbr>
                </th>
              ))}
              <th scope="col" className="text-end">
                {t('budget.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byObjectiveSource.rows.map((r) => {
              const o = objectiveOf.get(r.objectiveId);
              return (
                <tr key={r.objectiveId}>
                  <th scope="row">
                    {o?.code} – {o?.title}
                  </th>
                  {r.cells.map((c) => (
                    <td key={c.sourceCode} className="text-nowrap text-end">
                      {money(c.allocated)}
                    </td>
                  ))}
                  <td className="text-nowrap text-end">{money(r.total)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('budget.total')}</th>
              {byObjectiveSource.sourceTotals.map((c) => (
                <td key={c.sourceCode} className="text-nowrap text-end fw-semibold">
                  {money(c.allocated)}
                </td>
              ))}
              <td className="text-nowrap text-end fw-semibold">{money(byObjectiveSource.total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>

      <h3 id="summary-per-inhabitant" className="h5 mt-4">
        {t('budget.summary.perInhabitant', { population: format.number(perInhabitant.population) })}
      </h3>
      <table className="table table-sm w-auto" aria-labelledby="summary-per-inhabitant">
        <thead>
          <tr>
            <th scope="col">{t('budget.summary.year')}</th>
            <th scope="col" className="text-end">
              {t('budget.allocated')}
            </th>
            <th scope="col" className="text-end">
              {t('budget.summary.perHead')}
            </th>
          </tr>
        </thead>
        <tbody>
          {perInhabitant.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="text-nowrap text-end">{money(y.allocated)}</td>
              <td className="text-nowrap text-end">
                {y.perInhabitant === null ? '—' : money(y.perInhabitant)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.total')}</th>
            <td className="text-nowrap text-end fw-semibold">
              {money(perInhabitant.total.allocated)}
            </td>
            <td className="text-nowrap text-end fw-semibold">
              {perInhabitant.total.perInhabitant === null
                ? '—'
                : money(perInhabitant.total.perInhabitant)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
