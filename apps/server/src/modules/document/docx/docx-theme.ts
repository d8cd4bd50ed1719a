import {
  AlignmentType,
  LevelFormat,
  convertMillimetersToTwip,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The look of the DOCX plan document: the same palette and type as the PDF (see
 * `../pdf/typst-template.ts`), expressed as Word styles so that a user who edits the file keeps a
 * consistent document. Fonts in a DOCX are only named, never embedded: Word and LibreOffice use
 * "Titillium Web" and "Source Sans 3" when installed and substitute a similar sans-serif
 * otherwise, which keeps the file small and free of font licensing questions.
 */

export const HEADING_FONT = 'Titillium Web';
export const BODY_FONT = 'Source Sans 3';
export const CODE_FONT = 'DejaVu Sans Mono';

export const INK = '1A1A1A';
export const ACCENT = '0B4F8A';
export const HEADING_INK = '17324D';
export const MUTED = '5C6F82';
export const RULE = 'C8C8C8';
export const ZEBRA = 'F2F5F8';
export const HEAD_FILL = 'DDE6EF';
export const NOTE_FILL = 'F4F7FB';
export const NOTE_RULE = 'A9BDD3';
export const DRAFT_GREY = '8A8A8A';

/** A4 in twentieths of a point (Word's own figures), with 2.3 cm margins as the PDF. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: convertMillimetersToTwip(23),
  top: convertMillimetersToTwip(26),
  bottom: convertMillimetersToTwip(24),
  headerFooter: convertMillimetersToTwip(12),
};
/** the width of the text column, which every table fills */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Paragraph style ids used by the writer beside Word's built-in ones. */
export const STYLE = {
  caption: 'Caption',
  note: 'PdzNote',
  quote: 'Quote',
  code: 'PdzCode',
  tableText: 'PdzTableText',
  contentsHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
  coverTitle: 'PdzCoverTitle',
  coverSubtitle: 'PdzCoverSubtitle',
  headerText: 'Header',
  footerText: 'Footer',
  /** headings of levels 1–2 that must stay out of the table of contents */
  unlisted1: 'PdzHeading1Unlisted',
  unlisted2: 'PdzHeading2Unlisted',
  chartAlt: 'PdzChartAlt',
  legend: 'PdzLegend',
} as const;

/** half-points */
const pt = (points: number) => points * 2;

export function documentStyles(lang: string): IStylesOptions {
  // The outline level is what LibreOffice (and Word's navigation pane) reads to place a heading
  // in the table of contents, so it is set explicitly on Word's built-in heading styles.
  const heading = (
    level: number,
    size: number,
    before: number,
    after: number,
    color = HEADING_INK,
  ) => ({
    run: { font: HEADING_FONT, size: pt(size), bold: true, color },
    paragraph: {
      spacing: { before, after },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  });
  const paragraphStyle = (
    id: string,
    name: string,
    run: IRunStylePropertiesOptions,
    paragraph: IParagraphStylePropertiesOptions,
    basedOn = 'Normal',
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn,
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph,
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: pt(10.5), color: INK, language: { value: lang } },
        paragraph: { spacing: { after: 140, line: 276 } },
      },
      heading1: heading(1, 21, 0, 260),
      heading2: heading(2, 14.5, 400, 160),
      heading3: heading(3, 12, 300, 120),
      heading4: heading(4, 10.5, 240, 100, ACCENT),
      hyperlink: { run: { color: ACCENT, underline: { type: 'single', color: ACCENT } } },
    },
    paragraphStyles: [
      paragraphStyle(
        STYLE.unlisted1,
        'Heading 1 (not in contents)',
        {},
        { outlineLevel: 9 },
        'Heading1',
      ),
      paragraphStyle(
        STYLE.unlisted2,
        'Heading 2 (not in contents)',
        {},
        { outlineLevel: 9 },
        'Heading2',
      ),
      paragraphStyle(
        STYLE.caption,
        'caption',
        { font: HEADING_FONT, bold: true, color: HEADING_INK, size: pt(10.5) },
        { spacing: { before: 200, after: 100 }, keepNext: true, keepLines: true },
      ),
      paragraphStyle(
        STYLE.note,
        'Note',
        { size: pt(9.5) },
        {
          spacing: { before: 120, after: 200 },
          keepLines: true,
          shading: { type: 'clear', fill: NOTE_FILL, color: 'auto' },
          border: {
            top: { style: 'single', size: 4, color: NOTE_RULE, space: 4 },
            bottom: { style: 'single', size: 4, color: NOTE_RULE, space: 4 },
            left: { style: 'single', size: 4, color: NOTE_RULE, space: 6 },
            right: { style: 'single', size: 4, color: NOTE_RULE, space: 6 },
          },
          indent: { left: 140, right: 140 },
        },
      ),
      paragraphStyle(
        STYLE.quote,
        'Quote',
        { italics: true },
        {
          spacing: { before: 160, after: 160 },
          indent: { left: 567, right: 284 },
          border: { left: { style: 'single', size: 16, color: RULE, space: 8 } },
        },
      ),
      paragraphStyle(
        STYLE.code,
        'Code',
        { font: CODE_FONT, size: pt(9) },
        {
          spacing: { before: 60, after: 200, line: 240 },
          shading: { type: 'clear', fill: 'F4F4F4', color: 'auto' },
          indent: { left: 140, right: 140 },
        },
      ),
      paragraphStyle(STYLE.tableText, 'Table Text', { size: pt(9) }, { spacing: { after: 0 } }),
      paragraphStyle(
        STYLE.contentsHeading,
        'TOC Heading',
        { font: HEADING_FONT, size: pt(21), bold: true, color: HEADING_INK },
        { spacing: { after: 260 }, outlineLevel: 9 },
      ),
      paragraphStyle(
        STYLE.toc1,
        'toc 1',
        { bold: true },
        { spacing: { before: 160, after: 40 }, rightTabStop: TEXT_WIDTH },
      ),
      paragraphStyle(
        STYLE.toc2,
        'toc 2',
        {},
        { spacing: { after: 40 }, indent: { left: 284 }, rightTabStop: TEXT_WIDTH },
      ),
      paragraphStyle(
        STYLE.coverTitle,
        'Cover Title',
        { font: HEADING_FONT, size: pt(30), bold: true, color: HEADING_INK },
        { spacing: { before: 2400, after: 120 }, outlineLevel: 9 },
      ),
      paragraphStyle(STYLE.coverSubtitle, 'Cover Subtitle', { size: pt(16) }, {}),
      paragraphStyle(
        STYLE.headerText,
        'header',
        { size: pt(8.5), color: MUTED },
        {
          spacing: { after: 0 },
          border: { bottom: { style: 'single', size: 4, color: RULE, space: 2 } },
        },
      ),
      paragraphStyle(STYLE.footerText, 'footer', { size: pt(8.5), color: MUTED }, {}),
      paragraphStyle(STYLE.chartAlt, 'Chart Description', { italics: true, color: MUTED }, {}),
      paragraphStyle(
        STYLE.legend,
        'Table Legend',
        { size: pt(8), color: MUTED },
        { spacing: { before: 60 } },
      ),
    ],
  };
}

