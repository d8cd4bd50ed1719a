import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { spreadsheetMaxBytes } from '@pdz/core';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import {
  formatOf,
  importServices,
  serviceExportUrl,
  type ServiceImportOutcome,
} from './importServices';
import { serviceKeys } from './queries';

/** Export to every member; import (all or nothing) for those who edit the directory. */
export function ServiceFiles({
  districtId,
  canImport,
}: {
  districtId: string;
  canImport: boolean;
}) {
  const { t } = useI18n();
  const fileId = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ServiceImportOutcome | null>(null);
  const [failure, setFailure] = useState<MessageKey | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || !formatOf(file)) {
      setOutcome({
        kind: 'rejected',
        errors: [
          { sheet: null, row: null, column: null, columnLetter: null, code: 'unreadableFile' },
        ],
      });
      return;
    }
    if (file.size > spreadsheetMaxBytes) {
      setOutcome(null);
      return setFailure('services.files.tooLarge');
    }
    setBusy(true);
    setFailure(null);
    try {
      const result = await importServices(districtId, file);
      setOutcome(result);
      if (result.kind === 'done')
        await queryClient.invalidateQueries({ queryKey: serviceKeys.all(districtId) });
    } catch (error) {
      setFailure(errorMessageKey(error));
    } finally {
      setBusy(false);
    }
  }

  const codeText = (code: string) => t(`services.files.code.${code}` as MessageKey);
  return (
    <section aria-labelledby="services-files" className="mt-5">
      <h2 id="services-files" className="h4">
        {t('services.files.heading')}
      </h2>
      <p>{t('services.files.intro')}</p>
      <p className="d-flex gap-2">
        <a
          className="btn btn-outline-primary btn-sm"
          href={serviceExportUrl(districtId, 'xlsx')}
          download
        >
          {t('services.files.exportXlsx')}
        </a>
        <a
          className="btn btn-outline-primary btn-sm"
          href={serviceExportUrl(districtId, 'csv')}
          download
        >
          {t('services.files.exportCsv')}
        </a>
      </p>
      {canImport && (
        <form onSubmit={submit} className="mb-3">
          <div className="mb-3">
            <label htmlFor={fileId} className="form-label fw-semibold">
              {t('services.files.file')}
            </label>
            <input
              id={fileId}
              type="file"
              name="file"
              className="form-control"
              accept=".xlsx,.csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('services.files.import')}
          </button>
        </form>
      )}
      {failure && <Alert kind="danger">{t(failure)}</Alert>}
      {outcome?.kind === 'done' && (
        <Alert kind="success">{t('services.files.done', { ...outcome.result })}</Alert>
      )}
      {outcome?.kind === 'rejected' && (
        <Alert kind="danger" title={t('services.files.rejected')}>
          <ul className="mb-0">
            {outcome.errors.map((e, i) => (
              <li key={i}>
                {e.row === null
                  ? t('services.files.errorFile', { code: codeText(e.code) })
                  : t('services.files.errorAt', {
                      row: e.row,
                      column: `${e.column ?? ''}${e.columnLetter ? ` (${e.columnLetter})` : ''}`,
                      code: codeText(e.code),
                    })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
