import type { ClassificationItem } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { CellSaveNotices } from './CellSaveNotices';
import { availabilityKey, effective, type DraftState } from './drafts';
import { BudgetCell, ScrollRegion } from './grid';
import type { BudgetData, CoherenceProblemRow } from './queries';
import { fields, useAvailabilitySave, type Field } from './useAvailabilitySave';

/**
 * Funding sources (rows) × plan years (columns: amount and carry-over): what each source makes
 * available. Totals per row, per column and overall follow what is typed.
 */
export function AvailabilityGrid(props: {
  districtId: string;
  planId: string;
  sources: ClassificationItem[];
  sourceLabel: (code: string) => string;
  years: number[];
  budget: BudgetData;
  drafts: DraftState;
  editable: boolean;
  problems: Map<string, CoherenceProblemRow[]>;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const { districtId, planId, years, budget, editable } = props;
  const { drafts, setDraft } = props.drafts;

  const rowOf = (code: string, year: number) =>
    budget.availability.find((a) => a.sourceCode === code && a.year === year);
  const value = (code: string, year: number, field: Field) =>
    effective(drafts, availabilityKey(code, year, field), rowOf(code, year)?.[field] ?? 0);
  const fieldLabel = (field: Field) => t(field === 'amount' ? 'budget.amount' : 'budget.carryOver');
  const cellName = (code: string, year: number, field: Field) =>
    t('budget.cellLabel', { row: props.sourceLabel(code), year, column: fieldLabel(field) });
  const { commit, conflict, failure } = useAvailabilitySave({
    districtId,
    planId,
    drafts: props.drafts,
    fieldLabel,
    cellName,
  });

  const rowTotal = (code: string) =>
    years.reduce((s, y) => s + value(code, y, 'amount') + value(code, y, 'carryOver'), 0);
  const columnTotal = (year: number, field: Field) =>
    props.sources.reduce((s, src) => s + value(src.code, year, field), 0);
  const yearTotal = (year: number) => columnTotal(year, 'amount') + columnTotal(year, 'carryOver');
  const grandTotal = years.reduce((s, y) => s + yearTotal(y), 0);

  return (
    <section aria-labelledby="budget-availability" className="mb-5">
      <h2 id="budget-availability" className="h3">
        {t('budget.availability.title')}
      </h2>
      <CellSaveNotices conflict={conflict} failure={failure} />
      <ScrollRegion label={t('budget.availability.title')}>
        <table className="table table-sm table-bordered align-top pdz-budget-grid">
          <caption className="visually-hidden">{t('budget.availability.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('budget.source')}
              </th>
              {years.map((y) => (
                <th key={y} scope="colgroup" colSpan={2} className="text-center">
                  {y}
                </th>
              ))}
              <th scope="col" rowSpan={2} className="text-end">
                {t('budget.total')}
              </th>
            </tr>
            <tr>
              {years.flatMap((y) =>
                fields.map((f) => (
                  <th key={`${y}-${f}`} scope="col" className="text-end small">
                    {fieldLabel(f)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {props.sources.map((src, rowIndex) => (
              <tr key={src.code}>
                <th scope="row">
                  {props.sourceLabel(src.code)}{' '}
                  <span className="small text-muted">({src.code})</span>
                </th>
                {years.flatMap((year, yi) => {
                  const row = rowOf(src.code, year);
                  const cellProblems = props.problems.get(`${src.code}|${year}`) ?? [];
                  const problemId = cellProblems.length
                    ? `source-${src.code}-${year}-problem`
                    : undefined;
                  return fields.map((field, fi) => (
                    <td
                      key={`${year}-${field}`}
                      id={field === 'amount' ? `source-${src.code}-${year}` : undefined}
                      className={`text-nowrap text-end${cellProblems.length ? ' pdz-cell-has-problem' : ''}`}
                    >
                      <BudgetCell
                        editable={editable}
                        id={`av-${src.code}-${year}-${field}`}
                        label={cellName(src.code, year, field)}
                        saved={row?.[field] ?? 0}
                        exists={row !== undefined}
                        draft={drafts[availabilityKey(src.code, year, field)]}
                        onDraft={(text) => setDraft(availabilityKey(src.code, year, field), text)}
                        onCommit={() => void commit(src.code, year, field)}
                        row={rowIndex}
                        col={yi * 2 + fi}
                        problemId={problemId}
                        problems={field === 'amount' ? cellProblems : []}
                      />
                    </td>
                  ));
                })}
                <td
                  className="text-nowrap text-end fw-semibold"
                  data-testid={`av-total-${src.code}`}
                >
                  {format.money(rowTotal(src.code))}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('budget.total')}</th>
              {years.flatMap((year) =>
                fields.map((field) => (
                  <td key={`${year}-${field}`} className="text-nowrap text-end fw-semibold">
                    {format.money(columnTotal(year, field))}
                  </td>
                )),
              )}
              <td className="text-nowrap text-end fw-bold" data-testid="av-grand-total">
                {format.money(grandTotal)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('budget.availability.yearTotal')}</th>
              {years.map((year) => (
                <td
                  key={year}
                  colSpan={2}
                  className="text-nowrap text-center fw-semibold"
                  data-testid={`av-year-total-${year}`}
                >
                  {format.money(yearTotal(year))}
                </td>
              ))}
              <td className="text-nowrap text-end fw-bold">{format.money(grandTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </section>
  );
}
