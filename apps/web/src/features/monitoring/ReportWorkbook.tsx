import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { spreadsheetMaxBytes, type ReportImportError } from '@pdz/core';
import { errorMessageKey, isMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { importReportWorkbook, workbookUrl, type WorkbookOutcome } from './importReportWorkbook';

/** Every error of a refused file: sheet, row and column as the spreadsheet shows them. */
function WorkbookErrors({ errors }: { errors: ReportImportError[] }) {
  const { t } = useI18n();
  const message = (e: ReportImportError) => {
    const own = `monitoring.workbook.error.${e.code}`;
    const shared = `spreadsheet.error.${e.code}`;
    const key = isMessageKey(own) ? own : isMessageKey(shared) ? shared : null;
    return key ? t(key, e.data) : e.code;
  };
  return (
    <div className="table-responsive">
      <table className="table table-sm">
        <caption>{t('monitoring.workbook.errors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.workbook.errors.sheet')}</th>
            <th scope="col">{t('monitoring.workbook.errors.row')}</th>
            <th scope="col">{t('monitoring.workbook.errors.column')}</th>
            <th scope="col">{t('monitoring.workbook.errors.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>
                {e.sheet
                  ? t(`monitoring.workbook.sheet.${e.sheet}`)
                  : t('monitoring.workbook.errors.file')}
              </td>
              <td>{e.row ?? '—'}</td>
              <td>
                {e.column ? (e.columnLetter ? `${e.columnLetter} · ${e.column}` : e.column) : '—'}
              </td>
              <td>{message(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The reports of a period filled in all at once: the workbook to download, pre-filled with what
 * the user may report on, and its upload, applied whole or not at all.
 */
export function ReportWorkbook(props: { districtId: string; planId: string; periodId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<WorkbookOutcome | null>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const reportRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (outcome || failure) reportRef.current?.focus();
  }, [outcome, failure]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError('monitoring.workbook.noFile');
    if (!file.name.toLowerCase().endsWith('.xlsx'))
      return setFileError('monitoring.workbook.badType');
    if (file.size > spreadsheetMaxBytes) return setFileError('monitoring.workbook.tooLarge');
    setWorking(true);
    setOutcome(null);
    setFailure(null);
    try {
      const result = await importReportWorkbook(props, file);
      setOutcome(result);
      if (result.kind === 'done' && result.result.written > 0)
        await queryClient.invalidateQueries();
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setWorking(false);
    }
  }

  const errorId = `${fileId}-error`;
  const hintId = `${fileId}-hint`;
  return (
    <section aria-labelledby="report-workbook" className="mb-4">
      <h3 id="report-workbook" className="h4">
        {t('monitoring.workbook.heading')}
      </h3>
      <p>{t('monitoring.workbook.intro')}</p>
      <p>
        <a className="btn btn-outline-primary" href={workbookUrl(props)} download>
          {t('monitoring.workbook.download')}
        </a>
      </p>
      <form onSubmit={submit} noValidate aria-busy={working}>
        <div className="mb-3">
          <label htmlFor={fileId} className="form-label fw-semibold">
            {t('monitoring.workbook.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={`form-control${fileError ? ' is-invalid' : ''}`}
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          <small id={hintId} className="form-text d-block">
            {t('monitoring.workbook.hint')}
          </small>
          {fileError && (
            <div id={errorId} className="invalid-feedback d-block" role="alert">
              {t(fileError)}
            </div>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={working}>
          {t('monitoring.workbook.submit')}
        </button>
        {working && <Loading label={t('monitoring.workbook.working')} />}
      </form>
      {failure && (
        <Alert kind="danger">
          <p ref={reportRef} tabIndex={-1} className="mb-0">
            {t(failure)}
          </p>
        </Alert>
      )}
      {outcome?.kind === 'done' && (
        <Alert kind="success">
          <p ref={reportRef} tabIndex={-1} className="mb-0">
            {t('monitoring.workbook.done', outcome.result)}
          </p>
        </Alert>
      )}
      {outcome?.kind === 'rejected' && (
        <div className="mt-3">
          <Alert kind="danger">
            <p ref={reportRef} tabIndex={-1} className="mb-0">
              {t('monitoring.workbook.rejected', { count: outcome.errors.length })}
            </p>
          </Alert>
          <WorkbookErrors errors={outcome.errors} />
        </div>
      )}
    </section>
  );
}
