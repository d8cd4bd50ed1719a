import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

export interface FiguresRow {
  key: string | number;
  /** the row header (a name, a year…) */
  header: ReactNode;
  /** one figure per column, already formatted */
  cells: ReactNode[];
}

/**
 * A table of figures: row headers on the left, right-aligned figures that do not wrap, and a
 * total row at the foot. The caller formats the figures (money, numbers, a dash for nothing).
 */
export function FiguresTable(props: {
  /** the header over the row headers */
  corner: ReactNode;
  columns: { key: string | number; header: ReactNode }[];
  rows: FiguresRow[];
  /** the figures of the total row, one per column */
  totals: ReactNode[];
  caption?: ReactNode;
  labelledBy?: string;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <table className={props.className ?? 'table table-sm'} aria-labelledby={props.labelledBy}>
      {props.caption !== undefined && (
        <caption className="caption-top fw-semibold text-body">{props.caption}</caption>
      )}
      <thead>
        <tr>
          <th scope="col">{props.corner}</th>
          {props.columns.map((c) => (
            <th key={c.key} scope="col" className="text-end">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((cell, i) => (
              <td key={props.columns[i]?.key ?? i} className="text-nowrap text-end">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('budget.total')}</th>
          {props.totals.map((cell, i) => (
            <td key={props.columns[i]?.key ?? i} className="text-nowrap text-end fw-semibold">
              {cell}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
