import type { Block } from '@pdz/core';
import { STYLE, listContinuationIndent, listReference } from './docx-theme';
import {
  PAGE_BREAK,
  inlineXml,
  numId,
  paragraphProps,
  paragraphXml,
  textRunsXml,
  type BodyContext,
} from './docx-xml';
import { chartDrawingXml } from './docx-charts';
import { chartXml, fieldsXml, tableXml } from './docx-tables';

/** Word numbers nine list levels; deeper lists stay on the ninth. */
const MAX_LIST_LEVEL = 8;

const QUOTE = paragraphProps({ style: STYLE.quote });
const CODE = paragraphProps({ style: STYLE.code });
const NOTE = paragraphProps({ style: STYLE.note });

/**
 * The body of the document as WordprocessingML. Every chapter (level 1) starts on a new page, and
 * so does the body itself, which follows the table of contents in the same section. Page breaks
 * in the list of blocks are moved onto the heading that follows them.
 */
export function bodyXml(blocks: readonly Block[], ctx: BodyContext): string {
  let out = '';
  // A break is carried to the next heading as "page break before": a paragraph holding a break
  // would leave an empty line at the top of the new page.
  let breakPending = true;
  blocks.forEach((block, i) => {
    if (block.kind === 'pageBreak') {
      // at the very end it would only add an empty page
      if (blocks[i + 1]) breakPending = true;
      return;
    }
    if (block.kind === 'heading') {
      out += heading(block, breakPending || block.level === 1);
    } else {
      if (breakPending) out += PAGE_BREAK;
      out += blockXml(block, ctx);
    }
    breakPending = false;
  });
  return out;
}

export function blockXml(block: Block, ctx: BodyContext, listLevel = -1): string {
  switch (block.kind) {
    case 'heading':
      return heading(block, block.level === 1);
    case 'paragraph': {
      const indent = listLevel >= 0 ? listContinuationIndent(listLevel).left : undefined;
      return paragraphXml(paragraphProps({ indentLeft: indent }), inlineXml(block.content, ctx));
    }
    case 'list':
      return list(block, ctx, Math.min(listLevel + 1, MAX_LIST_LEVEL));
    case 'quote':
      return block.blocks
        .map((b) =>
          b.kind === 'paragraph'
            ? paragraphXml(QUOTE, inlineXml(b.content, ctx))
            : blockXml(b, ctx, listLevel),
        )
        .join('');
    case 'code':
      return paragraphXml(CODE, textRunsXml(block.text.replace(/\t/g, '    ')));
    case 'note':
      return paragraphXml(NOTE, textRunsXml(block.text));
    case 'table':
      return tableXml(block.table);
    case 'fields':
      return fieldsXml(block.caption, block.rows);
    case 'chart': {
      const n = ctx.charts.push(block.chart);
      const drawing = chartDrawingXml(n, block.chart, block.title, block.alt);
      return chartXml(block.title, block.alt, block.table, drawing);
    }
    case 'pageBreak':
      return PAGE_BREAK;
  }
}

function heading(block: Extract<Block, { kind: 'heading' }>, newPage: boolean): string {
  // Only outlined headings carry Word's own "Heading 1/2" styles, which the table of contents
  // collects; the others look the same through a derived style outside the outline.
  const style =
    block.level <= 2 && !block.outlined
      ? block.level === 1
        ? STYLE.unlisted1
        : STYLE.unlisted2
      : `Heading${block.level}`;
  const pPr = paragraphProps({ style, keepNext: true, keepLines: true, pageBreakBefore: newPage });
  return paragraphXml(pPr, textRunsXml(block.text));
}

function list(block: Extract<Block, { kind: 'list' }>, ctx: BodyContext, level: number): string {
  const start =
    block.ordered && Number.isFinite(block.start) ? Math.max(0, Math.floor(block.start)) : 1;
  const use = { ordered: block.ordered, start };
  const reference = listReference(use, ctx.lists.push(use) - 1);
  let out = '';
  for (const item of block.items) {
    const [lead, ...rest] = item;
    // The item's number goes on its first paragraph; an item that opens with something else
    // gets an empty numbered paragraph so that the count stays right.
    const pPr = paragraphProps({
      numbering: { numId: numId(ctx, reference), level },
      spacingAfter: 60,
    });
    out += paragraphXml(pPr, lead?.kind === 'paragraph' ? inlineXml(lead.content, ctx) : '');
    for (const b of lead?.kind === 'paragraph' ? rest : item) out += blockXml(b, ctx, level);
  }
  return out;
}
