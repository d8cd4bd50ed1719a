import { useId, useLayoutEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  chapterContracts,
  chapterKinds,
  textLimits,
  updateChapterInput,
  type Chapter,
  type ChapterKind,
} from '@pdz/core';
import { isApiError } from '../../api/ApiError';
import { call } from '../../api/client';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { SelectField, TextField } from '../../ui/Field';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import { usePlanWrite } from '../plan/queries';
import { kindLabel } from './ChapterList';
import { ChapterPreview } from './ChapterPreview';
import { MarkdownToolbar } from './MarkdownToolbar';
import type { TextState } from './markdownEdit';
import { useStoreChapter } from './queries';
import { EditorViews, type View } from './EditorViews';
import { WordImport } from './WordImport';

type Draft = Pick<Chapter, 'title' | 'kind' | 'body'>;
const fields = ['title', 'kind', 'body'] as const;

function changes(draft: Draft, saved: Draft): Partial<Draft> {
  const out: Partial<Draft> = {};
  for (const f of fields) if (draft[f] !== saved[f]) Object.assign(out, { [f]: draft[f] });
  return out;
}

/**
 * The chapter editor: title, kind and the Markdown body with a toolbar, and a preview with the
 * live tables filled in. Saves with the button and when the focus leaves a field; each answer's
 * version is kept for the next save. What the user types while a save is under way stays in the
 * form; on a conflict the user sees the saved text and chooses.
 */
