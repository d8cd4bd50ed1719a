import { z } from 'zod';

/**
 * Text as people type it: any character but the control ones (tab, line feed and carriage
 * return excepted), which no form produces and the database refuses (NUL). Every text input of
 * the API is bounded: a maximum length from `textLimits`, or a format, or a list of values.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- finding them is the point
const withoutControlCharacters = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** The issue format a text with control characters gets (`invalid_format`, this format). */
export const PLAIN_TEXT_FORMAT = 'plain-text';

/** Maximum lengths, in characters, shared by the API, the imports and the back office's forms. */
export const textLimits = {
  /** codes of classifications, funding sources, ISTAT codes */
  code: 40,
  /** names of people, organizations, municipalities; titles */
  name: 200,
  title: 300,
  /** a sentence or a short note */
  short: 1_000,
  /** a paragraph: descriptions, notes */
  long: 10_000,
  /** a chapter of the plan, in Markdown */
  document: 200_000,
  email: 254,
  password: 256,
  url: 2_048,
  /** a search box */
  search: 200,
} as const;

/** A text of at most `max` characters without control characters. */
export function text(max: number) {
  return z.stringFormat(PLAIN_TEXT_FORMAT, withoutControlCharacters).max(max);
}

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}
