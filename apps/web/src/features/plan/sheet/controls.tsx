import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { ConflictNotice } from '../../../ui/ConflictNotice';
import type { SheetField } from './useSheetField';

/** What the field says about its saving, in words (never colour alone). */
export function SaveState({ field, id }: { field: SheetField<unknown>; id: string }) {
  const { t } = useI18n();
  const text =
    field.status === 'saving'
      ? t('common.saving')
      : field.status === 'saved'
        ? t('sheet.status.saved')
        : field.status === 'error'
          ? t('sheet.status.error')
          : field.status === 'conflict'
            ? t('sheet.status.conflict')
            : '';
  return (
    <span id={id} className={`pdz-save-state pdz-save-${field.status} small ms-2`}>
      {text}
    </span>
  );
}

export function describedBy(id: string, field: SheetField<unknown>, hint?: boolean) {
  return [hint && `${id}-hint`, `${id}-state`, field.errors[''] !== undefined && `${id}-error`]
    .filter(Boolean)
    .join(' ');
}

/** Field frame: label, saving state, error and conflict for one sheet field. */
export function FieldShell(props: {
  id: string;
  label: string;
  field: SheetField<unknown>;
  theirs?: (value: unknown) => string;
  hint?: string | undefined;
  children: ReactNode;
  /** list fields are a fieldset with a legend instead of a label */
  group?: boolean;
}) {
  const { id, label, field } = props;
  const { t } = useI18n();
  const head = (
    <>
      {label}
      <SaveState field={field} id={`${id}-state`} />
    </>
  );
  const body = (
    <>
      {props.children}
      {props.hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {props.hint}
        </small>
      )}
      {field.errors[''] !== undefined && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {field.errors['']}
        </div>
      )}
      {field.conflict && (
        <ConflictNotice
          fields={[{ name: 'value', label }]}
          current={{ value: (props.theirs ?? String)(field.conflict.theirs) }}
          onUseCurrent={field.takeTheirs}
          onKeepMine={field.keepMine}
        />
      )}
    </>
  );
  if (props.group) {
    return (
      <fieldset className="mb-4 pdz-field pdz-sheet-group" aria-describedby={`${id}-state`}>
        <legend className="form-label fw-semibold fs-6">{head}</legend>
        {body}
        {field.errors[''] === undefined && Object.keys(field.errors).length > 0 && (
          <div className="invalid-feedback d-block">{t('validation.summary')}</div>
        )}
      </fieldset>
    );
  }
  return (
    <div className="mb-3 pdz-field">
      <label htmlFor={id} className="form-label fw-semibold">
        {head}
      </label>
      {body}
    </div>
  );
}

export function TextInput(props: {
  label: string;
  field: SheetField<string>;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  hint?: string;
}) {
  const id = useId();
  const { field } = props;
  const common = {
    id,
    value: field.value ?? '',
    className: `form-control${field.errors[''] ? ' is-invalid' : ''}`,
    maxLength: props.maxLength,
    onBlur: field.flush,
    'aria-invalid': field.errors[''] ? true : undefined,
    'aria-describedby': describedBy(id, field as SheetField<unknown>, !!props.hint),
  };
  return (
    <FieldShell id={id} label={props.label} field={field as SheetField<unknown>} hint={props.hint}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} onChange={(e) => field.set(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => field.set(e.target.value)} />
      )}
    </FieldShell>
  );
}

