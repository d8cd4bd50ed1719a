import { useI18n } from '../../../i18n';
import { RowControl } from './controls';

/** What every labelled control inside a row of a list field takes. */
interface RowInputProps {
  label: string;
  /** the message for this cell of the row, if any */
  error: string | undefined;
  grow?: boolean;
}

/** A cell with an error is flagged invalid, and the error is tied to it (aria-describedby). */
const invalid = (describedBy: string | undefined) => (describedBy ? true : undefined);

/** A one-line text cell of a row. */
export function RowTextInput(
  props: RowInputProps & { value: string; maxLength?: number; onChange: (value: string) => void },
) {
  return (
    <RowControl label={props.label} error={props.error} grow={props.grow}>
      {(id, d) => (
        <input
          id={id}
          className="form-control form-control-sm"
          value={props.value}
          maxLength={props.maxLength}
          aria-describedby={d}
          aria-invalid={invalid(d)}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </RowControl>
  );
}

/** A number cell of a row; the caller turns what was typed ('' when emptied) into its value. */
export function RowNumberInput(
  props: RowInputProps & {
    value: number | null;
    min?: number;
    max?: number;
    step?: number;
    onChange: (typed: string) => void;
  },
) {
  return (
    <RowControl label={props.label} error={props.error} grow={props.grow}>
      {(id, d) => (
        <input
          id={id}
          type="number"
          min={props.min}
          max={props.max}
          step={props.step}
          className="form-control form-control-sm pdz-num"
          value={props.value ?? ''}
          aria-describedby={d}
          aria-invalid={invalid(d)}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </RowControl>
  );
}

/** A date cell of a row (yyyy-mm-dd, null when emptied). */
export function RowDateInput(
  props: RowInputProps & { value: string | null; onChange: (value: string | null) => void },
) {
  return (
    <RowControl label={props.label} error={props.error} grow={props.grow}>
      {(id, d) => (
        <input
          id={id}
          type="date"
          className="form-control form-control-sm"
          value={props.value ?? ''}
          aria-describedby={d}
          aria-invalid={invalid(d)}
          onChange={(e) => props.onChange(e.target.value || null)}
        />
      )}
    </RowControl>
  );
}

/** A choice cell of a row, with an empty "choose" option first. */
export function RowSelect(
  props: RowInputProps & {
    value: string;
    options: { value: string; label: string }[];
    onChange: (value: string) => void;
  },
) {
  const { t } = useI18n();
  return (
    <RowControl label={props.label} error={props.error} grow={props.grow}>
      {(id, d) => (
        <select
          id={id}
          className="form-select form-select-sm"
          value={props.value}
          aria-describedby={d}
          aria-invalid={invalid(d)}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">{t('sheet.choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </RowControl>
  );
}
