import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  chapterContracts,
  chapterKinds,
  createChapterInput,
  textLimits,
  type Chapter,
  type ChapterKind,
} from '@pdz/core';
import { call } from '../../api/client';
import { errorMessageKey, useI18n, type MessageKey } from '../../i18n';
import { Alert } from '../../ui/Alert';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { Icon } from '../../ui/Icon';
import { SelectField, TextField } from '../../ui/Field';
import { serverFieldErrors, validate, type FieldErrors } from '../../ui/formErrors';
import { usePlanWrite } from '../plan/queries';
import { chapterKeys } from './queries';

export const kindLabel = (kind: ChapterKind): MessageKey => `chapters.kind.${kind}`;

/** The chapters in the plan's order, with the controls of the plan office. */
export function ChapterList(props: {
  districtId: string;
  planId: string;
  chapters: Chapter[];
  editable: boolean;
}) {
  const { districtId, planId, chapters, editable } = props;
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const planWrite = usePlanWrite(districtId, planId);
  const params = { districtId, planId };
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Chapter | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; dir: 'up' | 'down' } | null>(
    null,
  );

  async function write<T>(run: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setFailure(null);
    try {
      return await planWrite(run);
    } catch (error) {
      setFailure(errorMessageKey(error));
      return undefined;
    } finally {
      await queryClient.invalidateQueries({ queryKey: chapterKeys.list(districtId, planId) });
      setBusy(false);
    }
  }

  // after a move, the focus follows the chapter (on the other arrow when it reached an end)
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, dir } = focusAfterMove;
    const same = document.getElementById(`chapter-${dir}-${id}`) as HTMLButtonElement | null;
    const other = document.getElementById(
      `chapter-${dir === 'up' ? 'down' : 'up'}-${id}`,
    ) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [chapters, focusAfterMove]);

  async function move(index: number, dir: 'up' | 'down') {
    const target = dir === 'up' ? index - 1 : index + 1;
    const ids = chapters.map((c) => c.id);
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    const moved = chapters[index]!;
    const result = await write(() => call(chapterContracts.reorder, { params, body: { ids } }));
    if (result) {
      queryClient.setQueryData(chapterKeys.list(districtId, planId), result.items);
      setFocusAfterMove({ id: moved.id, dir });
      announce(
        t('common.moved', { name: moved.title, position: target + 1, total: chapters.length }),
      );
    }
  }

  async function createStandard() {
    const result = await write(() => call(chapterContracts.createStandard, { params }));
    if (result) {
      queryClient.setQueryData(chapterKeys.list(districtId, planId), result.items);
      announce(t('chapters.standardCreated', { count: result.items.length }));
    }
  }

  async function remove(chapter: Chapter) {
    const ok = await write(() =>
      call(chapterContracts.delete, {
        params: { ...params, chapterId: chapter.id },
        query: { version: chapter.version },
      }),
    );
    setDeleting(null);
    if (ok !== undefined) announce(t('common.deleted', { name: chapter.title }));
  }

  const base = `/districts/${districtId}/plans/${planId}/chapters`;

  return (
    <section aria-labelledby="chapters-title">
      <h2 id="chapters-title" className="h3">
        {t('chapters.title')}
      </h2>
      <p>{t('chapters.intro')}</p>
      {!editable && <p className="small">{t('chapters.readOnly')}</p>}
      {failure && <Alert kind="danger">{t(failure)}</Alert>}

      {chapters.length === 0 ? (
        <div className="mb-4">
          <p>{t('chapters.empty')}</p>
          {editable && (
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={createStandard}
                disabled={busy}
                aria-describedby="chapters-standard-hint"
              >
                {t('chapters.createStandard')}
              </button>
              <p id="chapters-standard-hint" className="small mt-2">
                {t('chapters.createStandardHint')}
              </p>
            </>
          )}
        </div>
      ) : (
        <ol className="list-unstyled pdz-chapter-list" aria-label={t('chapters.listLabel')}>
          {chapters.map((c, i) => (
            <li key={c.id} className="border-bottom py-2">
              <div className="d-flex flex-wrap align-items-center gap-2">
                <span className="pdz-chapter-number" aria-hidden="true">
                  {i + 1}.
                </span>
                <div className="flex-grow-1">
                  <Link to={`${base}/${c.id}`} className="fw-semibold">
                    <span className="visually-hidden">{t('chapters.number', { n: i + 1 })}: </span>
                    {c.title}
                  </Link>
                  <div className="small text-muted">{t(kindLabel(c.kind))}</div>
                </div>
                {editable && (
                  <div className="d-flex gap-1">
                    <button
                      id={`chapter-up-${c.id}`}
                      type="button"
                      className="btn btn-sm btn-outline-primary"
                      aria-label={t('chapters.moveUp', { title: c.title })}
                      disabled={busy || i === 0}
                      onClick={() => move(i, 'up')}
                    >
                      <Icon name="it-arrow-up" />
                    </button>
                    <button
                      id={`chapter-down-${c.id}`}
                      type="button"
                      className="btn btn-sm btn-outline-primary"
                      aria-label={t('chapters.moveDown', { title: c.title })}
                      disabled={busy || i === chapters.length - 1}
                      onClick={() => move(i, 'down')}
                    >
                      <Icon name="it-arrow-down" />
                    </button>
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-danger"
                      aria-label={t('chapters.delete', { title: c.title })}
                      disabled={busy}
                      onClick={() => setDeleting(c)}
                    >
                      {t('common.delete')}
                    </button>
                  </div>
                )}
              </div>
              {deleting?.id === c.id && (
                <ConfirmPanel
                  danger
                  question={t('chapters.deleteQuestion', { title: c.title })}
                  confirmLabel={t('common.delete')}
                  cancelLabel={t('common.cancel')}
                  busy={busy}
                  onConfirm={() => remove(c)}
                  onCancel={() => setDeleting(null)}
                />
              )}
            </li>
          ))}
        </ol>
      )}

      {editable &&
        (adding ? (
          <NewChapterForm
            onCancel={() => setAdding(false)}
            submit={async (body) => {
              const created = await planWrite(() =>
                call(chapterContracts.create, { params, body }),
              );
              await queryClient.invalidateQueries({
                queryKey: chapterKeys.list(districtId, planId),
              });
              announce(t('chapters.created', { title: created.title }));
              void navigate(`${base}/${created.id}`);
            }}
          />
        ) : (
          <button type="button" className="btn btn-outline-primary" onClick={() => setAdding(true)}>
            {t('chapters.add')}
          </button>
        ))}
    </section>
  );
}

function NewChapterForm(props: {
  submit: (body: { title: string; kind: ChapterKind; body: string }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ChapterKind>('other');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const labels = { title: t('chapters.field.title'), kind: t('chapters.field.kind') };
    const checked = validate(createChapterInput, { title, kind, body: '' }, t, labels, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await props.submit(checked.data);
    } catch (error) {
      setErrors(serverFieldErrors(error, t, labels, locale));
      setFailure(errorMessageKey(error));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="border rounded p-3 mt-3">
      <fieldset>
        <legend className="h5">{t('chapters.addLegend')}</legend>
        {failure && <Alert kind="danger">{t(failure)}</Alert>}
        <TextField
          name="title"
          label={t('chapters.field.title')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
          maxLength={textLimits.title}
          autoFocus
        />
        <SelectField
          name="kind"
          label={t('chapters.field.kind')}
          value={kind}
          onChange={(v) => setKind(v as ChapterKind)}
          options={chapterKinds.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
        />
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
