import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { FieldsProps } from './ReportFields';
import type { SpendingRow } from './reportValues';
import { useFigures } from './useFigures';

function MoneyInput(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (text: string) => void;
}) {
  const errorId = `${props.id}-error`;
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={`form-control form-control-sm text-end${props.error ? ' is-invalid' : ''}`}
        style={{ minWidth: '8rem' }}
        aria-label={props.label}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <div id={errorId} className="invalid-feedback d-block text-start text-wrap">
          {props.error}
        </div>
      )}
    </>
  );
}

/**
 * Money committed and paid on the action in the period, by funding source: the sources the
 * version allocated to it for the year, and any other the lead adds. Amounts are typed in euros
 * as in the budget (1.234,56) and sent in cents.
 */
export function SpendingFields({
  frame,
  values,
  errors,
  onChange,
  sourceLabel,
  sourceOptions,
}: FieldsProps & {
  sourceLabel: (code: string) => string;
  sourceOptions: (exclude: readonly string[]) => { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const figures = useFigures();
  const id = useId();
  const [adding, setAdding] = useState('');
  const addRef = useRef<HTMLSelectElement>(null);
  const allocated = new Map(frame.allocations.map((a) => [a.sourceCode, a.amount]));
  const options = sourceOptions(values.spending.map((s) => s.sourceCode));
  const caption = t('monitoring.report.spending');
  const setRow = (index: number, part: keyof SpendingRow, text: string) =>
    onChange((x) => ({
      ...x,
      spending: x.spending.map((row, i) => (i === index ? { ...row, [part]: text } : row)),
    }));

  function add() {
    const code = adding || options[0]?.value;
    if (!code) return;
    onChange((x) => ({
      ...x,
      spending: [...x.spending, { sourceCode: code, committed: '', paid: '' }],
    }));
    setAdding('');
    // the new row's first amount is where the user types next
    const row = values.spending.length;
    globalThis.setTimeout(() => document.getElementById(`${id}-${row}-committed`)?.focus(), 0);
  }

  return (
    <fieldset aria-describedby={`${id}-hint${errors.spending ? ` ${id}-error` : ''}`}>
      <legend>{caption}</legend>
      <p id={`${id}-hint`} className="small">
        {t('monitoring.report.spendingHint')}
      </p>
      {errors.spending && (
        <div id={`${id}-error`} className="invalid-feedback d-block mb-2" role="alert">
          {errors.spending}
        </div>
      )}
      {values.spending.length > 0 && (
        <ScrollRegion label={caption}>
          <table className="table table-sm">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.source')}</th>
                <th scope="col" className="text-end">
                  {t('monitoring.money.allocated')}
                </th>
                <th scope="col">{t('monitoring.money.committed')}</th>
                <th scope="col">{t('monitoring.money.paid')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('monitoring.col.commands')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.spending.map((row, i) => {
                const source = sourceLabel(row.sourceCode);
                const own = allocated.has(row.sourceCode);
                return (
                  <tr key={row.sourceCode}>
                    <th scope="row" className="fw-normal">
                      {source} <span className="small text-muted">({row.sourceCode})</span>
                      {errors[`spending.${i}.sourceCode`] && (
                        <div className="invalid-feedback d-block" role="alert">
                          {errors[`spending.${i}.sourceCode`]}
                        </div>
                      )}
                    </th>
                    <td className="text-end text-nowrap">
                      {own ? figures.money(allocated.get(row.sourceCode)!) : t('common.none')}
                    </td>
                    {(['committed', 'paid'] as const).map((part) => (
                      <td key={part}>
                        <MoneyInput
                          id={`${id}-${i}-${part}`}
                          label={t(`monitoring.report.${part}Of`, { source })}
                          value={row[part]}
                          error={errors[`spending.${i}.${part}`]}
                          onChange={(text) => setRow(i, part, text)}
                        />
                      </td>
                    ))}
                    <td>
                      {!own && (
                        <button
                          type="button"
                          className="btn btn-sm btn-link p-0"
                          onClick={() => {
                            onChange((x) => ({
                              ...x,
                              spending: x.spending.filter((_, j) => j !== i),
                            }));
                            globalThis.setTimeout(() => addRef.current?.focus(), 0);
                          }}
                        >
                          {t('monitoring.report.removeSource', { source })}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {options.length > 0 && (
        <div className="d-flex flex-wrap align-items-end gap-2 mb-3">
          <div>
            <label htmlFor={`${id}-add`} className="form-label fw-semibold">
              {t('monitoring.report.otherSource')}
            </label>
            <select
              id={`${id}-add`}
              ref={addRef}
              className="form-select"
              value={adding || options[0]!.value}
              onChange={(e) => setAdding(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label} ({o.value})
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="btn btn-outline-primary btn-sm mb-1" onClick={add}>
            {t('monitoring.report.addSource')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
