import { BREAK, type HtmlNode, NotKeptTally } from './markdown-text';
import { inline, isInline, oneLine, paragraph, type Element } from './markdown-inline';
import type { NotKept } from './word-import';

export type { HtmlNode } from './markdown-text';
export { NotKeptTally } from './markdown-text';

/**
 * HTML as a Word converter writes it (paragraphs, headings, lists, tables, bold, italic, links)
 * turned into the Markdown of a chapter: headings as `#`, nested lists indented, tables as pipe
 * tables, `**bold**` and `_italic_`, `[text](address)` for http(s) and mailto only. Every text is
 * escaped, so that the chapter shows exactly what the file says. What Markdown cannot hold is
 * counted in the tally, never dropped unsaid.
 */
export function htmlToMarkdown(
  nodes: HtmlNode[],
  tally: NotKeptTally = new NotKeptTally(),
): { markdown: string; notKept: NotKept[] } {
  // no break mark can be left, but a chapter body must never hold a control character
  const markdown = blocks(nodes, tally).join('\n\n').replaceAll(BREAK, ' ');
  return { markdown, notKept: tally.list() };
}

const headings: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const transparentBlocks = new Set(['html', 'body', 'div', 'section', 'article', 'main']);
/** Widest span a merged cell may claim (a hostile file could ask for millions). */
const MAX_SPAN = 100;

type Block = { text: string; list?: 'ul' | 'ol' };

/** The blocks of a sequence of nodes, inline runs gathered into paragraphs. */
function blocks(nodes: HtmlNode[], tally: NotKeptTally): string[] {
  return blockList(nodes, tally).map((b) => b.text);
}

function blockList(nodes: HtmlNode[], tally: NotKeptTally): Block[] {
  const out: Block[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    const text = paragraph(run, tally);
    if (text) out.push({ text });
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    flush();
    const el = node as Element;
    if (el.tag === 'p') {
      const text = paragraph(el.children, tally);
      if (text) out.push({ text });
    } else if (headings[el.tag]) {
      const text = oneLine(inline(el.children, tally));
      if (text) out.push({ text: `${'#'.repeat(headings[el.tag]!)} ${text}` });
    } else if (el.tag === 'ul' || el.tag === 'ol') {
      // a list right after another of the same kind would merge with it: change its marker
      const previous = out.at(-1);
      const text = list(el, tally, previous?.list === el.tag && !previousAlt(previous));
      if (text) out.push({ text, list: el.tag });
    } else if (el.tag === 'table') {
      const text = table(el, tally);
      if (text) out.push({ text });
    } else if (el.tag === 'blockquote') {
      const inner = blocks(el.children, tally).join('\n\n');
      if (inner) out.push({ text: inner.replace(/^/gm, '> ').replace(/^> $/gm, '>') });
    } else {
      if (!transparentBlocks.has(el.tag)) tally.add('unknownElement', 1, el.tag);
      out.push(...blockList(el.children, tally));
    }
  }
  flush();
  return out;
}

const previousAlt = (b: Block) => /^(\*|\d+\))(\s|$)/.test(b.text);

const elements = (nodes: HtmlNode[]) => nodes.filter((n): n is Element => n.type === 'element');

function list(el: Element, tally: NotKeptTally, alternate: boolean): string {
  const ordered = el.tag === 'ol';
  const start = Math.max(0, Math.min(Number.parseInt(el.attrs.start ?? '1', 10) || 1, 999_999_999));
  const items = elements(el.children).filter((c) => c.tag === 'li');
  return items
    .map((li, i) => {
      const marker = ordered ? `${start + i}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
      const parts = blockList(li.children, tally);
      const indent = ' '.repeat(marker.length + 1);
      // items of one paragraph and its sub-lists stay tight; more paragraphs make it loose
      const paragraphs = parts.filter((p) => !p.list).length;
      const body = parts.map((p) => p.text).join(paragraphs > 1 ? '\n\n' : '\n');
      if (body === '') return marker;
      const lines = body
        .split('\n')
        .map((line, n) => (n === 0 || line === '' ? line : indent + line));
      const first = parts[0]?.list
        ? `${marker}\n${indent}${lines.join('\n')}`
        : `${marker} ${lines.join('\n')}`;
      return first;
    })
    .join('\n');
}

/** A table as a pipe table: the first row is the header; merged cells fill the first cell. */
function table(el: Element, tally: NotKeptTally): string {
  const rows: Element[] = [];
  const collect = (nodes: HtmlNode[]) => {
    for (const n of elements(nodes)) {
      if (n.tag === 'tr') rows.push(n);
      else if (['thead', 'tbody', 'tfoot'].includes(n.tag)) collect(n.children);
    }
  };
  collect(el.children);
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of elements(row.children).filter((c) => c.tag === 'td' || c.tag === 'th')) {
      while (grid[r]![column] !== undefined) column++;
      const span = (name: string) =>
        Math.max(1, Math.min(Number.parseInt(cell.attrs[name] ?? '1', 10) || 1, MAX_SPAN));
      const across = span('colspan');
      const down = Math.min(span('rowspan'), rows.length - r);
      if (across > 1 || down > 1) tally.add('mergedCells');
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < across; dc++) grid[r + dr]![column + dc] = '';
      grid[r]![column] = cellText(cell.children, tally);
      column += across;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  if (width === 0) return '';
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = grid;
  return [line(head), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}

/** A table cell's content on one line: paragraphs and lists joined, a nested table as text. */
function cellText(nodes: HtmlNode[], tally: NotKeptTally): string {
  const parts: string[] = [];
  let blocksSeen = 0;
  const walk = (list: HtmlNode[]) => {
    let run: HtmlNode[] = [];
    const flush = () => {
      const text = oneLine(inline(run, tally));
      if (text) parts.push(text);
      run = [];
    };
    for (const n of list) {
      if (isInline(n)) {
        run.push(n);
        continue;
      }
      flush();
      const el = n as Element;
      blocksSeen++;
      if (el.tag === 'table') tally.add('nestedTable');
      if (el.tag === 'p' || headings[el.tag]) {
        const text = oneLine(inline(el.children, tally));
        if (text) parts.push(text);
      } else walk(el.children);
    }
    flush();
  };
  walk(nodes);
  if (blocksSeen > 1) tally.add('cellLayout');
  return parts.join(' ');
}