/** Indent of list level `level`, in twips. */
const listIndent = (level: number) => ({ left: 425 + level * 360, hanging: 283 });
const BULLETS = ['•', '–', '◦'];

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLETS[level % BULLETS.length] ?? '•'),
    alignment: AlignmentType.LEFT,
    start: ordered ? start : 1,
    style: { paragraph: { indent: listIndent(level) } },
  }));
}

/** A list as the numbering needs to know it. */
export interface ListUse {
  ordered: boolean;
  start: number;
}

/**
 * The numbering reference of a list. Bullets share one definition. Each numbered list has a
 * definition of its own: Word and LibreOffice keep counting across lists that share one (even
 * across separate instances, for nested levels), so a second numbered sub-list would go on from
 * where the first stopped.
 */
export const listReference = (list: ListUse, index: number) =>
  list.ordered ? `numbered-${index}` : 'bullets';

/** The numbering definitions for the lists of the document, in order. */
export function numberingConfig(lists: readonly ListUse[]): INumberingOptions {
  const config = new Map<string, INumberingOptions['config'][number]>();
  lists.forEach((list, index) => {
    const reference = listReference(list, index);
    if (!config.has(reference))
      config.set(reference, { reference, levels: levels(list.ordered, list.start) });
  });
  return { config: [...config.values()] };
}

/** The indent of a list item's following paragraphs, aligned with its text. */
export const listContinuationIndent = (level: number) => ({ left: listIndent(level).left });
