import { NOT_KEPT_DETAIL_MAX, notKeptKinds, type NotKept, type NotKeptKind } from './word-import';

/**
 * The pieces of the HTML → Markdown conversion that work on text: the HTML tree it reads, the
 * tally of what is not kept, escaping text so that Markdown shows it as written, and link
 * addresses.
 */

/** An HTML tree as any parser gives it: elements (lower-case names) and text. */
export type HtmlNode =
  | { type: 'text'; text: string }
  | { type: 'element'; tag: string; attrs: Record<string, string>; children: HtmlNode[] };

/** How many of each thing were not kept, with a few details (names, addresses) for each. */
export class NotKeptTally {
  private counts = new Map<NotKeptKind, { count: number; details: string[] }>();

  add(kind: NotKeptKind, count = 1, detail?: string): void {
    if (count <= 0) return;
    const entry = this.counts.get(kind) ?? { count: 0, details: [] };
    entry.count += count;
    const d = detail?.trim();
    if (d && !entry.details.includes(d) && entry.details.length < 20) entry.details.push(d);
    this.counts.set(kind, entry);
  }

  /** One item per kind, in the order of `notKeptKinds`; details joined and bounded. */
  list(): NotKept[] {
    return notKeptKinds.flatMap((kind) => {
      const entry = this.counts.get(kind);
      if (!entry) return [];
      const detail = boundedDetail(entry.details);
      return [{ kind, count: entry.count, ...(detail ? { detail } : {}) }];
    });
  }
}

function boundedDetail(details: string[]): string | undefined {
  if (details.length === 0) return undefined;
  const joined = details.map((d) => (d.length > 120 ? `${d.slice(0, 119)}…` : d)).join('; ');
  return joined.length > NOT_KEPT_DETAIL_MAX
    ? `${joined.slice(0, NOT_KEPT_DETAIL_MAX - 1)}…`
    : joined;
}

/** Marks a line break inside inline text until the block decides how to write it. */
export const BREAK = '\u0000';
/** White space or a break, as many as there are (built from BREAK: no control character here). */
const spaces = `[\\s${BREAK}]*`;
const outerSpaces = new RegExp(`^(${spaces})([\\s\\S]*?)(${spaces})$`);
/** Two breaks or more in a row: a new paragraph. */
export const PARAGRAPH_BREAK = new RegExp(`${BREAK}{2,}`);

/** Whether a text starts (or ends) with white space or a break. */
export const startsWithSpace = (text: string) => /^\s/.test(text) || text.startsWith(BREAK);
export const endsWithSpace = (text: string) => /\s$/.test(text) || text.endsWith(BREAK);

// eslint-disable-next-line no-control-regex -- removing them is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const htmlSpace = /[ \t\n\r\f]+/g;

/** Text of an HTML text node: control characters out, white space collapsed as HTML does. */
export function cleanText(text: string): string {
  return text.replace(controls, ' ').replace(htmlSpace, ' ');
}

/**
 * Text escaped so that Markdown shows it as written, wherever it stands in a line: emphasis,
 * links, code, raw HTML, table cells, strikethrough and character references.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/**
 * A line of a paragraph escaped where Markdown reads its start as a block: a heading, a list
 * item, a thematic break or a setext underline. Leading white space goes (four spaces would
 * make a code block).
 */
export function escapeLineStart(line: string): string {
  const text = line.replace(/^[ \t]+/, '');
  if (/^#/.test(text)) return `\\${text}`;
  if (/^[-+=](\s|$|[-=])/.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1]!.length)}`;
  return text;
}

/** Wraps text in an emphasis marker, keeping its outer white space and breaks outside. */
export function emphasis(inner: string, marker: string): string {
  const m = outerSpaces.exec(inner)!;
  if (m[2] === '') return inner;
  return `${m[1]}${marker}${m[2]}${marker}${m[3]}`;
}

export type LinkKind = 'web' | 'internal' | 'unsafe';

/** Only http(s) and mailto addresses become links; `#…` points inside the Word file. */
export function linkKind(href: string): LinkKind {
  const url = href.trim();
  if (url.startsWith('#')) return 'internal';
  return /^(https?:\/\/|mailto:)[^\s]/i.test(url) ? 'web' : 'unsafe';
}

/** An address written so that the Markdown link ends where it should. */
export function linkDestination(href: string): string {
  return href
    .trim()
    .replace(controls, '')
    .replace(
      /[\s()<>\\|`]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}
