import { useId, useState, type FormEvent } from 'react';
import { createPeriodInput, periodProblems, textLimits, type ReportingPeriod } from '@pdz/core';
import { errorMessageKey, issueMessage, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { TextField } from '../../ui/Field';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import type { CreatePeriodBody, MonitoringWrites, PeriodListItem } from './queries';

const fields = ['label', 'startsOn', 'endsOn', 'dueOn'] as const;
type Values = Record<(typeof fields)[number], string>;
const empty: Values = { label: '', startsOn: '', endsOn: '', dueOn: '' };

/**
 * Opens a reporting period: a name, its first and last day and the day reports are due. The
 * rules of core (same year, within the plan's years, no overlap) are checked before sending; the
 * server's refusals are shown beside the field they name.
 */
export function NewPeriodForm(props: {
  writes: MonitoringWrites;
  round: { startYear: number; endYear: number };
  others: readonly PeriodListItem[];
  onCreated: (period: ReportingPeriod) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const labels = Object.fromEntries(fields.map((f) => [f, t(`monitoring.newPeriod.${f}`)]));

  /** the body to send, or the message of each field to correct */
  function check(): { ok: true; body: CreatePeriodBody } | { ok: false; errors: FieldErrors } {
    const missing: FieldErrors = {};
    for (const f of fields) {
      if (values[f].trim() === '') missing[f] = t('validation.required', { field: labels[f]! });
    }
    const checked = validate(createPeriodInput, values, t, labels, locale);
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (checked.ok) {
      for (const p of periodProblems(checked.data, props.round, props.others)) {
        found[p.field] ??= issueMessage({ message: p.message }, labels[p.field]!, t, locale);
      }
    }
    const errors = { ...found, ...missing };
    if (checked.ok && Object.keys(errors).length === 0) return { ok: true, body: checked.data };
    return { ok: false, errors };
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure(t('validation.summary'));
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const created = await props.writes.createPeriod(checked.body);
      props.onCreated(created);
    } catch (error) {
      setErrors(serverFieldErrors(error, t, labels, locale));
      setFailure(t(errorMessageKey(error)));
    } finally {
      setBusy(false);
    }
  }

  const field = (
    name: (typeof fields)[number],
    extra: Partial<Parameters<typeof TextField>[0]>,
  ) => (
    <TextField
      name={name}
      label={labels[name]!}
      value={values[name]}
      onChange={(v) => setValues((prev) => ({ ...prev, [name]: v }))}
      error={errors[name]}
      required
      {...extra}
    />
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-legend`}
      className="pdz-edit-form p-3 my-3"
    >
      <p id={`${id}-legend`} className="h5 mb-2">
        {t('monitoring.newPeriod.title')}
      </p>
      <p className="small">
        {t('monitoring.newPeriod.intro', { from: props.round.startYear, to: props.round.endYear })}
      </p>
      {failure && <Alert kind="danger">{failure}</Alert>}
      <div className="row">
        <div className="col-md-12">
          {field('label', {
            autoFocus: true,
            maxLength: textLimits.title,
            hint: t('monitoring.newPeriod.labelHint'),
          })}
        </div>
        <div className="col-md-4">{field('startsOn', { type: 'date' })}</div>
        <div className="col-md-4">{field('endsOn', { type: 'date' })}</div>
        <div className="col-md-4">
          {field('dueOn', { type: 'date', hint: t('monitoring.newPeriod.dueHint') })}
        </div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {busy ? t('common.saving') : t('monitoring.newPeriod.submit')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
