import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  isPlanEditable,
  spreadsheetMaxBytes,
  spreadsheetSheets,
  type ImportError,
  type ImportResult,
  type SheetKey,
} from '@pdz/core';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useDistrictAccess } from '../territory/queries';
import { usePlanTree } from '../plan/queries';
import { exportUrl, importSpreadsheet, type ImportOutcome } from './importSpreadsheet';
import { ImportErrorTable, ImportSummary } from './ImportReport';

const accepted = [
  '.xlsx',
  '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',');

function formatOf(file: File): 'xlsx' | 'csv' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.csv')) return 'csv';
  return null;
}

/** Guesses the sheet of a CSV from its name (`piano-2012-2014-risorse.csv`). */
function sheetFromName(file: File): SheetKey | null {
  const name = file.name.toLowerCase();
  const words: Record<SheetKey, string> = {
    objectives: 'obiettivi',
    actions: 'azioni',
    allocations: 'risorse',
    indicators: 'indicatori',
  };
  return spreadsheetSheets.find((s) => name.includes(words[s])) ?? null;
}

export function SpreadsheetPage() {
  const { districtId = '', planId = '' } = useParams();
  const { t } = useI18n();
  const access = useDistrictAccess(districtId);
  const tree = usePlanTree(districtId, planId);
  const queryClient = useQueryClient();
  const fileId = useId();
  const sheetId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<SheetKey>('objectives');
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle([t('spreadsheet.title'), tree.data?.title, t('app.name')]);

  useEffect(() => {
    if (outcome || failure) reportRef.current?.focus();
  }, [outcome, failure]);

  if (tree.isPending || access.isLoading) return <Loading label={t('app.loading')} />;
  if (tree.isError) return <Alert kind="danger">{t(errorMessageKey(tree.error))}</Alert>;
  const scope = { districtId, planId };
  const canImport = isPlanEditable(tree.data.phase) && access.can('plan.edit');
  const format = file ? formatOf(file) : null;

  function choose(next: File | null) {
    setFile(next);
    setFileError(null);
    if (next) {
      const guessed = sheetFromName(next);
      if (guessed) setSheet(guessed);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError('spreadsheet.import.noFile');
    if (!format) return setFileError('spreadsheet.import.badType');
    if (file.size > spreadsheetMaxBytes) return setFileError('spreadsheet.import.tooLarge');
    setWorking(true);
    setOutcome(null);
    setFailure(null);
    try {
      const result = await importSpreadsheet(scope, file, format, sheet);
      setOutcome(result);
      if (result.kind === 'done' && result.result.changes > 0) {
        await queryClient.invalidateQueries();
      }
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setWorking(false);
    }
  }

  const errorId = `${fileId}-error`;
  const hintId = `${fileId}-hint`;
  return (
    <>
      <h2 className="h3">{t('spreadsheet.title')}</h2>
      <p>{t('spreadsheet.intro')}</p>

      <section aria-labelledby="spreadsheet-export" className="mb-4">
        <h3 id="spreadsheet-export" className="h4">
          {t('spreadsheet.export.heading')}
        </h3>
        <p>
          <a className="btn btn-primary" href={exportUrl(scope, 'xlsx')} download>
            {t('spreadsheet.export.xlsx')}
          </a>
        </p>
        <p className="mb-1">{t('spreadsheet.export.csvHint')}</p>
        <ul className="list-inline">
          {spreadsheetSheets.map((s) => (
            <li key={s} className="list-inline-item">
              <a
                className="btn btn-outline-primary btn-sm mb-2"
                href={exportUrl(scope, 'csv', s)}
                download
              >
                {t('spreadsheet.export.csv', { sheet: t(`spreadsheet.sheet.${s}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="spreadsheet-import">
        <h3 id="spreadsheet-import" className="h4">
          {t('spreadsheet.import.heading')}
        </h3>
        {!canImport ? (
          <p>{t('spreadsheet.import.readOnly')}</p>
        ) : (
          <form onSubmit={submit} noValidate aria-busy={working}>
            <div className="mb-3">
              <label htmlFor={fileId} className="form-label fw-semibold">
                {t('spreadsheet.import.file')}
              </label>
              <input
                id={fileId}
                type="file"
                accept={accepted}
                className={`form-control${fileError ? ' is-invalid' : ''}`}
                aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => choose(e.target.files?.[0] ?? null)}
              />
              <small id={hintId} className="form-text d-block">
                {t('spreadsheet.import.hint')}
              </small>
              {fileError && (
                <div id={errorId} className="invalid-feedback d-block" role="alert">
                  {t(fileError)}
                </div>
              )}
            </div>
            {format === 'csv' && (
              <div className="mb-3">
                <label htmlFor={sheetId} className="form-label fw-semibold">
                  {t('spreadsheet.import.sheet')}
                </label>
                <select
                  id={sheetId}
                  className="form-select"
                  value={sheet}
                  onChange={(e) => setSheet(e.target.value as SheetKey)}
                >
                  {spreadsheetSheets.map((s) => (
                    <option key={s} value={s}>
                      {t(`spreadsheet.sheet.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="submit" className="btn btn-primary" disabled={working}>
              {t('spreadsheet.import.submit')}
            </button>
            {working && <Loading label={t('spreadsheet.import.working')} />}
          </form>
        )}
      </section>

      <div className="mt-4">
        {failure && (
          <Alert kind="danger">
            <h3 ref={reportRef} tabIndex={-1} className="h5">
              {t(failure)}
            </h3>
          </Alert>
        )}
        {outcome?.kind === 'done' && <Done result={outcome.result} headingRef={reportRef} />}
        {outcome?.kind === 'rejected' && (
          <Rejected errors={outcome.errors} headingRef={reportRef} />
        )}
      </div>
    </>
  );
}

function Done({
  result,
  headingRef,
}: {
  result: ImportResult;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="spreadsheet-result" className="alert alert-success">
      <h3 id="spreadsheet-result" ref={headingRef} tabIndex={-1} className="h5">
        {result.changes === 0
          ? t('spreadsheet.result.none')
          : t('spreadsheet.result.heading', { changes: result.changes })}
      </h3>
      <ImportSummary counts={result.counts} />
    </section>
  );
}

function Rejected({
  errors,
  headingRef,
}: {
  errors: ImportError[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="spreadsheet-errors">
      <div className="alert alert-danger">
        <h3 id="spreadsheet-errors" ref={headingRef} tabIndex={-1} className="h5">
          {t('spreadsheet.errors.heading', { count: errors.length })}
        </h3>
        <p className="mb-0">{t('spreadsheet.errors.nothingChanged')}</p>
      </div>
      <ImportErrorTable errors={errors} />
    </section>
  );
}
