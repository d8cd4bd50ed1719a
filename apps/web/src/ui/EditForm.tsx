import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '../api/ApiError';
import { errorMessageKey, useI18n, type MessageKey } from '../i18n';
import { Alert } from './Alert';
import { SelectField, TextArea, TextField } from './Field';
import { serverFieldErrors, validate, type FieldErrors } from './formErrors';
import { ConflictNotice } from './ConflictNotice';

export interface FieldSpec<V> {
  name: keyof V & string;
  label: MessageKey;
  kind: 'text' | 'textarea' | 'select';
  required?: boolean;
  maxLength?: number;
  options?: { value: string; label: string }[];
  hint?: string;
}

type Values = Record<string, string>;

interface Schema<B> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: B }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/**
 * An inline create/edit form. It validates with the contract's own schema, shows each message
 * beside its field, and on VERSION_CONFLICT shows what is saved now and lets the user choose:
 * nothing is overwritten without the user seeing the other person's change.
 */
export function EditForm<V extends Values, B>(props: {
  legend: string;
  fields: FieldSpec<V>[];
  initial: V;
  /** the row version last read; undefined when creating */
  version?: number;
  schema: Schema<B>;
  toInput: (values: V, version: number | undefined) => unknown;
  submit: (input: B) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
  onChange?: (name: keyof V & string, value: string, values: V) => V;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [values, setValues] = useState<V>(props.initial);
  const [baseVersion, setBaseVersion] = useState(props.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [conflict, setConflict] = useState<{ current: Values; version: number } | null>(null);
  const [keptMine, setKeptMine] = useState(false);
  const [busy, setBusy] = useState(false);

  function set(name: keyof V & string, value: string) {
    setValues((prev) => {
      const next = { ...prev, [name]: value } as V;
      return props.onChange ? props.onChange(name, value, next) : next;
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const labels = Object.fromEntries(props.fields.map((f) => [f.name, t(f.label)]));
    const checked = validate(props.schema, props.toInput(values, baseVersion), t, labels, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure('validation.summary');
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(null);
    setKeptMine(false);
    try {
      await props.submit(checked.data);
      props.onDone();
    } catch (error) {
      setFailure(errorMessageKey(error));
      setErrors(serverFieldErrors(error, t, labels, locale));
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        setConflict(readCurrent(error.current, props.fields));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-legend`}
      className="pdz-edit-form p-3 my-2"
    >
      <p id={`${id}-legend`} className="h6 mb-3">
        {props.legend}
      </p>
      {failure && !conflict && <Alert kind="danger">{t(failure)}</Alert>}
      {conflict && (
        <ConflictNotice
          fields={props.fields.map((f) => ({ name: f.name, label: t(f.label) }))}
          current={conflict.current}
          onUseCurrent={() => {
            setValues({ ...values, ...pickFields(conflict.current, props.fields) });
            setBaseVersion(conflict.version);
            setConflict(null);
            setFailure(null);
          }}
          onKeepMine={() => {
            setBaseVersion(conflict.version);
            setConflict(null);
            setFailure(null);
            setKeptMine(true);
          }}
        />
      )}
      {keptMine && <Alert kind="info">{t('conflict.keptMine')}</Alert>}
      {props.fields.map((f, index) => {
        const common = {
          name: f.name,
          label: t(f.label),
          required: f.required,
          error: errors[f.name],
          hint: f.hint,
          value: values[f.name] ?? '',
          onChange: (v: string) => set(f.name, v),
        };
        if (f.kind === 'textarea')
          return <TextArea key={f.name} {...common} maxLength={f.maxLength} />;
        if (f.kind === 'select')
          return <SelectField key={f.name} {...common} options={f.options ?? []} />;
        return (
          <TextField key={f.name} {...common} maxLength={f.maxLength} autoFocus={index === 0} />
        );
      })}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function pickFields<V>(record: Values, fields: FieldSpec<V>[]): Partial<V> {
  const out: Values = {};
  for (const f of fields) if (record[f.name] !== undefined) out[f.name] = record[f.name] ?? '';
  return out as Partial<V>;
}

/** The server sends the whole current row; keep its text fields and its version. */
function readCurrent<V>(
  current: unknown,
  fields: FieldSpec<V>[],
): { current: Values; version: number } | null {
  if (!current || typeof current !== 'object') return null;
  const row = current as Record<string, unknown>;
  const values: Values = {};
  for (const f of fields) {
    const v = row[f.name];
    values[f.name] = v === null || v === undefined ? '' : String(v);
  }
  return { current: values, version: typeof row.version === 'number' ? row.version : 0 };
}
