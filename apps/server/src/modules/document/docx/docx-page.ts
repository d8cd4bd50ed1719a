import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { PlanDocument } from '@pdz/core';
import { ACCENT, DRAFT_GREY, HEADING_FONT, MUTED, STYLE, TEXT_WIDTH, ZEBRA } from './docx-theme';
import { textRuns, xmlSafe } from './docx-text';

/** The cover page: district, title, subtitle, the facts of the plan and its status line. */
export function coverBlocks(doc: PlanDocument): FileChild[] {
  const { cover } = doc;
  const labelWidth = Math.round(TEXT_WIDTH * 0.3);
  const facts = new Table({
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 60, bottom: 60, left: 0, right: 120 },
    rows: cover.facts.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: [factParagraph(f.label, { color: MUTED })] }),
            new TableCell({ children: [factParagraph(f.value, { bold: true })] }),
          ],
        }),
    ),
  });
  return [
    new Paragraph({
      children: textRuns(cover.district, {
        font: HEADING_FONT,
        bold: true,
        size: 26,
        color: ACCENT,
      }),
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 4 } },
    }),
    new Paragraph({ style: STYLE.coverTitle, children: textRuns(cover.title) }),
    new Paragraph({
      style: STYLE.coverSubtitle,
      children: textRuns(cover.subtitle),
      spacing: { after: 480 },
    }),
    ...(cover.facts.length > 0 ? [facts] : []),
    new Paragraph({
      children: textRuns(cover.status, { bold: true }),
      spacing: { before: 3600 },
      shading: { type: 'clear', fill: ZEBRA, color: 'auto' },
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 } },
      indent: { left: 160 },
    }),
  ];
}

function factParagraph(text: string, run: { bold?: boolean; color?: string }): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: textRuns(text, run) });
}

/**
 * "BOZZA" on a draft's every page, as plain text in the header so that it survives conversion to
 * PDF as extractable text (a watermark shape would not, in LibreOffice).
 */
function draftRun(doc: PlanDocument): TextRun {
  return new TextRun({
    text: xmlSafe(doc.draftMark),
    bold: true,
    color: DRAFT_GREY,
    size: 20,
    characterSpacing: 60,
    font: HEADING_FONT,
  });
}

/** The cover's header: empty, or the draft mark alone. */
export function coverHeader(doc: PlanDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: doc.draft ? [draftRun(doc)] : [],
      }),
    ],
  });
}

/** The running header, with the draft mark at the right margin. */
export function pageHeader(doc: PlanDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerText,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...textRuns(doc.runningHeader),
          ...(doc.draft ? [new TextRun({ children: [new Tab()] }), draftRun(doc)] : []),
        ],
      }),
    ],
  });
}

/** The footer: the version line at the left, "Pagina n di m" at the right. */
export function pageFooter(doc: PlanDocument): Footer {
  const of = doc.language === 'it' ? 'di' : 'of';
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footerText,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...textRuns(doc.footer),
          new TextRun({
            children: [
              new Tab(),
              `${xmlSafe(doc.pageLabel)} `,
              PageNumber.CURRENT,
              ` ${of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}
