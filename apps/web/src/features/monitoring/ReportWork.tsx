import { useEffect, useRef, useState } from 'react';
import type { Report } from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { ConflictNotice } from '../../ui/ConflictNotice';
import type { FieldErrors } from '../../ui/formErrors';
import { MeasureFields } from './MeasureFields';
import { useMonitoringWrites, type ReportRef, type ReportView } from './queries';
import { ReportButtons } from './ReportButtons';
import { MilestoneFields, PeopleFields, ProgressFields } from './ReportFields';
import { ReportReadOnly } from './ReportReadOnly';
import type { ReportRights } from './reportRights';
import {
  issueErrors,
  readReport,
  reportLabels,
  valuesOf,
  type ReportValues,
  type SentRows,
} from './reportValues';
import { SpendingFields } from './SpendingFields';
import { useCatalogueLabels } from './useCatalogueLabels';
import { writeFailure } from './writeFailure';

type Outcome = { kind: 'success' | 'danger' | 'info'; text: string };

/**
 * The report itself: the form while the reader may write it, else what is saved; and the moves
 * allowed now. Submitting or validating saves the form first when it changed, so that nothing
 * typed is lost. The outcome of every move takes the focus.
 */
export function ReportWork(props: {
  districtId: string;
  planId: string;
  reportRef: ReportRef;
  view: ReportView;
  rights: ReportRights;
  year: number;
}) {
  const { t, locale } = useI18n();
  const writes = useMonitoringWrites(props.districtId, props.planId);
  const names = useCatalogueLabels();
  const { subject: frame, report } = props.view;
  const { rights, reportRef } = props;
  const [values, setValues] = useState<ReportValues>(() => valuesOf(report, frame, locale));
  const [version, setVersion] = useState(report?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [conflict, setConflict] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const ctx = {
    t,
    locale,
    labels: reportLabels(frame, values, t, {
      userArea: names.userAreaLabel,
      source: names.sourceLabel,
    }),
  };

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function change(update: (v: ReportValues) => ReportValues) {
    const next = update(values);
    // rows moved: their messages no longer point at the right ones
    if (next.spending.length !== values.spending.length) {
      setErrors((e) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('spending.'))),
      );
    }
    setValues(next);
    setDirty(true);
  }

  function failed(error: unknown, sent?: SentRows) {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
      setConflict(error.current as Report);
      return;
    }
    if (sent && isApiError(error) && error.code === 'VALIDATION_FAILED') {
      setErrors(issueErrors(error.issues, sent, ctx));
    }
    setOutcome({ kind: 'danger', text: writeFailure(error, t) });
  }

  // the message takes the focus and is a status region: it is read once, without the announcer
  function succeeded(text: string) {
    setOutcome({ kind: 'success', text });
  }

  /** Saves the form; the saved report, or null when it was refused (the messages are shown). */
  async function saveNow(): Promise<Report | null> {
    const read = readReport(values, frame, ctx);
    if (Object.keys(read.errors).length > 0) {
      setErrors(read.errors);
      setOutcome({ kind: 'danger', text: t('validation.summary') });
      return null;
    }
    try {
      const saved = await writes.saveReport(reportRef, { ...read.body, version });
      setVersion(saved.version);
      setValues(valuesOf(saved, frame, locale));
      setDirty(false);
      setErrors({});
      return saved;
    } catch (error) {
      failed(error, read.sent);
      return null;
    }
  }

  async function run(move: 'save' | 'submit' | 'validate') {
    setBusy(true);
    setOutcome(null);
    setConflict(null);
    try {
      let at = version;
      if (move === 'save' || (rights.save && (dirty || report === null))) {
        const saved = await saveNow();
        if (!saved) return;
        at = saved.version;
      }
      if (move === 'save') return succeeded(t('monitoring.report.saved'));
      const moved =
        move === 'submit'
          ? await writes.submitReport(reportRef, at)
          : await writes.validateReport(reportRef, at);
      setVersion(moved.version);
      succeeded(
        t(move === 'submit' ? 'monitoring.report.submitted' : 'monitoring.report.validated'),
      );
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  async function sendBack(note: string): Promise<boolean> {
    setBusy(true);
    setOutcome(null);
    try {
      const moved = await writes.returnReport(reportRef, version, note);
      setVersion(moved.version);
      succeeded(t('monitoring.report.returned'));
      return true;
    } catch (error) {
      failed(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const fields = { frame, values, errors, onChange: change, userAreaLabel: names.userAreaLabel };
  const buttons = (
    <ReportButtons
      rights={rights}
      busy={busy}
      onSubmit={() => void run('submit')}
      onValidate={() => void run('validate')}
      onReturn={sendBack}
    />
  );

  return (
    <>
      <div ref={outcomeRef} tabIndex={-1} className="pdz-outcome">
        {outcome && <Alert kind={outcome.kind}>{outcome.text}</Alert>}
      </div>
      {conflict && (
        <ConflictNotice
          fields={[
            { name: 'status', label: t('monitoring.report.status') },
            { name: 'progress', label: t('monitoring.report.progress') },
            { name: 'percent', label: t('monitoring.report.percent') },
            { name: 'notes', label: t('monitoring.report.notes') },
          ]}
          current={{
            status: t(`monitoring.reportStatus.${conflict.status}`),
            progress: conflict.progress ? t(`sheet.status.${conflict.progress}`) : '',
            percent: conflict.progressPercent === null ? '' : `${conflict.progressPercent}`,
            notes: conflict.notes,
          }}
          onUseCurrent={() => {
            setValues(valuesOf(conflict, frame, locale));
            setVersion(conflict.version);
            setDirty(false);
            setConflict(null);
          }}
          onKeepMine={() => {
            setVersion(conflict.version);
            setConflict(null);
            setOutcome({ kind: 'info', text: t('conflict.keptMine') });
          }}
        />
      )}
      {rights.save ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run('save');
          }}
          noValidate
          aria-labelledby="report-form-heading"
          className="pdz-report-form"
        >
          <h3 id="report-form-heading" className="h4">
            {t('monitoring.report.formHeading')}
          </h3>
          {Object.keys(errors).length > 0 && (
            <p className="text-danger fw-semibold">{t('validation.summary')}</p>
          )}
          <ProgressFields {...fields} />
          <MilestoneFields {...fields} />
          <PeopleFields {...fields} />
          <MeasureFields {...fields} year={props.year} />
          {frame.kind === 'action' && (
            <SpendingFields
              {...fields}
              sourceLabel={names.sourceLabel}
              sourceOptions={names.sourceOptions}
            />
          )}
          {buttons}
        </form>
      ) : (
        <section aria-labelledby="report-saved-heading">
          <h3 id="report-saved-heading" className="h4">
            {t('monitoring.report.savedHeading')}
          </h3>
          <ReportReadOnly
            report={report}
            frame={frame}
            userAreaLabel={names.userAreaLabel}
            sourceLabel={names.sourceLabel}
          />
          {buttons}
        </section>
      )}
    </>
  );
}
