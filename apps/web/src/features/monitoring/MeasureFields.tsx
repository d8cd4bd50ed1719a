import { useId } from 'react';
import { textLimits } from '@pdz/core';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui/Field';
import type { FieldsProps } from './ReportFields';
import { useFigures } from './useFigures';

/** A measured value and a note for each indicator, beside what it is measured against. */
export function MeasureFields({
  frame,
  values,
  errors,
  onChange,
  year,
}: FieldsProps & { year: number }) {
  const { t } = useI18n();
  const figures = useFigures();
  const id = useId();
  if (frame.indicators.length === 0) return null;
  const set = (indicatorId: string, part: 'value' | 'note', text: string) =>
    onChange((x) => {
      const m = x.measures[indicatorId] ?? { value: '', note: '' };
      return { ...x, measures: { ...x.measures, [indicatorId]: { ...m, [part]: text } } };
    });
  return (
    <fieldset aria-describedby={errors.measures ? `${id}-error` : undefined}>
      <legend>{t('monitoring.report.measures')}</legend>
      {errors.measures && (
        <div id={`${id}-error`} className="invalid-feedback d-block mb-2" role="alert">
          {errors.measures}
        </div>
      )}
      <p className="small">{t('indicators.numberHint')}</p>
      {frame.indicators.map((i) => {
        const m = values.measures[i.id] ?? { value: '', note: '' };
        return (
          <div key={i.id} className="row border-bottom pt-2 mb-2">
            <p className="col-12 fw-semibold mb-1">
              {i.code && <span className="pdz-code me-1">{i.code}</span>}
              {i.name}
              {i.unit && <span className="fw-normal"> ({i.unit})</span>}
            </p>
            <div className="col-md-5">
              <TextField
                name={`measures.${i.id}.value`}
                label={t('monitoring.report.measuredOf', { name: i.name })}
                hint={t('monitoring.report.measureHint', {
                  year,
                  target: figures.value(i.target),
                  expected: figures.value(i.expected),
                })}
                value={m.value}
                error={errors[`measures.${i.id}.value`]}
                onChange={(v) => set(i.id, 'value', v)}
              />
            </div>
            <div className="col-md-7">
              <TextField
                name={`measures.${i.id}.note`}
                label={t('monitoring.report.noteOf', { name: i.name })}
                maxLength={textLimits.short}
                value={m.note}
                error={errors[`measures.${i.id}.note`]}
                onChange={(v) => set(i.id, 'note', v)}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
