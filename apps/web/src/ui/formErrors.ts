import type { Locale } from '@pdz/core';
import { isApiError } from '../api/ApiError';
import { issueMessage, type IssueLike, type MessageKey, type Vars } from '../i18n';

/** Field name (`title`, `period.endYear`) → translated message. */
export type FieldErrors = Record<string, string>;
type T = (key: MessageKey, vars?: Vars) => string;

/** How a form names its fields, by path (`title`, `period.endYear`, `contacts.email`). */
export type FieldLabels = Record<string, string>;

/**
 * The label of the field a path points into: `targetGroups.2.expected` → the label of
 * `targetGroups.expected`, else of `targetGroups`.
 */
export function labelFor(labels: FieldLabels, path: string): string {
  const segments = path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
  for (let n = segments.length; n > 0; n -= 1) {
    const label = labels[segments.slice(0, n).join('.')];
    if (label) return label;
  }
  return segments.at(-1) ?? path;
}

/** A path of the body or query as the form's field: no `body.` prefix, no row index. */
export function formPath(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

function valueAt(values: unknown, path: PropertyKey[]): unknown {
  let at = values;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** How long the text or list the user gave is, when the limit is about length. */
function measured(issue: IssueLike, value: unknown): number | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  if (typeof value === 'string') return [...value].length;
  return Array.isArray(value) ? value.length : undefined;
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
  labels: FieldLabels = {},
  locale: Locale = 'it',
): { ok: true; data: Out } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    const raw = issue as IssueLike;
    const actual = measured(raw, valueAt(values, issue.path));
    errors[field] ??= issueMessage({ ...raw, actual }, labelFor(labels, field), t, locale);
  }
  return { ok: false, errors };
}

/** Field messages from a VALIDATION_FAILED answer (`body.title` → `title`). */
export function serverFieldErrors(
  error: unknown,
  t: T,
  labels: FieldLabels = {},
  locale: Locale = 'it',
): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = formPath(issue.field);
    errors[field] ??= issueMessage(issue, labelFor(labels, field), t, locale);
  }
  return errors;
}
