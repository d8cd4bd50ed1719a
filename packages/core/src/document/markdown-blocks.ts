/**
 * A chapter's Markdown as document blocks: the same parser as the screen (markdown-it, raw HTML
 * as text, links only to safe addresses), walked token by token into the neutral tree. Headings
 * inside a chapter sit one level below the chapter's own heading.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Block, HeadingLevel, Inline } from './document';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const safeLink = /^(https?:|mailto:)/i;

function inlines(tokens: readonly Token[]): Inline[] {
  const out: Inline[] = [];
  const style = { strong: 0, emphasis: 0 };
  const links: { href: string; content: Inline[] }[] = [];
  const push = (i: Inline) => (links.length > 0 ? links[links.length - 1]!.content : out).push(i);
  const text = (t: string, code = false) => {
    if (t === '') return;
    push({
      kind: 'text',
      text: t,
      ...(style.strong > 0 ? { strong: true } : {}),
      ...(style.emphasis > 0 ? { emphasis: true } : {}),
      ...(code ? { code: true } : {}),
    });
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'html_inline':
        text(t.content);
        break;
      case 'code_inline':
        text(t.content, true);
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        push({ kind: 'lineBreak' });
        break;
      case 'strong_open':
        style.strong += 1;
        break;
      case 'strong_close':
        style.strong -= 1;
        break;
      case 'em_open':
        style.emphasis += 1;
        break;
      case 'em_close':
        style.emphasis -= 1;
        break;
      case 'link_open':
        links.push({ href: String(t.attrGet('href') ?? ''), content: [] });
        break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        // an address the reader cannot follow from paper or a file stays as its text
        if (safeLink.test(link.href))
          push({ kind: 'link', href: link.href, content: link.content });
        else link.content.forEach(push);
        break;
      }
      case 'image':
        text(t.content);
        break;
      default:
        if (t.children) inlines(t.children).forEach(push);
    }
  }
  return out;
}

/** Walks block tokens from `i` until the closing token of type `until` (exclusive). */
function blocks(
  tokens: readonly Token[],
  start: number,
  until: string | null,
  base: number,
): { blocks: Block[]; next: number } {
  const out: Block[] = [];
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (until !== null && t.type === until) return { blocks: out, next: i + 1 };
    switch (t.type) {
      case 'heading_open': {
        const depth = Number(t.tag.slice(1));
        const level = Math.min(4, Math.max(base + 1, base + depth)) as HeadingLevel;
        const content = inlines(tokens[i + 1]?.children ?? []);
        const text = content
          .map((c) => (c.kind === 'text' ? c.text : c.kind === 'link' ? inlineLabel(c) : ' '))
          .join('');
        out.push({ kind: 'heading', level, text, outlined: level <= 2 });
        i += 3;
        continue;
      }
      case 'paragraph_open': {
        const content = inlines(tokens[i + 1]?.children ?? []);
        if (content.length > 0) out.push({ kind: 'paragraph', content });
        i += 3;
        continue;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = t.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const items: Block[][] = [];
        let j = i + 1;
        while (j < tokens.length && tokens[j]!.type !== close) {
          if (tokens[j]!.type === 'list_item_open') {
            const item = blocks(tokens, j + 1, 'list_item_close', base);
            items.push(item.blocks);
            j = item.next;
          } else j += 1;
        }
        const start = ordered ? Number(t.attrGet('start') ?? 1) : 1;
        out.push({ kind: 'list', ordered, start: Number.isFinite(start) ? start : 1, items });
        i = j + 1;
        continue;
      }
      case 'blockquote_open': {
        const inner = blocks(tokens, i + 1, 'blockquote_close', base);
        out.push({ kind: 'quote', blocks: inner.blocks });
        i = inner.next;
        continue;
      }
      case 'fence':
      case 'code_block':
        out.push({ kind: 'code', text: t.content.replace(/\n$/, '') });
        break;
      case 'html_block':
        out.push({ kind: 'paragraph', content: [{ kind: 'text', text: t.content.trim() }] });
        break;
      case 'hr':
        break;
      case 'table_open': {
        const table = readTable(tokens, i);
        out.push({ kind: 'table', table: table.table });
        i = table.next;
        continue;
      }
      default:
        break;
    }
    i += 1;
  }
  return { blocks: out, next: i };
}

function inlineLabel(i: Inline): string {
  if (i.kind === 'text') return i.text;
  if (i.kind === 'link') return i.content.map(inlineLabel).join('');
  return ' ';
}

/** A Markdown (GFM) table: its header row and body rows as plain text cells. */
function readTable(tokens: readonly Token[], start: number) {
  const header: string[] = [];
  const numeric: boolean[] = [];
  const rows: string[][] = [];
  let row: string[] | null = null;
  let inHead = false;
  let i = start + 1;
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i += 1) {
    const t = tokens[i]!;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      if (!inHead) rows.push(row);
      row = null;
    } else if (t.type === 'th_open' || t.type === 'td_open') {
      const cell = inlines(tokens[i + 1]?.children ?? [])
        .map(inlineLabel)
        .join('');
      if (inHead) {
        header.push(cell);
        numeric.push(/text-align:\s*right/.test(String(t.attrGet('style') ?? '')));
      } else row?.push(cell);
    }
  }
  return {
    table: {
      caption: '',
      columns: header.map((label, k) => ({ label, numeric: numeric[k] ?? false })),
      rows: rows.map((r) => header.map((_, k) => r[k] ?? '')),
    },
    next: i + 1,
  };
}

/** Markdown text → blocks, with its headings placed below a heading of level `base`. */
export function markdownBlocks(text: string, base: HeadingLevel = 1): Block[] {
  return blocks(markdown.parse(text, {}), 0, null, base).blocks;
}