export function SelectInput<V extends string | null>(props: {
  label: string;
  field: SheetField<V>;
  options: { value: string; label: string }[];
  /** label of the empty choice; when given, '' means null */
  empty?: string;
}) {
  const id = useId();
  const { field } = props;
  const label = (v: unknown) =>
    props.options.find((o) => o.value === v)?.label ?? props.empty ?? String(v ?? '');
  return (
    <FieldShell id={id} label={props.label} field={field as SheetField<unknown>} theirs={label}>
      <select
        id={id}
        className={`form-select${field.errors[''] ? ' is-invalid' : ''}`}
        value={field.value ?? ''}
        onChange={(e) =>
          field.set(
            (props.empty !== undefined && e.target.value === '' ? null : e.target.value) as V,
          )
        }
        aria-invalid={field.errors[''] ? true : undefined}
        aria-describedby={describedBy(id, field as SheetField<unknown>)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckInput(props: { label: string; field: SheetField<boolean> }) {
  const id = useId();
  const { t } = useI18n();
  const { field } = props;
  return (
    <div className="form-check mb-3 pdz-field">
      <input
        id={id}
        type="checkbox"
        className="form-check-input"
        checked={field.value}
        onChange={(e) => field.set(e.target.checked)}
        aria-describedby={describedBy(id, field as SheetField<unknown>)}
      />
      <label htmlFor={id} className="form-check-label">
        {props.label}
      </label>
      <SaveState field={field as SheetField<unknown>} id={`${id}-state`} />
      {field.errors[''] !== undefined && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {field.errors['']}
        </div>
      )}
      {field.conflict && (
        <ConflictNotice
          fields={[{ name: 'value', label: props.label }]}
          current={{ value: field.conflict.theirs ? t('common.yes') : t('common.no') }}
          onUseCurrent={field.takeTheirs}
          onKeepMine={field.keepMine}
        />
      )}
    </div>
  );
}

/** A list of rows (target groups, staff, milestones…) with add and remove buttons. */
export function RowsInput<R>(props: {
  label: string;
  field: SheetField<R[]>;
  newRow: () => R;
  addLabel: string;
  rowLabel: (row: R, index: number) => string;
  theirs: (rows: R[]) => string;
  renderRow: (
    row: R,
    index: number,
    update: (patch: Partial<R>) => void,
    error: (key: string) => string | undefined,
  ) => ReactNode;
}) {
  const id = useId();
  const { t } = useI18n();
  const { field } = props;
  const rows = field.value ?? [];
  const addRef = useRef<HTMLButtonElement>(null);
  const update = (i: number) => (patch: Partial<R>) =>
    field.set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <FieldShell
      id={id}
      label={props.label}
      field={field as SheetField<unknown>}
      theirs={(v) => props.theirs(v as R[])}
      group
    >
      <div onBlur={field.flush}>
        {rows.length === 0 && <p className="small mb-2">{t('sheet.rows.none')}</p>}
        <ul className="list-unstyled mb-2">
          {rows.map((row, i) => (
            <li key={i} className="mb-2">
              <div
                role="group"
                aria-label={props.rowLabel(row, i)}
                className="pdz-sheet-row d-flex flex-wrap align-items-end gap-2"
              >
                {props.renderRow(row, i, update(i), (key) => field.errors[`${i}.${key}`])}
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm mb-1"
                  onClick={() => {
                    field.set(rows.filter((_, j) => j !== i));
                    // the row and its button are gone: focus goes to a control that stays
                    addRef.current?.focus();
                  }}
                >
                  {t('common.delete')}{' '}
                  <span className="visually-hidden">{props.rowLabel(row, i)}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
        <button
          ref={addRef}
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => field.set([...rows, props.newRow()])}
        >
          {props.addLabel}
        </button>
      </div>
    </FieldShell>
  );
}

/** One labelled control inside a row. */
export function RowControl(props: {
  label: string;
  error?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
  grow?: boolean;
}) {
  const id = useId();
  return (
    <div className={props.grow ? 'flex-grow-1' : undefined}>
      <label htmlFor={id} className="form-label small mb-0">
        {props.label}
      </label>
      {props.children(id, props.error ? `${id}-error` : undefined)}
      {props.error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A read-only definition list row. */
export function Def(props: { term: string; children: ReactNode }) {
  return (
    <div className="pdz-def row mb-2">
      <dt className="col-sm-4">{props.term}</dt>
      <dd className="col-sm-8 mb-0">{props.children}</dd>
    </div>
  );
}
