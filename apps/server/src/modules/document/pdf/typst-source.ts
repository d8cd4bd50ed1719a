import type { Block, Chart, DocTable, Inline, PlanDocument } from '@pdz/core';
import { CHART_TEMPLATE } from './chart-template';
import { chartCall } from './typst-charts';
import { cellText, keepFields, tableLayout } from './table-layout';
import { arr, dict, str } from './typst-literal';
import { TEMPLATE } from './typst-template';

/**
 * The Typst source of a plan document: the settings dictionary, the fixed template, then one
 * code expression per block. User text only ever appears through `str()`, inside code.
 */
export function typstSource(doc: PlanDocument): string {
  return [
    settings(doc),
    TEMPLATE,
    CHART_TEMPLATE,
    // what changes with every draft (its time) is read by the footer from this metadata: in a
    // set rule it would change the styles of every block, and Typst, whose memoized layout is
    // keyed on them, would lay out the whole document again instead of the edited part only
    `#metadata(${str(doc.footer)}) <pdz-footer>`,
    `#pdz-cover(${cover(doc)})`,
    `#counter(page).update(1)`,
    `#outline(title: ${str(doc.contentsTitle)}, depth: 2)`,
    blocks(doc.body, doc.language),
  ].join('\n');
}

function settings(doc: PlanDocument): string {
  const values = dict({
    lang: str(doc.language),
    title: str(doc.title),
    author: str(doc.author),
    subject: str(doc.subject),
    keywords: arr(doc.keywords.map(str)),
    header: str(doc.runningHeader),
    draft: doc.draft ? 'true' : 'false',
    mark: str(doc.draftMark),
    'page-label': str(doc.pageLabel),
    'page-of': str(doc.language === 'it' ? 'di' : 'of'),
  });
  return `#let pdz = ${values}`;
}

function cover(doc: PlanDocument): string {
  const { title, subtitle, district, facts, status } = doc.cover;
  return dict({
    title: str(title),
    subtitle: str(subtitle),
    district: str(district),
    facts: arr(facts.map((f) => arr([str(f.label), str(f.value)]))),
    status: str(status),
  });
}

const LINKABLE = /^(https?:\/\/|mailto:|tel:)/i;

/** Inline runs as one content expression. */
export function inlines(content: readonly Inline[]): string {
  const parts = content.map((run) => {
    if (run.kind === 'lineBreak') return 'linebreak()';
    if (run.kind === 'link') {
      // only addresses a reader can follow become links; anything else stays plain text
      if (!LINKABLE.test(run.href)) return inlines(run.content);
      return `link(${str(run.href)}, ${inlines(run.content)})`;
    }
    let expr = run.code ? `raw(${str(run.text)})` : `text(${str(run.text)})`;
    if (run.emphasis) expr = `emph(${expr})`;
    if (run.strong) expr = `strong(${expr})`;
    return expr;
  });
  return parts.length === 0 ? '[]' : `(${parts.join(', ')},).join()`;
}

/** Blocks as markup lines, each a `#`-call; blank lines keep paragraphs apart. */
function blocks(list: readonly Block[], language: 'it' | 'en'): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const [b, next] = [list[i]!, list[i + 1]];
    if (b.kind === 'heading' && next?.kind === 'table' && tableLayout(next.table).landscape) {
      // the heading of a landscape table goes on its page, not alone at the foot of the one before
      out.push(`#page(flipped: true, [#${block(b, language)}\n\n#${table(next.table, false)}])\n`);
      i++;
    } else if (b.kind === 'paragraph' && next?.kind === 'fields') {
      // the introduction of a sheet follows its fields when they move to the next page
      out.push(`#block(sticky: true, ${block(b, language)})\n`);
    } else out.push(`#${block(b, language)}\n`);
  }
  return out.join('\n');
}

/** Blocks as a content block `[…]`, for list items and quotes. */
function content(list: readonly Block[], language: 'it' | 'en'): string {
  return `[\n${blocks(list, language)}]`;
}

function block(b: Block, language: 'it' | 'en'): string {
  switch (b.kind) {
    case 'heading': {
      // only levels 1–2 go to the table of contents and the bookmarks, and only when asked
      const outlined = b.outlined && b.level <= 2 ? 'true' : 'false';
      return `heading(level: ${b.level}, outlined: ${outlined}, bookmarked: ${outlined}, ${str(b.text)})`;
    }
    case 'paragraph':
      return `par(${inlines(b.content)})`;
    case 'list': {
      const items = b.items.map((item) => content(item, language));
      if (!b.ordered) return `list(tight: false, ${items.join(', ')})`;
      // Typst numbers from zero up; a start the builder could not read begins at one
      const start = Number.isFinite(b.start) ? Math.max(0, Math.trunc(b.start)) : 1;
      return `enum(tight: false, start: ${start}, ${items.join(', ')})`;
    }
    case 'quote':
      return `quote(block: true, ${content(b.blocks, language)})`;
    case 'code':
      return `raw(block: true, ${str(b.text)})`;
    case 'table':
      return table(b.table);
    case 'fields': {
      const rows = arr(b.rows.map((r) => arr([str(r.label), str(r.value)])));
      const keep = keepFields(b.rows) ? 'true' : 'false';
      return `pdz-fields(${str(b.caption)}, ${rows}, keep: ${keep})`;
    }
    case 'chart':
      // PDF/A-2a requires the alternative text of every figure
      return (
        `block(breakable: ${tall(b.chart)}, figure(kind: image, alt: ${str(b.alt || b.title)}, ` +
        `caption: ${str(b.title)}, ${chartCall(b.chart, language)}))\n\n#${table(b.table)}`
      );
    case 'note':
      return `pdz-note(${str(b.text)})`;
    case 'pageBreak':
      return 'pagebreak(weak: true)';
  }
}

/** a chart is kept on one page, unless it has so many bars that it could not fit on one */
function tall(chart: Chart): boolean {
  return chart.categories.length > 30;
}

function table(t: DocTable, ownPage = true): string {
  const width = t.columns.length;
  // a row with a cell too many or too few would shift every following cell of the grid
  const fit = (cells: readonly string[]) =>
    arr(
      Array.from({ length: width }, (_, i) => str(cellText(cells[i] ?? '', t.columns[i]!.numeric))),
    );
  const columns = arr(
    t.columns.map((c) => dict({ label: str(c.label), numeric: c.numeric ? 'true' : 'false' })),
  );
  const legend = arr(
    t.columns.flatMap((c) => (c.description ? [arr([str(c.label), str(c.description)])] : [])),
  );
  const totals = t.totals ? fit(t.totals) : 'none';
  const empty = t.empty !== undefined ? str(t.empty) : 'none';
  const layout = tableLayout(t);
  const landscape = layout.landscape && ownPage;
  const options = `size: ${layout.size}pt, landscape: ${landscape}, keep: ${layout.keep}`;
  return `pdz-table(${str(t.caption)}, ${columns}, ${arr(layout.widths)}, ${arr(t.rows.map(fit))}, ${totals}, ${legend}, ${empty}, ${options})`;
}
