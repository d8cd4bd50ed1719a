import { TextRun, type IRunOptions } from 'docx';

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone
 * surrogates): one of them would make Word refuse the whole file, so they are dropped.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick look for anything `xmlSafe` may have to change (tabs and any surrogate included). */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlSafe(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(NOT_IN_XML, '').replace(/\t/g, ' ');
}

const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Markup characters as entities (all five, as the `docx` package writes them). */
export function escapeXml(text: string): string {
  return MARKUP.test(text) ? text.replace(MARKUP_ALL, (c) => ENTITY[c] ?? c) : text;
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Text runs for a string as `docx` package objects (the cover, headers and footers), turning its
 * newlines into line breaks inside the paragraph. The body is written by `docx-xml.ts`.
 */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
