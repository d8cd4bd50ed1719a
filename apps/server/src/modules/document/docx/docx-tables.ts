import type { DocTable } from '@pdz/core';
import { HEAD_FILL, HEADING_INK, MUTED, RULE, STYLE, TEXT_WIDTH, ZEBRA } from './docx-theme';
import { xmlSafe } from './docx-text';
import { paragraphProps, paragraphXml, runProps, textRunsXml } from './docx-xml';

/**
 * Tables as Word tables: fixed layout with explicit widths that add up to the text column (so
 * LibreOffice and Word agree and nothing runs past the margin), the header row repeated on every
 * page, rows that never split across pages, figures right-aligned, the totals row in bold.
 */

/** Tables up to this many rows are kept on one page with their caption. */
const KEEP_TOGETHER_ROWS = 15;
/** A fields row longer than this may split across pages rather than jump whole. */
const LONG_FIELD = 600;
const CELL_MARGINS = { top: 50, bottom: 50, left: 100, right: 100 };
const MIN_COLUMN = 700;

const BOLD = runProps({ bold: true });
const HEAD_RULE = `w:val="single" w:color="${HEADING_INK}" w:sz="8"`;
const FIELD_LINE = `w:val="single" w:color="${RULE}" w:sz="4"`;
const FIELD_RULE = `<w:tcBorders><w:bottom ${FIELD_LINE}/></w:tcBorders>`;
const shading = (fill: string) => `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;
const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`)
  .join('');

export function tableXml(table: DocTable): string {
  let out = table.caption ? caption(table.caption) : '';
  const n = table.columns.length;
  if (n === 0 || (table.rows.length === 0 && !table.totals)) {
    if (table.empty) out += emptyNote(table.empty);
    return out;
  }
  const widths = columnWidths(table);
  const keep = table.rows.length <= KEEP_TOGETHER_ROWS;
  const last = table.rows.length - 1;
  const align = table.columns.map((c): 'left' | 'right' => (c.numeric ? 'right' : 'left'));
  // a cell's paragraph properties: by column, and whether it is kept with the next row
  const cellPPr = (keepNext: boolean) =>
    align.map((a) => paragraphProps({ style: STYLE.tableText, keepNext, align: a }));
  const [kept, loose] = [cellPPr(true), cellPPr(false)];
  const tcW = widths.map((w) => `<w:tcW w:type="dxa" w:w="${w}"/>`);

  let rows = row(
    '<w:cantSplit/><w:tblHeader/>',
    table.columns.map((c, i) =>
      cell(
        `${tcW[i]}<w:tcBorders><w:bottom ${HEAD_RULE}/></w:tcBorders>${shading(HEAD_FILL)}`,
        paragraphXml(kept[i] ?? '', textRunsXml(c.label, BOLD)),
      ),
    ),
  );
  table.rows.forEach((cells, r) => {
    const pPr = keep && (r < last || !!table.totals) ? kept : loose;
    const fill = r % 2 === 1 ? shading(ZEBRA) : '';
    rows += row(
      '<w:cantSplit/>',
      fit(cells, n).map((text, i) =>
        cell(`${tcW[i]}${fill}`, paragraphXml(pPr[i] ?? '', textRunsXml(text))),
      ),
    );
  });
  if (table.totals) {
    rows += row(
      '<w:cantSplit/>',
      fit(table.totals, n).map((text, i) =>
        cell(
          `${tcW[i]}<w:tcBorders><w:top ${HEAD_RULE}/></w:tcBorders>`,
          paragraphXml(loose[i] ?? '', textRunsXml(text, BOLD)),
        ),
      ),
    );
  }
  out += tableFrame(widths, CELL_MARGINS, rows);
  const legend = table.columns.filter((c) => c.description && c.description !== c.label);
  if (legend.length > 0) {
    const text = legend.map((c) => `${c.label} = ${c.description ?? ''}`).join('; ');
    out += paragraphXml(paragraphProps({ style: STYLE.legend }), textRunsXml(text));
  }
  return out;
}

