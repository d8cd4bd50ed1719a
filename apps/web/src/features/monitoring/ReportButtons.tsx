import { useEffect, useRef, useState } from 'react';
import { returnReportInput } from '@pdz/core';
import { useI18n } from '../../i18n';
import { TextArea } from '../../ui/Field';
import { validate, type FieldErrors } from '../../ui/formErrors';
import type { ReportRights } from './reportRights';

/**
 * The moves the reader may make on a report, as core's rules allow them now. Saving is the
 * form's submit button; sending back asks for the note that says what to fix.
 */
export function ReportButtons(props: {
  rights: ReportRights;
  busy: boolean;
  onSubmit: () => void;
  onValidate: () => void;
  onReturn: (note: string) => Promise<boolean>;
}) {
  const { t, locale } = useI18n();
  const { rights, busy } = props;
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const panelRef = useRef<HTMLDivElement>(null);
  const returnRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (returning) panelRef.current?.querySelector('textarea')?.focus();
  }, [returning]);

  async function sendBack() {
    const labels = { note: t('monitoring.report.returnNote') };
    const checked = validate(returnReportInput, { version: 1, note }, t, labels, locale);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    if (await props.onReturn(checked.data.note)) {
      setReturning(false);
      setNote('');
    }
  }

  function cancel() {
    setReturning(false);
    setErrors({});
    globalThis.setTimeout(() => returnRef.current?.focus(), 0);
  }

  if (!rights.save && !rights.submit && !rights.validate && !rights.return) return null;
  return (
    <div className="mt-3">
      <div className="d-flex flex-wrap gap-2">
        {rights.save && (
          <button type="submit" className="btn btn-outline-primary" disabled={busy}>
            {busy ? t('common.saving') : t('monitoring.report.saveDraft')}
          </button>
        )}
        {rights.submit && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={props.onSubmit}
          >
            {t('monitoring.report.submit')}
          </button>
        )}
        {rights.validate && (
          <button
            type="button"
            className="btn btn-success"
            disabled={busy}
            onClick={props.onValidate}
          >
            {t('monitoring.report.validate')}
          </button>
        )}
        {rights.return && !returning && (
          <button
            ref={returnRef}
            type="button"
            className="btn btn-outline-danger"
            disabled={busy}
            onClick={() => setReturning(true)}
          >
            {t('monitoring.report.return')}
          </button>
        )}
      </div>
      {returning && (
        // not a form of its own: it may sit inside the report's form
        <div
          ref={panelRef}
          role="group"
          aria-labelledby="return-heading"
          className="border border-danger rounded p-3 my-3"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancel();
          }}
        >
          <p id="return-heading" className="fw-semibold">
            {t('monitoring.report.returnTitle')}
          </p>
          <TextArea
            name="reviewNote"
            label={t('monitoring.report.returnNote')}
            hint={t('monitoring.report.returnHint')}
            required
            value={note}
            error={errors.note}
            onChange={setNote}
          />
          <div className="d-flex gap-2">
            <button
              type="button"
              className="btn btn-danger btn-sm"
              disabled={busy}
              onClick={() => void sendBack()}
            >
              {t('monitoring.report.returnConfirm')}
            </button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
