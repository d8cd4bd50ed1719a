import type { ReactNode } from 'react';
import { useFormat, useI18n } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { MoneyCell, type MoneyCellProps } from './MoneyCell';
import { problemText } from './problems';
import type { CoherenceProblemRow } from './queries';

/** A problem shown in a cell: icon and words, not colour only. */
export function CellProblem({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div id={id} className="pdz-cell-problem small text-danger text-start text-wrap mt-1">
      <Icon name="it-error" className="icon-danger me-1" />
      <span className="fw-semibold">{t('budget.problem')}: </span>
      {children}
    </div>
  );
}

/**
 * What a grid cell holds: the money input when the plan can be edited, else the saved amount
 * (nothing when no row exists); then the coherence problems shown in the cell, under `problemId`,
 * which the input names in its description.
 */
export function BudgetCell({
  editable,
  problemId,
  problems = [],
  ...cell
}: Omit<MoneyCellProps, 'describedBy'> & {
  editable: boolean;
  problemId: string | undefined;
  problems?: readonly CoherenceProblemRow[];
}) {
  const { locale } = useI18n();
  const format = useFormat();
  return (
    <>
      {editable ? (
        <MoneyCell {...cell} describedBy={problemId} />
      ) : cell.exists ? (
        format.money(cell.saved)
      ) : (
        ''
      )}
      {problemId && problems.length > 0 && (
        <CellProblem id={problemId}>
          {problems.map((p) => problemText(locale, p)).join(' ')}
        </CellProblem>
      )}
    </>
  );
}

export { ScrollRegion } from '../../ui/ScrollRegion';
