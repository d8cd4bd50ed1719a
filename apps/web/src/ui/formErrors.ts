import { percentMessage } from '@pdz/core';
import { isApiError } from '../api/ApiError';
import type { MessageKey } from '../i18n';

/** Field name (`title`, `period.endYear`) → translated message. */
export type FieldErrors = Record<string, string>;
type T = (key: MessageKey) => string;

// Core's schemas and the server speak English; these are the messages they are known to give.
const knownMessages: Record<string, MessageKey> = {
  required: 'validation.required',
  'endYear must not precede startYear': 'validation.endBeforeStart',
  'a planning round lasts at most six years': 'validation.periodTooLong',
  'capital letters, digits, - and _ only': 'validation.codeFormat',
  'already exists in this classification': 'classifications.duplicate',
  [percentMessage]: 'validation.percent',
};

function messageFor(issue: { code?: string; message: string; origin?: unknown }, t: T): string {
  const known = knownMessages[issue.message];
  if (known) return t(known);
  if (issue.code === 'too_small' && issue.origin === 'string') return t('validation.required');
  if (issue.code === 'too_big' && issue.origin === 'string') return t('validation.tooLong');
  if (issue.code === 'invalid_format') return t('validation.email');
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    return t('validation.year');
  }
  if (issue.code === 'invalid_type') return t('validation.invalid');
  return t('validation.invalid');
}

/** Validates form values with the same zod schema the server uses. */
// Structural so that the web needs no direct dependency on zod: core's schemas fit it.
interface Schema<Out> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: Out }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

export function validate<Out>(
  schema: Schema<Out>,
  values: unknown,
  t: T,
): { ok: true; data: Out } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= messageFor(issue as { code?: string; message: string; origin?: unknown }, t);
  }
  return { ok: false, errors };
}

/** Field messages from a VALIDATION_FAILED answer (`body.title` → `title`). */
export function serverFieldErrors(error: unknown, t: T): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.field.replace(/^body\./, '');
    errors[field] ??= messageFor({ message: issue.message }, t);
  }
  return errors;
}
