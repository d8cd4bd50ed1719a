import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { errorMessageKey, issueMessage, useI18n, type I18n, type IssueLike } from '../../../i18n';
import { useAnnounce } from '../../../ui/Announcer';

/**
 * Field-by-field saving of one record (an objective or an action).
 *
 * The record keeps the latest version it knows (from each answer, or from the tree when the tree
 * re-reads something newer) so that the next save quotes it. Saves go one at a time. Each field
 * keeps what the user typed until it is saved: a re-read of the tree never replaces a field the
 * user is editing. When someone else changed the same field in the meantime the user sees their
 * value and chooses (ConflictNotice).
 */
export type Patch = Record<string, unknown>;
type Entity = { id: string; version: number } & Record<string, unknown>;

export interface SheetRecord {
  /** the record as last known (tree or answer, whichever is newer) */
  current: Entity;
  editable: boolean;
  send(patch: Patch): Promise<{ ok: true } | { ok: false; error: unknown }>;
}

export function useSheetRecord<T extends { id: string; version: number }>(
  fromTree: T,
  editable: boolean,
  write: (patch: Patch & { version: number }) => Promise<T>,
): SheetRecord {
  const [answered, setAnswered] = useState<T | null>(null);
  const latest = answered && answered.version >= fromTree.version ? answered : fromTree;
  const latestRef = useRef(latest);
  latestRef.current = latest;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const send = useCallback(
    (patch: Patch) => {
      const run = async (): Promise<{ ok: true } | { ok: false; error: unknown }> => {
        try {
          const saved = await write({ ...patch, version: latestRef.current.version });
          latestRef.current = saved;
          setAnswered(saved);
          return { ok: true };
        } catch (error) {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT' && error.current) {
            const current = error.current as T;
            latestRef.current = current;
            setAnswered(current);
          }
          return { ok: false, error };
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [write],
  );

  return { current: latest as unknown as Entity, editable, send };
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/** A message on the sheet field: the field by its label, the limit and how to put it right. */
export function sheetMessage(
  issue: IssueLike,
  label: string,
  t: I18n['t'],
  locale: I18n['locale'],
  value?: unknown,
): string {
  const sized = issue.code === 'too_big' || issue.code === 'too_small';
  const actual =
    sized && typeof value === 'string'
      ? [...value].length
      : sized && Array.isArray(value)
        ? value.length
        : undefined;
  return issueMessage({ ...issue, actual: issue.actual ?? actual }, label, t, locale);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Schema {
  safeParse(
    v: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export interface SheetField<V> {
  value: V;
  set(value: V): void;
  /** save now what is pending (on blur) */
  flush(): void;
  status: SaveStatus;
  /** messages by path inside the value ('' = the field itself, '1.userAreaCode' = a row) */
  errors: Record<string, string>;
  conflict: { theirs: V } | null;
  keepMine(): void;
  takeTheirs(): void;
}

/**
 * One field of the record: what the user sees and types, saved `delay` ms after the last change
 * (0 = at once) or on blur.
 */
export function useSheetField<V>(
  record: SheetRecord,
  name: string,
  label: string,
  options: { delay?: number; schema?: Schema | undefined } = {},
): SheetField<V> {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const server = record.current[name] as V;
  const [draft, setDraft] = useState<{ value: V; base: V } | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ theirs: V } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const serverRef = useRef(server);
  serverRef.current = server;
  const delay = options.delay ?? 0;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  useEffect(() => () => clearTimeout(timer.current), []);

  const save = useCallback(
    async (value: V, base: V, force = false) => {
      if (!force && !same(serverRef.current, base)) {
        // the tree re-read a value someone else saved while the user was typing
        setConflict({ theirs: serverRef.current });
        setStatus('conflict');
        announce(t('sheet.status.conflictNamed', { field: label }));
        return;
      }
      if (options.schema) {
        const checked = options.schema.safeParse(value);
        if (!checked.success) {
          const local: Record<string, string> = {};
          for (const issue of checked.error.issues) {
            const at = issue.path.reduce<unknown>(
              (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : v),
              value,
            );
            local[issue.path.map(String).join('.')] ??= sheetMessage(issue, label, t, locale, at);
          }
          setErrors(local);
          setStatus('error');
          announce(t('sheet.status.errorNamed', { field: label }));
          return;
        }
      }
      setStatus('saving');
      const result = await record.send({ [name]: value });
      if (result.ok) {
        setErrors({});
        setConflict(null);
        setStatus('saved');
        // keep what was typed after this save began
        setDraft((d) => (d && !same(d.value, value) ? { value: d.value, base: value } : null));
        announce(t('sheet.status.savedNamed', { field: label }));
        return;
      }
      const error = result.error;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        const theirs = (error.current as Record<string, unknown> | undefined)?.[name] as V;
        if (same(theirs, base) && !force) {
          // someone changed another field: this one is still as the user saw it
          await save(value, theirs, true);
          return;
        }
        setConflict({ theirs });
        setStatus('conflict');
        announce(t('sheet.status.conflictNamed', { field: label }));
        return;
      }
      const fieldErrors: Record<string, string> = {};
      if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
        for (const issue of error.issues) {
          const prefix = `body.${name}`;
          if (issue.field === prefix || issue.field.startsWith(`${prefix}.`)) {
            const path = issue.field.slice(prefix.length + 1);
            fieldErrors[path] ??= sheetMessage(issue, label, t, locale);
          }
        }
      }
      if (Object.keys(fieldErrors).length === 0) fieldErrors[''] = t(errorMessageKey(error));
      setErrors(fieldErrors);
      setStatus('error');
      announce(t('sheet.status.errorNamed', { field: label }));
    },
    [announce, label, locale, name, options.schema, record, t],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = draftRef.current;
    if (!d || conflictRef.current) return;
    if (same(d.value, d.base) && same(d.value, serverRef.current)) {
      setDraft(null);
      return;
    }
    void save(d.value, d.base);
  }, [save]);
  const set = useCallback(
    (value: V) => {
      const base = draftRef.current ? draftRef.current.base : serverRef.current;
      const next = { value, base };
      draftRef.current = next;
      setDraft(next);
      if (conflictRef.current) return;
      setStatus('idle');
      clearTimeout(timer.current);
      if (delay === 0) flush();
      else timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  return {
    value: draft ? draft.value : server,
    set,
    flush,
    status,
    errors,
    conflict,
    keepMine: () => {
      const d = draftRef.current;
      setConflict(null);
      if (d) void save(d.value, serverRef.current, true);
    },
    takeTheirs: () => {
      setConflict(null);
      setDraft(null);
      setErrors({});
      setStatus('idle');
    },
  };
}

/** How long a text field waits after the last keystroke before saving. */
export const TEXT_DELAY = 800;

/**
 * The field hook of one kind of record: each field is checked, before it is sent, by its own part
 * of the record's update schema (`updateObjectiveInput.shape`, `updateActionInput.shape`).
 */
export function recordFieldHook(shape: object) {
  const schemas = shape as Record<string, Schema>;
  return function useRecordField<V>(record: SheetRecord, name: string, label: string, delay = 0) {
    return useSheetField<V>(record, name, label, { delay, schema: schemas[name] });
  };
}
