import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { reopenPeriodInput } from '@pdz/core';
import { useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { TextArea } from '../../ui/Field';
import { validate, type FieldErrors } from '../../ui/formErrors';
import { PeriodStatusBadge } from './badges';
import type { MonitoringWrites, PeriodListItem } from './queries';
import { ReportCounts } from './ReportCounts';
import { writeFailure } from './writeFailure';

/**
 * One reporting period of the list: its days, its status and its reports counted; for the plan
 * office, close it (asked first) or reopen it (saying why).
 */
export function PeriodItem(props: {
  period: PeriodListItem;
  base: string;
  manage: boolean;
  writes: MonitoringWrites;
  /** the period just opened: its heading takes the focus */
  focus: boolean;
}) {
  const { period, manage, writes } = props;
  const { t, locale } = useI18n();
  const format = useFormat();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState<'close' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `period-${period.id}`;

  useEffect(() => {
    if (props.focus) headingRef.current?.focus();
  }, [props.focus]);
  useEffect(() => {
    if (asking === 'reopen') formRef.current?.querySelector('textarea')?.focus();
  }, [asking]);

  function cancel() {
    setAsking(null);
    setErrors({});
    // the button comes back once the panel is gone
    globalThis.setTimeout(() => toggleRef.current?.focus(), 0);
  }

  async function run(move: () => Promise<unknown>, done: string) {
    setBusy(true);
    setFailure(null);
    try {
      await move();
      setAsking(null);
      setReason('');
      announce(done);
      headingRef.current?.focus();
    } catch (error) {
      setAsking(null);
      setFailure(writeFailure(error, t));
    } finally {
      setBusy(false);
    }
  }

  function reopen(event: FormEvent) {
    event.preventDefault();
    const labels = { reason: t('monitoring.period.reason') };
    const checked = validate(
      reopenPeriodInput,
      { version: period.version, reason },
      t,
      labels,
      locale,
    );
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    void run(
      () => writes.reopenPeriod(period.id, period.version, checked.data.reason),
      t('monitoring.period.reopened', { label: period.label }),
    );
  }

  return (
    <article aria-labelledby={headingId} className="border rounded p-3 mb-3">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="h4">
        <Link to={`${props.base}/${period.id}`}>{period.label}</Link>
      </h3>
      <p className="d-flex flex-wrap align-items-center gap-2">
        <span>
          {t('monitoring.period.days', {
            from: format.date(period.startsOn),
            to: format.date(period.endsOn),
          })}
        </span>
        <span aria-hidden="true">·</span>
        <span>{t('monitoring.period.due', { date: format.date(period.dueOn) })}</span>
        <span aria-hidden="true">·</span>
        <span>
          <span className="visually-hidden">{t('monitoring.period.status')}: </span>
          <PeriodStatusBadge status={period.status} />
        </span>
      </p>
      <ReportCounts counts={period.reports} />
      {failure && <Alert kind="danger">{failure}</Alert>}
      {manage && asking === null && (
        <button
          ref={toggleRef}
          type="button"
          className="btn btn-outline-primary btn-sm"
          aria-label={t(
            period.status === 'open'
              ? 'monitoring.period.closeNamed'
              : 'monitoring.period.reopenNamed',
            { label: period.label },
          )}
          onClick={() => setAsking(period.status === 'open' ? 'close' : 'reopen')}
        >
          {t(period.status === 'open' ? 'monitoring.period.close' : 'monitoring.period.reopen')}
        </button>
      )}
      {asking === 'close' && (
        <ConfirmPanel
          question={t('monitoring.period.closeQuestion', { label: period.label })}
          confirmLabel={t('monitoring.period.closeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() =>
            void run(
              () => writes.closePeriod(period.id, period.version),
              t('monitoring.period.closed', { label: period.label }),
            )
          }
          onCancel={cancel}
        >
          <p>{t('monitoring.period.closeExplain')}</p>
        </ConfirmPanel>
      )}
      {asking === 'reopen' && (
        <form
          ref={formRef}
          onSubmit={reopen}
          noValidate
          aria-label={t('monitoring.period.reopenNamed', { label: period.label })}
          className="pdz-edit-form p-3 my-2"
        >
          <TextArea
            name="reason"
            label={t('monitoring.period.reason')}
            hint={t('monitoring.period.reasonHint')}
            required
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
              {t('monitoring.period.reopenConfirm')}
            </button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
