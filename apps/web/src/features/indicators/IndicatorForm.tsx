import { useId, useState, type FormEvent } from 'react';
import {
  indicatorDirections,
  indicatorFrequencies,
  indicatorKinds,
  indicatorTextLimits,
  textLimits,
  type Indicator,
} from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { SelectField, TextField } from '../../ui/Field';
import {
  serverFieldErrors,
  validate,
  type FieldErrors,
  type FieldLabels,
} from '../../ui/formErrors';
import { decimalForInput } from '../../i18n';
import type { IndicatorWrites } from './queries';
import {
  createSchema,
  fieldNames,
  formYears,
  readValues,
  schemaErrors,
  targetField,
  updateSchema,
  valuesOf,
  type Owner,
  type Values,
} from './indicatorFormValues';

export { formYears };

/**
 * Create or edit one indicator: what it measures and how, its baseline, a target for each year of
 * the plan and the thresholds that grade the result. Numbers are typed with a decimal comma.
 */
export function IndicatorForm(props: {
  writes: IndicatorWrites;
  owner: Owner;
  planYears: number[];
  indicator?: Indicator;
  onDone: (saved: Indicator) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const ind = props.indicator;
  const years = formYears(props.planYears, ind);
  const [values, setValues] = useState<Values>(() => valuesOf(ind, years, locale));
  const [version, setVersion] = useState(ind?.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [conflict, setConflict] = useState<Indicator | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const labels: FieldLabels = {
    ...Object.fromEntries(fieldNames.map((f) => [f, t(`indicators.field.${f}`)])),
    targets: t('indicators.targetsLegend'),
    ...Object.fromEntries(
      years.map((y) => [targetField(y), t('indicators.field.target', { year: y })]),
    ),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const read = readValues(values, years, locale, t, labels);
    const body = ind ? { ...read.input, version } : { ...props.owner, ...read.input };
    const checked = ind
      ? validate(updateSchema, body, t, labels, locale)
      : validate(createSchema, body, t, labels, locale);
    const found = { ...schemaErrors(checked, read.targets), ...read.errors };
    if (Object.keys(found).length > 0 || !checked.ok) {
      setErrors(found);
      setFailure('validation.summary');
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const saved = ind
        ? await props.writes.update(ind.id, updateSchema.parse(body))
        : await props.writes.create(createSchema.parse(body));
      props.onDone(saved);
    } catch (error) {
      setFailure(errorMessageKey(error));
      const server = serverFieldErrors(error, t, labels, locale);
      setErrors(
        Object.fromEntries(
          Object.entries(server).map(([k, m]) => [
            k.startsWith('targets') ? targetField(years[0]!) : k,
            m,
          ]),
        ),
      );
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        setConflict(error.current as Indicator);
      }
    } finally {
      setBusy(false);
    }
  }

  const text = (
    name: string,
    label: MessageKey,
    extra: { required?: boolean; hint?: string; autoFocus?: boolean; maxLength?: number } = {},
  ) => (
    <TextField
      name={name}
      label={t(label)}
      value={values[name] ?? ''}
      onChange={set(name)}
      error={errors[name]}
      {...extra}
    />
  );
  const select = (name: string, label: MessageKey, options: readonly string[]) => (
    <SelectField
      name={name}
      label={t(label)}
      value={values[name] ?? ''}
      onChange={set(name)}
      error={errors[name]}
      options={options.map((o) => ({
        value: o,
        label: t(`${label.replace('field.', '')}.${o}` as MessageKey),
      }))}
    />
  );
  const targetsText = (i: Indicator) =>
    i.targets.map((x) => `${x.year}: ${decimalForInput(x.value, locale)}`).join('; ');

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-legend`}
      className="pdz-edit-form p-3 my-2"
    >
      <p id={`${id}-legend`} className="h6 mb-3">
        {ind ? t('indicators.editNamed', { name: ind.name }) : t('indicators.new')}
      </p>
      {failure && !conflict && <Alert kind="danger">{t(failure)}</Alert>}
      {conflict && (
        <ConflictNotice
          fields={[
            { name: 'name', label: t('indicators.field.name') },
            { name: 'unit', label: t('indicators.field.unit') },
            { name: 'targets', label: t('indicators.targetsLegend') },
            { name: 'thresholds', label: t('indicators.thresholdsLegend') },
          ]}
          current={{
            name: conflict.name,
            unit: conflict.unit,
            targets: targetsText(conflict),
            thresholds: `${conflict.partialPercent} % / ${conflict.achievedPercent} %`,
          }}
          onUseCurrent={() => {
            setValues(valuesOf(conflict, formYears(props.planYears, conflict), locale));
            setVersion(conflict.version);
            setConflict(null);
            setFailure(null);
          }}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
            setFailure(null);
          }}
        />
      )}
      <div className="row">
        <div className="col-md-8">
          {text('name', 'indicators.field.name', {
            required: true,
            autoFocus: true,
            maxLength: textLimits.title,
          })}
        </div>
        <div className="col-md-4">
          {text('code', 'indicators.field.code', {
            maxLength: indicatorTextLimits.code,
          })}
        </div>
        <div className="col-md-4">{select('kind', 'indicators.field.kind', indicatorKinds)}</div>
        <div className="col-md-4">
          {text('unit', 'indicators.field.unit', {
            maxLength: indicatorTextLimits.unit,
          })}
        </div>
        <div className="col-md-4">
          {select('direction', 'indicators.field.direction', indicatorDirections)}
        </div>
        <div className="col-md-4">
          {text('dataSource', 'indicators.field.dataSource', { maxLength: textLimits.title })}
        </div>
        <div className="col-md-4">
          {select('frequency', 'indicators.field.frequency', indicatorFrequencies)}
        </div>
        <div className="col-md-4">
          {text('reportedBy', 'indicators.field.reportedBy', { maxLength: textLimits.title })}
        </div>
        <div className="col-md-4">
          {text('baselineValue', 'indicators.field.baselineValue', {
            hint: t('indicators.numberHint'),
          })}
        </div>
        <div className="col-md-4">{text('baselineYear', 'indicators.field.baselineYear')}</div>
      </div>
      <fieldset className="mb-2">
        <legend className="h6">{t('indicators.targetsLegend')}</legend>
        <div className="row">
          {years.map((year) => (
            <div className="col-sm-6 col-md-3" key={year}>
              <TextField
                name={targetField(year)}
                label={t('indicators.field.target', { year })}
                value={values[targetField(year)] ?? ''}
                onChange={set(targetField(year))}
                error={errors[targetField(year)]}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-2">
        <legend className="h6">{t('indicators.thresholdsLegend')}</legend>
        <div className="row">
          <div className="col-md-6">
            {text('partialPercent', 'indicators.field.partialPercent')}
          </div>
          <div className="col-md-6">
            {text('achievedPercent', 'indicators.field.achievedPercent')}
          </div>
        </div>
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
