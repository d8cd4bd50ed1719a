import { z } from 'zod';
import { textLimits } from '../shared/text';

/**
 * Starting a chapter from a Word file: the server turns a DOCX into the chapter's Markdown and
 * lists what the Markdown cannot hold, so that the user sees it before choosing to replace the
 * chapter's text. Nothing is left out without being listed.
 */
export const wordImportMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Largest DOCX accepted (10 MiB); what it expands to is bounded by the server too. */
export const wordImportMaxBytes = 10 * 1024 * 1024;

/**
 * What a Word file may hold that the chapter's Markdown does not keep, or keeps otherwise:
 * - image, chart, equation, footnote, endnote, comment: left out;
 * - trackedChange: the text is taken as if every change were accepted;
 * - textBox: its text is kept, after the paragraph it is anchored to;
 * - unknownStyle: paragraphs and words in styles with no Markdown equivalent become plain text
 *   (detail: the style names);
 * - underline, superSubscript: the text is kept without that formatting;
 * - internalLink (bookmarks, tables of contents) and unsafeLink (addresses other than http(s) and
 *   mailto; detail: the addresses): the text is kept without the link;
 * - mergedCells: a merged table cell is written in its first cell, the others left empty;
 * - cellLayout: paragraphs and lists inside a table cell are joined on one line;
 * - nestedTable: a table inside a table cell becomes its text;
 * - unknownElement: parts of the file the converter does not know (detail: their names);
 * - other: any other warning of the converter (detail: its words).
 */
export const notKeptKinds = [
  'image',
  'chart',
  'equation',
  'footnote',
  'endnote',
  'comment',
  'trackedChange',
  'textBox',
  'unknownStyle',
  'underline',
  'superSubscript',
  'internalLink',
  'unsafeLink',
  'mergedCells',
  'cellLayout',
  'nestedTable',
  'unknownElement',
  'other',
] as const;
export type NotKeptKind = (typeof notKeptKinds)[number];

/** The longest detail of a not-kept item: a few names or addresses. */
export const NOT_KEPT_DETAIL_MAX = 500;

export const notKeptSchema = z.object({
  kind: z.enum(notKeptKinds),
  /** how many times it occurs in the file */
  count: z.number().int().min(1),
  detail: z.string().max(NOT_KEPT_DETAIL_MAX).optional(),
});
export type NotKept = z.infer<typeof notKeptSchema>;

export const wordImportResultSchema = z.object({
  /** the chapter body the file becomes: nothing is saved until the user confirms */
  markdown: z.string().max(textLimits.document),
  /** at most one item per kind, in the order of `notKeptKinds` */
  notKept: z.array(notKeptSchema).max(notKeptKinds.length),
});
export type WordImportResult = z.infer<typeof wordImportResultSchema>;

/**
 * What a refused file really is, when it can be told: the message names it (`damaged`: a Word
 * document whose content cannot be read).
 */
export const wordFileGuesses = [
  'empty',
  'pdf',
  'legacyOffice',
  'xlsx',
  'pptx',
  'odf',
  'zip',
  'damaged',
] as const;
export type WordFileGuess = (typeof wordFileGuesses)[number];

/**
 * Why a file is refused (400 VALIDATION_FAILED, listed in `problems`): not a DOCX (with what it
 * seems to be), an archive that expands beyond `max` MB, far more content (paragraphs,
 * formatting) than a chapter can hold, or a Markdown text longer than the chapter body's limit
 * (`max` characters, `actual` the length it would have, at least).
 */
export const wordImportProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('notAWordFile'), guess: z.enum(wordFileGuesses).optional() }),
  z.object({ code: z.literal('expandsTooMuch'), max: z.number().int() }),
  z.object({ code: z.literal('contentTooLarge') }),
  z.object({ code: z.literal('tooLong'), max: z.number().int(), actual: z.number().int() }),
]);
export type WordImportProblem = z.infer<typeof wordImportProblemSchema>;

/** What the first bytes of a file that is not a DOCX say it is, if anything. */
export function guessFileKind(
  head: Uint8Array,
  entryNames: readonly string[] = [],
): WordFileGuess | undefined {
  if (head.length === 0) return 'empty';
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  // the compound file of Word 97–2003 (.doc), of old Excel, and of password-protected DOCX
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'legacyOffice';
  if (entryNames.includes('xl/workbook.xml')) return 'xlsx';
  if (entryNames.includes('ppt/presentation.xml')) return 'pptx';
  if (entryNames.includes('mimetype') && entryNames.includes('content.xml')) return 'odf';
  if (starts(0x50, 0x4b)) return 'zip';
  return undefined;
}
