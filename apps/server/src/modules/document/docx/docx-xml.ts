import type { Chart, Inline } from '@pdz/core';
import { CODE_FONT, type ListUse } from './docx-theme';
import { escapeXml, xmlSafe } from './docx-text';

/**
 * WordprocessingML for the body of the document, written as strings: paragraphs, runs and
 * hyperlinks with the same elements, in the same order, as the `docx` package writes them. A
 * plan of a few hundred pages is hundreds of thousands of runs and cells; as objects of the
 * package they took seconds to build and serialise, as strings they take milliseconds.
 */

/** What the conversion of the body collects on its way. */
export interface BodyContext {
  /** the kinds of list the numbering must define, in order */
  lists: ListUse[];
  /** the numbering instance (`w:numId`) of each list reference, in order of first use */
  numIds: Map<string, number>;
  /** the targets of the hyperlinks, in order: link n is relationship `rIdLink{n}` */
  links: string[];
  /** the charts, in order: chart n is part `word/charts/chart{n}.xml`, relationship `rIdChart{n}` */
  charts: Chart[];
}

/**
 * The `docx` package numbers its default bullet list 1 and the instances it is asked for from 2
 * on, in the order it is asked; `docx-writer.ts` asks in the same order and checks the result.
 */
export const FIRST_NUM_ID = 2;

export function numId(ctx: BodyContext, reference: string): number {
  let id = ctx.numIds.get(reference);
  if (id === undefined) {
    id = FIRST_NUM_ID + ctx.numIds.size;
    ctx.numIds.set(reference, id);
  }
  return id;
}

export interface RunStyle {
  rStyle?: string;
  font?: string;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** half-points */
  size?: number;
  /** background fill */
  shading?: string;
}

/** `w:rPr` of a style; empty for the paragraph's own run style. */
export function runProps(s: RunStyle): string {
  let x = '';
  if (s.rStyle) x += `<w:rStyle w:val="${s.rStyle}"/>`;
  if (s.font) {
    const f = escapeXml(s.font);
    x += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (s.bold) x += '<w:b/><w:bCs/>';
  if (s.italics) x += '<w:i/><w:iCs/>';
  if (s.color) x += `<w:color w:val="${s.color}"/>`;
  if (s.size) x += `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  if (s.shading) x += `<w:shd w:fill="${s.shading}" w:color="auto" w:val="clear"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

/** Text runs for a string (`rPr` from `runProps`), its newlines as line breaks. */
export function textRunsXml(text: string, rPr = ''): string {
  const safe = xmlSafe(text);
  if (!safe.includes('\n') && !safe.includes('\r')) {
    return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(safe)}</w:t></w:r>`;
  }
  let x = '';
  safe
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const br = i > 0 ? '<w:br/>' : '';
      x += `<w:r>${rPr}${br}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`;
    });
  return x;
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { numId: number; level: number };
  spacingAfter?: number;
  indentLeft?: number;
  align?: 'left' | 'right';
}

/** `w:pPr`, in the schema's order; a numbered paragraph without a style is a "List Paragraph". */
export function paragraphProps(p: ParagraphProps): string {
  let x = '';
  const style = p.style ?? (p.numbering ? 'ListParagraph' : undefined);
  if (style) x += `<w:pStyle w:val="${style}"/>`;
  if (p.keepNext !== undefined) x += p.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (p.keepLines) x += '<w:keepLines/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.numbering) {
    const { level, numId: id } = p.numbering;
    x += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
  }
  if (p.spacingAfter !== undefined) x += `<w:spacing w:after="${p.spacingAfter}"/>`;
  if (p.indentLeft !== undefined) x += `<w:ind w:left="${p.indentLeft}"/>`;
  if (p.align) x += `<w:jc w:val="${p.align}"/>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}

/** A paragraph from its properties (`paragraphProps`) and runs. */
export function paragraphXml(pPr: string, runs: string): string {
  return pPr || runs ? `<w:p>${pPr}${runs}</w:p>` : '<w:p/>';
}

/** A paragraph holding a page break and nothing else. */
export const PAGE_BREAK =
  '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>';

/** Links a reader can follow safely; anything else (javascript:, data:, file:) stays text. */
const SAFE_LINK = /^(https?:|mailto:)/i;
const CODE_RUN: RunStyle = { font: CODE_FONT, size: 18, shading: 'EEEEEE' };

/** Inline content as runs and hyperlinks; links are collected in `ctx.links`. */
export function inlineXml(
  content: readonly Inline[],
  ctx: BodyContext,
  base: RunStyle = {},
): string {
  let x = '';
  for (const inline of content) {
    switch (inline.kind) {
      case 'text': {
        const plain = !inline.strong && !inline.emphasis && !inline.code;
        const style = plain
          ? base
          : {
              ...base,
              ...(inline.strong ? { bold: true } : {}),
              ...(inline.emphasis ? { italics: true } : {}),
              ...(inline.code ? CODE_RUN : {}),
            };
        x += textRunsXml(inline.text, runProps(style));
        break;
      }
      case 'lineBreak':
        x += `<w:r>${runProps(base)}<w:br/></w:r>`;
        break;
      case 'link': {
        const href = xmlSafe(inline.href).trim();
        const label: Inline[] =
          inline.content.length > 0 ? inline.content : [{ kind: 'text', text: href }];
        if (!SAFE_LINK.test(href)) {
          x += inlineXml(label, ctx, base);
          break;
        }
        const id = `rIdLink${ctx.links.push(href)}`;
        // Runs only: a link nested in a link label is flattened to its text.
        const runs = inlineXml(flattenLinks(label), ctx, { ...base, rStyle: 'Hyperlink' });
        x += `<w:hyperlink w:history="1" r:id="${id}">${runs}</w:hyperlink>`;
        break;
      }
    }
  }
  return x;
}

function flattenLinks(content: readonly Inline[]): Inline[] {
  return content.flatMap((i) => (i.kind === 'link' ? flattenLinks(i.content) : [i]));
}
