import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  populationImportKinds,
  populationImportMaxBytes,
  type PopulationImportKind,
} from '@pdz/core';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { populationKey } from './queries';
import { uploadPopulation, type Progress, type UploadOutcome } from './uploadPopulation';

/** Upload of an ISTAT file with a progress bar; the rows at fault in a table when refused. */
export function ImportForm({ districtId }: { districtId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const fileId = useId();
  const kindId = useId();
  const yearId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<PopulationImportKind>('population');
  const [year, setYear] = useState('');
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome || failure) reportRef.current?.focus();
  }, [outcome, failure]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError('population.import.noFile');
    if (file.size > populationImportMaxBytes) return setFileError('population.import.tooLarge');
    setFileError(null);
    setOutcome(null);
    setFailure(null);
    setProgress({ loaded: 0, total: file.size });
    try {
      const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
      const result = await uploadPopulation(
        districtId,
        file,
        { kind, year: yearNumber },
        setProgress,
      );
      setOutcome(result);
      if (result.kind === 'done') {
        // a first read still in flight was computed before the import: drop it, read again
        await queryClient.cancelQueries({ queryKey: populationKey(districtId) });
        await queryClient.invalidateQueries({ queryKey: populationKey(districtId) });
      }
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setProgress(null);
    }
  }

  const working = progress !== null;
  const percent =
    progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const errorId = `${fileId}-error`;
  return (
    <>
      <form onSubmit={submit} noValidate aria-busy={working} className="mb-3">
        <div className="row g-3">
          <div className="col-md-6">
            <label htmlFor={fileId} className="form-label fw-semibold">
              {t('population.import.file')}
            </label>
            <input
              id={fileId}
              type="file"
              accept=".csv,.txt,text/csv"
              className={`form-control${fileError ? ' is-invalid' : ''}`}
              aria-describedby={fileError ? errorId : undefined}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            {fileError && (
              <div id={errorId} className="invalid-feedback d-block" role="alert">
                {t(fileError)}
              </div>
            )}
          </div>
          <div className="col-md-3">
            <label htmlFor={kindId} className="form-label fw-semibold">
              {t('population.import.kind')}
            </label>
            <select
              id={kindId}
              className="form-select"
              value={kind}
              onChange={(e) => setKind(e.target.value as PopulationImportKind)}
            >
              {populationImportKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`population.import.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="col-md-3">
            <label htmlFor={yearId} className="form-label fw-semibold">
              {t('population.import.year')}
            </label>
            <input
              id={yearId}
              inputMode="numeric"
              maxLength={4}
              className="form-control"
              value={year}
              aria-describedby={`${yearId}-hint`}
              onChange={(e) => setYear(e.target.value)}
            />
            <small id={`${yearId}-hint`} className="form-text d-block">
              {t('population.import.yearHint')}
            </small>
          </div>
        </div>
        <button type="submit" className="btn btn-primary mt-3" disabled={working}>
          {t('population.import.submit')}
        </button>
      </form>
      {progress && (
        <div className="mb-3" role="status">
          <label htmlFor={`${fileId}-progress`} className="form-label">
            {percent < 100 ? t('population.import.progress') : t('population.import.processing')}
          </label>
          <progress id={`${fileId}-progress`} className="w-100 d-block" max={100} value={percent}>
            {percent}%
          </progress>
          <span className="small">{percent}%</span>
        </div>
      )}
      {failure && (
        <Alert kind="danger">
          <h4 ref={reportRef} tabIndex={-1} className="h5 mb-0">
            {t(failure)}
          </h4>
        </Alert>
      )}
      {outcome?.kind === 'done' && (
        <div className="alert alert-success" role="status">
          <h4 ref={reportRef} tabIndex={-1} className="h5 mb-0">
            {t('population.import.done', {
              rows: outcome.result.rows,
              years: outcome.result.years.join(', '),
              skipped: outcome.result.skippedRows,
            })}
          </h4>
        </div>
      )}
      {outcome?.kind === 'rejected' && (
        <section aria-labelledby={`${fileId}-errors`}>
          <div className="alert alert-danger">
            <h4 id={`${fileId}-errors`} ref={reportRef} tabIndex={-1} className="h5">
              {t('population.import.errorsHeading', { count: outcome.total })}
            </h4>
            <p className="mb-0">
              {t('population.import.nothingChanged')}
              {outcome.total > outcome.errors.length &&
                ` ${t('population.import.errorsShown', { shown: outcome.errors.length })}`}
            </p>
          </div>
          <div className="table-responsive">
            <table className="table table-sm">
              <caption className="visually-hidden">
                {t('population.import.errorsHeading', { count: outcome.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('population.import.col.row')}</th>
                  <th scope="col">{t('population.import.col.column')}</th>
                  <th scope="col">{t('population.import.col.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column ?? '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
