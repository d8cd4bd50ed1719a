import {
  BREAK,
  PARAGRAPH_BREAK,
  cleanText,
  emphasis,
  endsWithSpace,
  escapeInline,
  escapeLineStart,
  linkDestination,
  linkKind,
  startsWithSpace,
  type HtmlNode,
  type NotKeptTally,
} from './markdown-text';

/**
 * Inline HTML (text, emphasis, links, breaks) as Markdown text, and the paragraphs and single
 * lines (headings, table cells) made of it.
 */

export type Element = Extract<HtmlNode, { type: 'element' }>;

const inlineTags = new Set([
  'strong',
  'b',
  'em',
  'i',
  's',
  'del',
  'strike',
  'u',
  'ins',
  'sup',
  'sub',
  'a',
  'span',
  'br',
  'img',
  'code',
  'small',
  'mark',
]);

/** Whether a node is written inside a paragraph (else it is a block of its own). */
export const isInline = (n: HtmlNode) => n.type === 'text' || inlineTags.has(n.tag);

/** A paragraph: one break is a hard line break, two or more start a new paragraph. */
export function paragraph(nodes: HtmlNode[], tally: NotKeptTally): string {
  const text = inline(nodes, tally);
  return text
    .split(PARAGRAPH_BREAK)
    .map((part) =>
      part
        .split(BREAK)
        .map((line) => escapeLineStart(line.replace(/ +/g, ' ').trimEnd()))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((part) => part !== '')
    .join('\n\n');
}

/** Inline text on one line (headings, table cells): breaks become spaces. */
export function oneLine(text: string): string {
  return escapeLineStart(text.split(BREAK).join(' ').replace(/ +/g, ' ').trim());
}

/**
 * Inline nodes as Markdown. Neighbours with the same emphasis are joined first (`**a****b**`
 * would not read as bold); italic inside a word is written with `*`, which Markdown accepts
 * there, and with `_` elsewhere.
 */
export function inline(nodes: HtmlNode[], tally: NotKeptTally): string {
  const pieces = joinSameEmphasis(nodes).map((n) =>
    n.type === 'element' && (n.tag === 'em' || n.tag === 'i')
      ? { italic: true, text: inline(n.children, tally) }
      : { italic: false, text: inlineNode(n, tally) },
  );
  const word = /[\p{L}\p{N}]/u;
  return pieces
    .map((p, i) => {
      if (!p.italic) return p.text;
      const before = pieces[i - 1]?.text.at(-1) ?? '';
      const after = pieces[i + 1]?.text.at(0) ?? '';
      const inWord =
        (word.test(before) && !startsWithSpace(p.text)) ||
        (word.test(after) && !endsWithSpace(p.text));
      return emphasis(p.text, inWord ? '*' : '_');
    })
    .join('');
}

const joinable = new Set(['strong', 'b', 'em', 'i', 's', 'del', 'strike']);

function joinSameEmphasis(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    const last = out.at(-1);
    if (
      n.type === 'element' &&
      last?.type === 'element' &&
      joinable.has(n.tag) &&
      last.tag === n.tag
    ) {
      out[out.length - 1] = { ...last, children: [...last.children, ...n.children] };
    } else out.push(n);
  }
  return out;
}

function inlineNode(node: HtmlNode, tally: NotKeptTally): string {
  if (node.type === 'text') return escapeInline(cleanText(node.text));
  const inner = () => inline(node.children, tally);
  switch (node.tag) {
    case 'strong':
    case 'b':
      return emphasis(inner(), '**');
    case 'em':
    case 'i':
      return emphasis(inner(), '_');
    case 's':
    case 'del':
    case 'strike':
      return emphasis(inner(), '~~');
    case 'u':
    case 'ins':
      tally.add('underline');
      return inner();
    case 'sup':
    case 'sub':
      tally.add('superSubscript');
      return inner();
    case 'br':
      return BREAK;
    case 'img':
      tally.add('image', 1, node.attrs.alt);
      return '';
    case 'a':
      return anchor(node, inner(), tally);
    case 'p':
      return `${BREAK}${inner()}${BREAK}`;
    default:
      return inner();
  }
}

function anchor(node: Element, text: string, tally: NotKeptTally): string {
  const href = node.attrs.href;
  if (href === undefined) return text;
  const kind = linkKind(href);
  if (kind === 'internal') {
    tally.add('internalLink');
    return text;
  }
  if (kind === 'unsafe') {
    tally.add('unsafeLink', 1, cleanText(href).trim());
    return text;
  }
  const label = text.split(BREAK).join(' ').trim() || escapeInline(cleanText(href).trim());
  return `[${label}](${linkDestination(href)})`;
}
