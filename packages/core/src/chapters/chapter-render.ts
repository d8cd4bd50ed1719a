/**
 * A chapter body is Markdown with live tables on lines of their own. It is turned into safe HTML
 * the same way in the web app (preview, read-only view) and in the server-rendered public portal:
 * raw HTML in the Markdown is shown as text, links only to http(s), mailto and relative addresses.
 */
import MarkdownIt from 'markdown-it';
import type { Locale } from '../shared/money';
import type { LiveTableName } from './chapter';
import { formatLiveCell, isLiveTableName, liveTableCaption, type LiveTable } from './live-tables';

export type ChapterSegment =
  | { kind: 'markdown'; text: string }
  | { kind: 'table'; name: LiveTableName }
  | { kind: 'unknownTable'; name: string };

const marker = /^\s*\{\{\s*(?:tabella|table)\s*:\s*([^}\s]*)\s*\}\}\s*$/;
const fence = /^\s{0,3}(```|~~~)/;

/**
 * Cuts a body into Markdown text and live tables. A live table is a line holding only
 * `{{tabella:<name>}}` or `{{table:<name>}}` (outside code blocks); an unknown name is kept as
 * an `unknownTable` segment so that the writer sees the mistake.
 */
export function splitChapterBody(body: string): ChapterSegment[] {
  const segments: ChapterSegment[] = [];
  let text: string[] = [];
  let inFence: string | null = null;
  const flush = () => {
    if (text.length > 0 && text.some((l) => l.trim() !== ''))
      segments.push({ kind: 'markdown', text: text.join('\n') });
    text = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const f = fence.exec(line);
    if (f) {
      if (inFence === null) inFence = f[1]!;
      else if (f[1] === inFence) inFence = null;
      text.push(line);
      continue;
    }
    const m = inFence === null ? marker.exec(line) : null;
    if (!m) {
      text.push(line);
      continue;
    }
    flush();
    const name = m[1]!;
    segments.push(isLiveTableName(name) ? { kind: 'table', name } : { kind: 'unknownTable', name });
  }
  flush();
  return segments;
}

/** The live tables a body embeds, each once, in order of appearance. */
export function liveTablesIn(body: string): LiveTableName[] {
  const names = splitChapterBody(body).flatMap((s) => (s.kind === 'table' ? [s.name] : []));
  return [...new Set(names)];
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escapeHtml = (text: string): string => markdown.utils.escapeHtml(text);
const safeLink = /^(https?:|mailto:|\/|#|\.{0,2}\/|[^:]*$)/i;
markdown.validateLink = (url: string) => safeLink.test(url.trim());
// links leave the page in a new context only when the reader chooses to: no target, but no referrer
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  if (/^https?:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown text → HTML (raw HTML escaped). */
export function renderMarkdownHtml(text: string): string {
  return markdown.render(text);
}

/** A live table as an accessible HTML table (caption, header cells with scope, totals row). */
export function renderLiveTableHtml(table: LiveTable, locale: Locale = 'it'): string {
  const e = escapeHtml;
  const align = (numeric: boolean) => (numeric ? ' class="text-end"' : '');
  const head = table.columns
    .map((c) => {
      const label = c.description
        ? `<abbr title="${e(c.description)}">${e(c.label)}</abbr>`
        : e(c.label);
      return `<th scope="col"${align(c.numeric)}>${label}</th>`;
    })
    .join('');
  const row = (cells: LiveTable['rows'][number]) =>
    cells
      .map((cell, i) => {
        const column = table.columns[i]!;
        const value = e(formatLiveCell(cell, column, locale));
        return i === 0
          ? `<th scope="row">${value}</th>`
          : `<td${align(column.numeric)}>${value}</td>`;
      })
      .join('');
  const body =
    table.rows.length === 0
      ? `<tr><td colspan="${table.columns.length}">${e(table.empty ?? '')}</td></tr>`
      : table.rows.map((r) => `<tr>${row(r)}</tr>`).join('');
  const foot =
    table.totals && table.rows.length > 0
      ? `<tfoot><tr class="fw-semibold">${row(table.totals)}</tr></tfoot>`
      : '';
  return (
    `<div class="table-responsive pdz-live-table" data-live-table="${e(table.name)}">` +
    `<table class="table table-sm table-bordered"><caption>${e(table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table></div>`
  );
}

const notes = {
  it: {
    unknown: (name: string) =>
      `Tabella sconosciuta: «${name}». Le tabelle disponibili sono: budgetBySource, budgetByArea, budgetByObjective, municipalShares, objectives, indicators.`,
    missing: (caption: string) => `Tabella «${caption}» non disponibile.`,
  },
  en: {
    unknown: (name: string) =>
      `Unknown table: “${name}”. The tables available are: budgetBySource, budgetByArea, budgetByObjective, municipalShares, objectives, indicators.`,
    missing: (caption: string) => `Table “${caption}” not available.`,
  },
};

/**
 * A whole chapter body as HTML, with its live tables filled from `tables`. A table that is not
 * given (its data could not be read) and an unknown table name become a visible note.
 */
export function renderChapterHtml(
  body: string,
  tables: Partial<Record<LiveTableName, LiveTable>>,
  locale: Locale = 'it',
): string {
  return splitChapterBody(body)
    .map((segment) => {
      if (segment.kind === 'markdown') return renderMarkdownHtml(segment.text);
      if (segment.kind === 'unknownTable')
        return `<p class="pdz-live-table-error alert alert-warning" role="note">${escapeHtml(notes[locale].unknown(segment.name))}</p>`;
      const table = tables[segment.name];
      return table
        ? renderLiveTableHtml(table, locale)
        : `<p class="pdz-live-table-missing" role="note">${escapeHtml(notes[locale].missing(liveTableCaption(segment.name, locale)))}</p>`;
    })
    .join('\n');
}