export function ChapterEditor(props: { districtId: string; planId: string; chapter: Chapter }) {
  const { districtId, planId } = props;
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const planWrite = usePlanWrite(districtId, planId);
  const storeChapter = useStoreChapter(districtId, planId);
  const bodyId = useId();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);

  const [draft, setDraft] = useState<Draft>(props.chapter);
  const [saved, setSaved] = useState<Chapter>(props.chapter);
  const [view, setView] = useState<View>('side');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [conflict, setConflict] = useState<Chapter | null>(null);
  const [saving, setSaving] = useState(false);
  // the latest values, for saves started from event handlers after an await
  const latest = useRef({ draft, saved, conflict: null as Chapter | null });
  latest.current = { draft, saved, conflict };
  const inFlight = useRef<Promise<void> | null>(null);

  const dirty = Object.keys(changes(draft, saved)).length > 0;

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (!sel || !textarea.current) return;
    pendingSelection.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(sel.start, sel.end);
  }, [draft.body]);

  async function save(): Promise<void> {
    // one save at a time; a save asked for meanwhile runs after it with what is typed then
    if (inFlight.current) {
      await inFlight.current;
      return save();
    }
    const { draft: d, saved: s, conflict: open } = latest.current;
    const diff = changes(d, s);
    if (Object.keys(diff).length === 0 || open) return;
    const labels = Object.fromEntries(fields.map((f) => [f, t(`chapters.field.${f}`)]));
    const checked = validate(
      updateChapterInput,
      { ...diff, version: s.version },
      t,
      labels,
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure('validation.summary');
      return;
    }
    const run = (async () => {
      setSaving(true);
      try {
        const result = await planWrite(() =>
          call(chapterContracts.update, {
            params: { districtId, planId, chapterId: s.id },
            body: checked.data,
          }),
        );
        latest.current = { ...latest.current, saved: result };
        setSaved(result);
        storeChapter(result);
        setErrors({});
        setFailure(null);
        announce(t('chapters.saved'));
      } catch (error) {
        setFailure(errorMessageKey(error));
        setErrors(serverFieldErrors(error, t, labels, locale));
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
          setConflict(error.current as Chapter);
        }
      } finally {
        setSaving(false);
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }

  function set<K extends keyof Draft>(name: K, value: Draft[K]) {
    setDraft((prev) => ({ ...prev, [name]: value }));
  }

  function onEdit(next: TextState) {
    pendingSelection.current = { start: next.start, end: next.end };
    set('body', next.value);
  }

  function onBlur(event: FocusEvent) {
    // moving to the toolbar is part of writing, not leaving the text
    const to = event.relatedTarget as Node | null;
    if (to && toolbarRef.current?.contains(to)) return;
    void save();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  /** the chapter's text replaced by an import from Word, saved through the ordinary edit */
  function replaced(chapter: Chapter) {
    latest.current = { ...latest.current, draft: chapter, saved: chapter };
    setDraft(chapter);
    setSaved(chapter);
    storeChapter(chapter);
    setErrors({});
    setFailure(null);
  }

  const back = `/districts/${districtId}/plans/${planId}/chapters`;
  const showEditor = view !== 'preview';
  const showPreview = view !== 'write';

  return (
    <section aria-labelledby="chapter-title" className="pdz-chapter-editor">
      <p>
        <Link to={back}>{t('chapters.back')}</Link>
      </p>
      <h2 id="chapter-title" className="h3">
        {saved.title}
      </h2>

      {conflict && (
        <ConflictNotice
          fields={[
            { name: 'title', label: t('chapters.field.title') },
            { name: 'kind', label: t('chapters.field.kind') },
            { name: 'body', label: t('chapters.field.body') },
          ]}
          current={{
            title: conflict.title,
            kind: t(kindLabel(conflict.kind)),
            body: conflict.body.length > 400 ? `${conflict.body.slice(0, 400)}…` : conflict.body,
          }}
          onUseCurrent={() => {
            setDraft(conflict);
            setSaved(conflict);
            storeChapter(conflict);
            setConflict(null);
            setFailure(null);
          }}
          onKeepMine={() => {
            // my text stays; the next save overwrites theirs knowingly, at their version
            setSaved(conflict);
            setConflict(null);
            setFailure(null);
            announce(t('conflict.keptMine'));
          }}
        />
      )}
      {failure && !conflict && <Alert kind="danger">{t(failure)}</Alert>}
      {!conflict && (
        <WordImport
          districtId={districtId}
          planId={planId}
          chapterId={saved.id}
          version={saved.version}
          dirty={dirty}
          onReplaced={replaced}
        />
      )}

      <form onSubmit={onSubmit} noValidate>
        <div className="row">
          <div className="col-md-8" onBlur={onBlur}>
            <TextField
              name="title"
              label={t('chapters.field.title')}
              value={draft.title}
              onChange={(v) => set('title', v)}
              error={errors.title}
              required
              maxLength={textLimits.title}
            />
          </div>
          <div className="col-md-4" onBlur={onBlur}>
            <SelectField
              name="kind"
              label={t('chapters.field.kind')}
              value={draft.kind}
              onChange={(v) => set('kind', v as ChapterKind)}
              options={chapterKinds.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
            />
          </div>
        </div>

        <EditorViews view={view} onChange={setView} />

        <div className="row">
          {showEditor && (
            <div className={showPreview ? 'col-lg-6' : 'col-12'}>
              <div className="mb-3 pdz-field">
                <label htmlFor={bodyId} className="form-label fw-semibold">
                  {t('chapters.field.body')}
                </label>
                <div ref={toolbarRef}>
                  <MarkdownToolbar textarea={textarea} textareaId={bodyId} onEdit={onEdit} />
                </div>
                <textarea
                  ref={textarea}
                  id={bodyId}
                  name="body"
                  rows={20}
                  className={`form-control${errors.body ? ' is-invalid' : ''}`}
                  value={draft.body}
                  onChange={(e) => set('body', e.target.value)}
                  onBlur={onBlur}
                  maxLength={textLimits.document}
                  aria-invalid={errors.body ? true : undefined}
                  aria-describedby={`${bodyId}-hint${errors.body ? ` ${bodyId}-error` : ''}`}
                />
                <small id={`${bodyId}-hint`} className="form-text d-block">
                  {t('chapters.field.bodyHint')}
                </small>
                {errors.body && (
                  <div id={`${bodyId}-error`} className="invalid-feedback d-block" role="alert">
                    {errors.body}
                  </div>
                )}
              </div>
            </div>
          )}
          {showPreview && (
            <div className={showEditor ? 'col-lg-6' : 'col-12'}>
              <h3 className="h6" id="chapter-preview-title">
                {t('chapters.preview')}
              </h3>
              <div
                className={`pdz-chapter-preview${showEditor ? ' pdz-chapter-preview-side' : ''}`}
              >
                <ChapterPreview
                  districtId={districtId}
                  planId={planId}
                  body={draft.body}
                  label={t('chapters.preview')}
                />
              </div>
            </div>
          )}
        </div>

        <div className="d-flex align-items-center gap-3 flex-wrap">
          <button type="submit" className="btn btn-primary" disabled={saving || !!conflict}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <span className="small">{dirty ? t('chapters.unsaved') : t('chapters.upToDate')}</span>
        </div>
      </form>
    </section>
  );
}
