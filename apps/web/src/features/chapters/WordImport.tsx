import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  chapterContracts,
  formatNumber,
  wordImportMaxBytes,
  wordImportMediaType,
  type Chapter,
  type NotKept,
  type WordImportProblem,
  type WordImportResult,
} from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { Loading } from '../../ui/Loading';
import { usePlanWrite } from '../plan/queries';
import { ChapterPreview } from './ChapterPreview';
import { importWord } from './importWord';

const accepted = ['.docx', wordImportMediaType].join(',');

type Converted = WordImportResult & { fileName: string };

/**
 * Starting a chapter from a Word file: the file is converted on the server (nothing saved), the
 * converted text is previewed with the list of what it does not keep, and only the user's
 * confirmation replaces the chapter's body, through the ordinary edit at the version the editor
 * holds: a chapter changed meanwhile by someone else answers 409, and the user chooses again.
 */
export function WordImport(props: {
  districtId: string;
  planId: string;
  chapterId: string;
  /** the version of the chapter the editor last read or saved */
  version: number;
  /** the editor holds changes not saved yet */
  dirty: boolean;
  onReplaced: (chapter: Chapter) => void;
}) {
  const { districtId, planId, chapterId } = props;
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const planWrite = usePlanWrite(districtId, planId);
  const fileId = useId();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [working, setWorking] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [converted, setConverted] = useState<Converted | null>(null);
  const [conflict, setConflict] = useState<Chapter | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problems.length > 0 || failure) problemsRef.current?.focus();
  }, [problems, failure]);

  function reset() {
    setConverted(null);
    setConflict(null);
    setProblems([]);
    setFailure(null);
  }

  function problemText(p: WordImportProblem): string {
    if (p.code === 'contentTooLarge') return t('chapters.word.problem.contentTooLarge');
    if (p.code === 'expandsTooMuch')
      return t('chapters.word.problem.expandsTooMuch', { max: p.max });
    if (p.code === 'tooLong') {
      const [max, actual] = [p.max, p.actual].map((n) => formatNumber(n, locale));
      return t('chapters.word.problem.tooLong', { max: max!, actual: actual! });
    }
    return t(p.guess ? `chapters.word.problem.${p.guess}` : 'chapters.word.problem.notAWordFile');
  }

  async function convert(e: FormEvent) {
    e.preventDefault();
    reset();
    if (!file) return setFileError('chapters.word.noFile');
    if (file.size > wordImportMaxBytes) return setFileError('chapters.word.tooLarge');
    setWorking(true);
    try {
      const outcome = await importWord({ districtId, planId, chapterId }, file);
      if (outcome.kind === 'rejected') setProblems(outcome.errors.map(problemText));
      else {
        setConverted({ ...outcome.result, fileName: file.name });
        announce(t('chapters.word.converted'));
      }
    } catch (error) {
      setFailure(
        isApiError(error) && error.status === 413
          ? 'chapters.word.tooLarge'
          : errorMessageKey(error),
      );
    } finally {
      setWorking(false);
    }
  }

  async function replace(version: number) {
    if (!converted) return;
    setSaving(true);
    setFailure(null);
    try {
      const chapter = await planWrite(() =>
        call(chapterContracts.update, {
          params: { districtId, planId, chapterId },
          body: { body: converted.markdown, version },
        }),
      );
      props.onReplaced(chapter);
      reset();
      setFile(null);
      setOpen(false);
      announce(t('chapters.word.replaced'));
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
        setConflict(error.current as Chapter);
      } else setFailure(errorMessageKey(error));
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    reset();
    announce(t('chapters.word.cancelled'));
  }

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => setOpen(true)}
        >
          {t('chapters.word.open')}
        </button>
      </p>
    );
  }

  const hintId = `${fileId}-hint`;
  const errorId = `${fileId}-error`;
  return (
    <section aria-labelledby={`${fileId}-heading`} className="border rounded p-3 mb-3">
      <h3 id={`${fileId}-heading`} className="h6">
        {t('chapters.word.heading')}
      </h3>
      <p className="small">{t('chapters.word.intro')}</p>
      <form onSubmit={convert} noValidate aria-busy={working}>
        <div className="mb-2">
          <label htmlFor={fileId} className="form-label fw-semibold">
            {t('chapters.word.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept={accepted}
            className={`form-control${fileError ? ' is-invalid' : ''}`}
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
              reset();
            }}
          />
          <small id={hintId} className="form-text d-block">
            {t('chapters.word.hint')}
          </small>
          {fileError && (
            <div id={errorId} className="invalid-feedback d-block" role="alert">
              {t(fileError)}
            </div>
          )}
        </div>
        <div className="d-flex gap-2 flex-wrap">
          <button type="submit" className="btn btn-primary btn-sm" disabled={working || saving}>
            {t('chapters.word.convert')}
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary btn-sm"
            onClick={() => {
              reset();
              setOpen(false);
            }}
          >
            {t('chapters.word.close')}
          </button>
        </div>
        {working && <Loading label={t('chapters.word.working')} />}
      </form>

      {(problems.length > 0 || failure) && (
        <div ref={problemsRef} tabIndex={-1} className="mt-3">
          <Alert kind="danger">
            {problems.map((p) => (
              <p key={p} className="mb-1">
                {p}
              </p>
            ))}
            {failure && <p className="mb-0">{t(failure)}</p>}
          </Alert>
        </div>
      )}

      {converted && conflict && (
        <div className="mt-3">
          <Alert kind="warning">
            <p>{t('chapters.word.conflict')}</p>
            <div className="d-flex gap-2 flex-wrap">
              <button
                type="button"
                className="btn btn-warning btn-sm"
                disabled={saving}
                onClick={() => void replace(conflict.version)}
              >
                {t('chapters.word.replaceAnyway')}
              </button>
              <button type="button" className="btn btn-outline-secondary btn-sm" onClick={cancel}>
                {t('chapters.word.cancel')}
              </button>
            </div>
          </Alert>
        </div>
      )}

      {converted && !conflict && (
        <ConfirmPanel
          question={t('chapters.word.question', { name: converted.fileName })}
          confirmLabel={t('chapters.word.replace')}
          cancelLabel={t('chapters.word.cancel')}
          onConfirm={() => void replace(props.version)}
          onCancel={cancel}
          busy={saving}
        >
          <NotKeptList items={converted.notKept} />
          {props.dirty && <p className="fw-semibold">{t('chapters.word.unsavedLost')}</p>}
          <div
            className="pdz-chapter-preview pdz-chapter-preview-side mb-3"
            role="region"
            aria-label={t('chapters.word.preview')}
            tabIndex={0}
          >
            <ChapterPreview districtId={districtId} planId={planId} body={converted.markdown} />
          </div>
        </ConfirmPanel>
      )}
    </section>
  );
}

/** What the conversion did not keep, in words, each with its details (names, addresses). */
function NotKeptList({ items }: { items: NotKept[] }) {
  const { t } = useI18n();
  const headingId = useId();
  if (items.length === 0) return <p>{t('chapters.word.allKept')}</p>;
  return (
    <div className="alert alert-warning">
      <p id={headingId} className="fw-semibold mb-1">
        {t('chapters.word.notKeptHeading')}
      </p>
      <ul aria-labelledby={headingId} className="mb-0">
        {items.map((item) => (
          <li key={item.kind}>
            {t(`chapters.word.notKept.${item.kind}`, { count: item.count })}
            {item.detail && (
              <>
                {' — '}
                {t('chapters.word.detail', { detail: item.detail })}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