/** Label–value pairs: a two-column table, labels on a light background. */
export function fieldsXml(title: string, rows: { label: string; value: string }[]): string {
  const out = title ? caption(title) : '';
  if (rows.length === 0) return out;
  const widths = [Math.round(TEXT_WIDTH * 0.32), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.32)];
  const pPr = paragraphProps({ style: STYLE.tableText, keepNext: false, align: 'left' });
  const body = rows
    .map((r) =>
      row(r.value.length <= LONG_FIELD ? '<w:cantSplit/>' : '<w:cantSplit w:val="false"/>', [
        cell(
          `<w:tcW w:type="dxa" w:w="${widths[0]}"/>${FIELD_RULE}${shading(ZEBRA)}`,
          paragraphXml(pPr, textRunsXml(r.label, BOLD)),
        ),
        cell(
          `<w:tcW w:type="dxa" w:w="${widths[1]}"/>${FIELD_RULE}`,
          paragraphXml(pPr, textRunsXml(r.value)),
        ),
      ]),
    )
    .join('');
  return out + tableFrame(widths, { ...CELL_MARGINS, top: 80, bottom: 80 }, body);
}

/**
 * A chart as its title, a sentence saying what it shows, the chart itself (`drawing`, a native
 * Word chart from `docx-charts.ts`) and its figures as a table.
 */
export function chartXml(title: string, alt: string, table: DocTable, drawing = ''): string {
  let out = caption(title);
  if (alt) {
    const pPr = paragraphProps({ style: STYLE.chartAlt, keepNext: true });
    out += paragraphXml(pPr, textRunsXml(alt));
  }
  out += drawing;
  const caption2 = table.caption.trim() === title.trim() ? '' : table.caption;
  return out + tableXml({ ...table, caption: caption2 });
}

const CAPTION = paragraphProps({ style: STYLE.caption });
const caption = (text: string) => paragraphXml(CAPTION, textRunsXml(text));

const emptyNote = (text: string) =>
  paragraphXml('', textRunsXml(text, runProps({ italics: true, color: MUTED })));

function tableFrame(
  widths: number[],
  m: { top: number; bottom: number; left: number; right: number },
  rows: string,
): string {
  const mar = (side: string, w: number) => `<w:${side} w:type="dxa" w:w="${w}"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>` +
    `<w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${mar('top', m.top)}${mar('left', m.left)}${mar('bottom', m.bottom)}` +
    `${mar('right', m.right)}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    `${rows}</w:tbl>`
  );
}

const row = (trPr: string, cells: string[]) =>
  `<w:tr><w:trPr>${trPr}</w:trPr>${cells.join('')}</w:tr>`;
const cell = (tcPr: string, paragraph: string) =>
  `<w:tc><w:tcPr>${tcPr}</w:tcPr>${paragraph}</w:tc>`;

/** A row with exactly `n` cells, whatever the input carried. */
function fit(row: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => row[i] ?? '');
}

/**
 * Widths in twips proportional to what the columns hold: the longest word of the label (labels
 * may wrap) and the longest cell (figures should not), within bounds so that no column starves.
 */
export function columnWidths(table: DocTable): number[] {
  const weights = table.columns.map((c, i) => {
    const label = Math.max(
      ...xmlSafe(c.label)
        .split(/\s+/)
        .map((w) => w.length),
    );
    let cells = 0;
    for (const row of table.rows) cells = Math.max(cells, (row[i] ?? '').length);
    cells = Math.max(cells, (table.totals?.[i] ?? '').length);
    const weight = Math.max(label, c.numeric ? cells : Math.min(cells, 45));
    return Math.min(Math.max(weight, 5), 60);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const free = TEXT_WIDTH - MIN_COLUMN * weights.length;
  if (free <= 0) return weights.map(() => Math.floor(TEXT_WIDTH / weights.length));
  const widths = weights.map((w) => MIN_COLUMN + Math.floor((free * w) / sum));
  // the rounding rest goes to the widest column, so the table fills the text column exactly
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}
