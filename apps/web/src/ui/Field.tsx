import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  /** message shown under the field and linked to it for screen readers */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  name: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldFrame(props: {
  id: string;
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="mb-3 pdz-field">
      <label htmlFor={props.id} className="form-label fw-semibold">
        {props.label}
        {props.required && (
          <span aria-hidden="true" className="text-danger">
            {' '}
            *
          </span>
        )}
      </label>
      {props.children}
      {props.hint && (
        <small id={`${props.id}-hint`} className="form-text d-block">
          {props.hint}
        </small>
      )}
      {props.error && (
        <div id={`${props.id}-error`} className="invalid-feedback d-block" role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password' | 'number' | 'date';
    autoComplete?: string;
    inputMode?: 'numeric' | 'email' | 'text';
    maxLength?: number;
    autoFocus?: boolean;
  },
) {
  const id = useId();
  return (
    <FieldFrame id={id} {...props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        className={`form-control${props.error ? ' is-invalid' : ''}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        autoFocus={props.autoFocus}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${id}-hint`, props.error && `${id}-error`)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    maxLength?: number;
  },
) {
  const id = useId();
  return (
    <FieldFrame id={id} {...props}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        className={`form-control${props.error ? ' is-invalid' : ''}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        maxLength={props.maxLength}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${id}-hint`, props.error && `${id}-error`)}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
  },
) {
  const id = useId();
  return (
    <FieldFrame id={id} {...props}>
      <select
        id={id}
        name={props.name}
        className={`form-select${props.error ? ' is-invalid' : ''}`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${id}-hint`, props.error && `${id}-error`)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
