import { useState } from 'react';
import type { BySourceYear, PlanTree } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { CellSaveNotices } from './CellSaveNotices';
import { allocationKey, effective, type DraftState } from './drafts';
import { BudgetCell, ScrollRegion } from './grid';
import type { BudgetData, CoherenceProblemRow } from './queries';
import { useAllocationSave } from './useAllocationSave';

/**
 * Actions (rows, grouped by area and objective with subtotals) × funding sources, one year at a
 * time: the plan office fills one year's allocation against that year's availability, which is
 * shown under each column with what is left (a visible problem when it goes below zero).
 */
export function AllocationGrid(props: {
  districtId: string;
  planId: string;
  tree: PlanTree;
  sources: string[];
  sourceLabel: (code: string) => string;
  years: number[];
  /** the year shown first (e.g. the year of a cell the coherence panel links to) */
  initialYear?: number | undefined;
  budget: BudgetData;
  drafts: DraftState;
  editable: boolean;
  bySourceYear: BySourceYear;
  problems: Map<string, CoherenceProblemRow[]>;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { districtId, planId, tree, sources, budget, editable } = props;
  const { drafts, setDraft } = props.drafts;
  const { commit, conflict, failure } = useAllocationSave({
    districtId,
    planId,
    drafts: props.drafts,
    sourceLabel: props.sourceLabel,
  });
  const [year, setYear] = useState(
    props.initialYear && props.years.includes(props.initialYear)
      ? props.initialYear
      : (props.years[0] ?? tree.period.startYear),
  );

  const rowOf = (actionId: string, code: string) =>
    budget.allocations.find(
      (a) => a.actionId === actionId && a.sourceCode === code && a.year === year,
    );
  const value = (actionId: string, code: string) =>
    effective(drafts, allocationKey(actionId, code, year), rowOf(actionId, code)?.amount ?? 0);
  const sum = (actionIds: string[], code: string) =>
    actionIds.reduce((s, id) => s + value(id, code), 0);
  const sumAll = (actionIds: string[]) => sources.reduce((s, c) => s + sum(actionIds, c), 0);

  const actionsInOrder = tree.areas.flatMap((a) => a.objectives.flatMap((o) => o.actions));
  const rowIndex = new Map(actionsInOrder.map((a, i) => [a.id, i]));
  const allIds = actionsInOrder.map((a) => a.id);

  const remainingOf = (code: string) =>
    props.bySourceYear.rows
      .find((r) => r.sourceCode === code)
      ?.cells.find((c) => c.year === year) ?? { available: 0, allocated: 0, remaining: 0 };

  const header = (
    <div
      className="d-flex flex-wrap align-items-center gap-2 mb-3"
      role="group"
      aria-label={t('budget.allocation.years')}
    >
      <span className="fw-semibold" aria-hidden="true">
        {t('budget.allocation.years')}:
      </span>
      {props.years.map((y) => (
        <button
          key={y}
          type="button"
          className={`btn btn-sm ${y === year ? 'btn-primary' : 'btn-outline-primary'}`}
          aria-pressed={y === year}
          onClick={() => setYear(y)}
        >
          {t('budget.year', { year: y })}
        </button>
      ))}
    </div>
  );

  let body;
  if (actionsInOrder.length === 0) body = <p>{t('budget.allocation.noActions')}</p>;
  else if (sources.length === 0) body = <p>{t('budget.allocation.noSources')}</p>;
  else {
    const moneyCells = (ids: string[]) => (
      <>
        {sources.map((code) => (
          <td key={code} className="text-nowrap text-end fw-semibold">
            {format.money(sum(ids, code))}
          </td>
        ))}
        <td className="text-nowrap text-end fw-bold">{format.money(sumAll(ids))}</td>
      </>
    );
    body = (
      <ScrollRegion label={t('budget.allocation.caption', { year })}>
        <table className="table table-sm table-bordered align-top pdz-budget-grid">
          <caption className="visually-hidden">{t('budget.allocation.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.allocation.action')}</th>
              {sources.map((code) => (
                <th key={code} scope="col" className="text-end">
                  {props.sourceLabel(code)} <span className="small text-muted">({code})</span>
                </th>
              ))}
              <th scope="col" className="text-end">
                {t('budget.total')}
              </th>
            </tr>
          </thead>
          {tree.areas.map((area) => {
            const areaIds = area.objectives.flatMap((o) => o.actions.map((a) => a.id));
            if (areaIds.length === 0) return null;
            return (
              <tbody key={area.id}>
                <tr className="pdz-budget-area">
                  <th scope="rowgroup" colSpan={sources.length + 2}>
                    {area.title}
                  </th>
                </tr>
                {area.objectives.map((objective) => {
                  if (objective.actions.length === 0) return null;
                  const ids = objective.actions.map((a) => a.id);
                  return [
                    <tr key={objective.id} className="pdz-budget-objective">
                      <td colSpan={sources.length + 2} className="fw-semibold ps-3">
                        {t('budget.allocation.objective', {
                          code: objective.code,
                          title: objective.title,
                        })}
                      </td>
                    </tr>,
                    ...objective.actions.map((action) => (
                      <tr key={action.id}>
                        <th scope="row" className="ps-4 fw-normal">
                          {action.title}
                        </th>
                        {sources.map((code, col) => {
                          const row = rowOf(action.id, code);
                          const problems = props.problems.get(`${action.id}|${code}|${year}`) ?? [];
                          const anchor = `alloc-${action.id}-${code}-${year}`;
                          const problemId = problems.length ? `${anchor}-problem` : undefined;
                          return (
                            <td key={code} id={anchor} className="text-nowrap text-end">
                              <BudgetCell
                                editable={editable}
                                id={`al-${action.id}-${code}-${year}`}
                                label={t('budget.cellLabel', {
                                  row: action.title,
                                  year,
                                  column: props.sourceLabel(code),
                                })}
                                saved={row?.amount ?? 0}
                                exists={row !== undefined}
                                draft={drafts[allocationKey(action.id, code, year)]}
                                onDraft={(text) =>
                                  setDraft(allocationKey(action.id, code, year), text)
                                }
                                onCommit={() => void commit(action.id, action.title, code, year)}
                                row={rowIndex.get(action.id) ?? 0}
                                col={col}
                                problemId={problemId}
                                problems={problems}
                              />
                            </td>
                          );
                        })}
                        <td className="text-nowrap text-end fw-semibold">
                          {format.money(sumAll([action.id]))}
                        </td>
                      </tr>
                    )),
                    <tr key={`${objective.id}-total`} className="pdz-budget-subtotal">
                      <th scope="row" className="ps-3">
                        {t('budget.allocation.subtotalObjective', { code: objective.code })}
                      </th>
                      {moneyCells(ids)}
                    </tr>,
                  ];
                })}
                <tr className="pdz-budget-subtotal">
                  <th scope="row">{t('budget.allocation.subtotalArea', { area: area.title })}</th>
                  {moneyCells(areaIds)}
                </tr>
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row">{t('budget.allocated')}</th>
              {moneyCells(allIds)}
            </tr>
            <tr>
              <th scope="row">{t('budget.available')}</th>
              {sources.map((code) => (
                <td key={code} className="text-nowrap text-end">
                  {format.money(remainingOf(code).available)}
                </td>
              ))}
              <td className="text-nowrap text-end">
                {format.money(sources.reduce((s, c) => s + remainingOf(c).available, 0))}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('budget.remaining')}</th>
              {sources.map((code) => {
                const r = remainingOf(code);
                const over = r.remaining < 0;
                return (
                  <td
                    key={code}
                    id={`remaining-${code}-${year}`}
                    className={`text-nowrap text-end${over ? ' text-danger fw-bold' : ''}`}
                  >
                    {format.money(r.remaining)}
                    {over && (
                      <div className="small" role="status">
                        <Icon name="it-warning-circle" className="icon-danger me-1" />
                        {t('budget.allocation.over', { amount: format.money(-r.remaining) })}
                      </div>
                    )}
                  </td>
                );
              })}
              <td className="text-nowrap text-end fw-bold">
                {format.money(sources.reduce((s, c) => s + remainingOf(c).remaining, 0))}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    );
  }

  return (
    <section aria-labelledby="budget-allocation" className="mb-5">
      <h2 id="budget-allocation" className="h3">
        {t('budget.allocation.title')}
      </h2>
      {header}
      <CellSaveNotices conflict={conflict} failure={failure} />
      {body}
    </section>
  );
}
