import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { documentContracts, type DocumentFormat } from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, useFormat, useI18n } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { downloadDocument, type DocumentScope } from './downloadDocument';

const formatName: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'DOCX' };

/** 1,2 MB / 350 kB, in the reader's language */
function size(bytes: number, locale: string): string {
  const n = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    maximumFractionDigits: 1,
  });
  return bytes >= 1024 * 1024
    ? `${n.format(bytes / 1024 / 1024)} MB`
    : `${n.format(bytes / 1024)} kB`;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working'; format: DocumentFormat }
  | { kind: 'done'; format: DocumentFormat; filename: string; bytes: number }
  | { kind: 'failed'; error: unknown };

/**
 * The plan document (PDF/A and DOCX) of the live draft or of an approved version: two buttons,
 * what is happening while the server typesets it, and for a version the files kept with their
 * SHA-256 (what the Accordo di programma and the signatures refer to).
 */
export function DocumentDownloads(scope: DocumentScope) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [lang, setLang] = useState<'it' | 'en'>(locale === 'en' ? 'en' : 'it');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const langId = useId();
  const keptKey = ['plan-documents', scope.districtId, scope.planId, scope.version];
  const kept = useQuery({
    queryKey: keptKey,
    enabled: scope.version !== undefined,
    queryFn: () =>
      call(documentContracts.kept, {
        params: { districtId: scope.districtId, planId: scope.planId, number: scope.version! },
      }),
  });

  async function get(f: DocumentFormat) {
    setState({ kind: 'working', format: f });
    try {
      const file = await downloadDocument(scope, f, lang);
      setState({ kind: 'done', format: f, ...file });
      if (scope.version !== undefined) await queryClient.invalidateQueries({ queryKey: keptKey });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const busy = state.kind === 'working';
  return (
    <section aria-labelledby="plan-document" className="my-4">
      <h2 id="plan-document" className="h4">
        {t('document.heading')}
      </h2>
      <p>{scope.version === undefined ? t('document.introDraft') : t('document.introVersion')}</p>
      <div className="d-flex flex-wrap gap-2 align-items-end">
        <div>
          <label htmlFor={langId} className="form-label mb-1">
            {t('document.language')}
          </label>
          <select
            id={langId}
            className="form-select"
            value={lang}
            onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'it')}
          >
            <option value="it">{t('lang.it')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </div>
        {(['pdf', 'docx'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className={f === 'pdf' ? 'btn btn-primary' : 'btn btn-outline-primary'}
            disabled={busy}
            aria-disabled={busy}
            onClick={() => void get(f)}
          >
            {t(f === 'pdf' ? 'document.pdf' : 'document.docx')}
          </button>
        ))}
      </div>
      <div aria-live="polite" className="mt-2">
        {state.kind === 'working' && (
          <p className="mb-0">
            <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />
            {t('document.working', { format: formatName[state.format] })}
          </p>
        )}
        {state.kind === 'done' && (
          <p className="mb-0">
            {t('document.done', {
              format: formatName[state.format],
              file: state.filename,
              size: size(state.bytes, locale),
            })}
          </p>
        )}
      </div>
      {state.kind === 'failed' && <Alert kind="danger">{t(errorMessageKey(state.error))}</Alert>}
      {scope.version !== undefined && kept.data && (
        <>
          <h3 className="h6 mt-3">{t('document.kept')}</h3>
          {kept.data.items.length === 0 ? (
            <p className="small">{t('document.noneKept')}</p>
          ) : (
            <div className="table-responsive">
              <table className="table table-sm small">
                <caption className="visually-hidden">{t('document.keptCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('document.col.format')}</th>
                    <th scope="col">{t('document.col.language')}</th>
                    <th scope="col">{t('document.col.size')}</th>
                    <th scope="col">{t('document.col.createdAt')}</th>
                    <th scope="col">{t('document.col.sha256')}</th>
                  </tr>
                </thead>
                <tbody>
                  {kept.data.items.map((d) => (
                    <tr key={`${d.format}-${d.language}`}>
                      <th scope="row">{formatName[d.format]}</th>
                      <td>{t(d.language === 'en' ? 'lang.en' : 'lang.it')}</td>
                      <td>{size(d.byteSize, locale)}</td>
                      <td>{format.dateTime(d.createdAt)}</td>
                      <td>
                        <code className="text-body pdz-hash">{d.sha256}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
