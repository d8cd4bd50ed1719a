import type { Chart, ChartSeries } from '@pdz/core';
import { BODY_FONT, MUTED, RULE, TEXT_WIDTH } from './docx-theme';
import { escapeXml, xmlSafe } from './docx-text';

/**
 * Charts as native Word charts (DrawingML chart parts), drawn by Word and LibreOffice as vector
 * graphics. The figures are written into the chart part as literals (`c:strLit`, `c:numLit`), so
 * the package needs no embedded spreadsheet; the price is that Word shows the chart but offers no
 * "Edit data" for it. The same figures are printed in the table that follows every chart.
 */

export const CHART_REL_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const CHART_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** The same colours as the PDF's charts (`../pdf/chart-template.ts`). */
const PALETTE = ['0B4F8A', 'E08A2E', '3A9A6A', '8E5EA2', 'B03A48', '7B8794'];
const DASHES = ['solid', 'dash', 'sysDot', 'dashDot'];
const MARKERS = ['circle', 'square', 'diamond', 'triangle'];
const color = (i: number) => PALETTE[i % PALETTE.length] ?? '0B4F8A';

/** Horizontal bars once there are more categories than fit side by side under a column chart. */
const MAX_COLUMNS = 8;
/** English Metric Units: 360000 a centimetre, 635 a twip. */
const CM = 360000;
const WIDTH = TEXT_WIDTH * 635;
/** Italian separators (locale 0x410) whatever the reader's settings */
const NUMBER = '[$-410]#,##0';
/** the males of a pyramid are drawn as negative values, shown without the sign */
const UNSIGNED = '[$-410]#,##0;#,##0';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The part name of the n-th chart (from 1, in document order) and its relationship id. */
export const chartPartName = (n: number) => `word/charts/chart${n}.xml`;
export const chartRelId = (n: number) => `rIdChart${n}`;

/** The height of a chart in EMU: 8 cm, more for long lists of horizontal bars. */
function chartHeight(chart: Chart): number {
  const n = chart.categories.length;
  const horizontal = chart.kind === 'pyramid' || (chart.kind === 'bars' && n > MAX_COLUMNS);
  if (!horizontal) return 8 * CM;
  const series = chart.kind === 'bars' ? Math.max(1, chart.series.length) : 1;
  return Math.round(Math.min(22, Math.max(8, 2 + n * 0.45 * Math.sqrt(series))) * CM);
}

/** The paragraph that holds the n-th chart, its description as the drawing's alternative text. */
export function chartDrawingXml(n: number, chart: Chart, title: string, alt: string): string {
  const name = escapeXml(xmlSafe(title || `Chart ${n}`));
  const descr = escapeXml(xmlSafe(alt)).replace(/\r?\n|\r/g, ' ');
  // single line spacing: with the body's 1.15 LibreOffice gives the line no room for the chart
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:r><w:drawing>' +
    '<wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${WIDTH}" cy="${chartHeight(chart)}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>' +
    `<wp:docPr id="${1000 + n}" name="${name}" descr="${descr}"/>` +
    '<wp:cNvGraphicFramePr/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    `r:id="${chartRelId(n)}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const text = (s: string) => escapeXml(xmlSafe(s));

function strLit(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${text(v)}</c:v></c:pt>`).join('');
  return `<c:strLit><c:ptCount val="${values.length}"/>${pts}</c:strLit>`;
}

/** Numbers as literals; an unknown figure has no point, which the chart shows as a gap. */
function numLit(values: readonly (number | null)[], format: string, count: number): string {
  let pts = '';
  values.slice(0, count).forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) pts += `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`;
  });
  return `<c:numLit><c:formatCode>${format}</c:formatCode><c:ptCount val="${count}"/>${pts}</c:numLit>`;
}

function barSeries(i: number, s: ChartSeries, cats: string[], format: string, rgb = color(i)) {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${text(s.label)}</c:v></c:tx>` +
    `<c:spPr>${fill(rgb)}<a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat>${strLit(cats)}</c:cat><c:val>${numLit(s.values, format, cats.length)}</c:val></c:ser>`
  );
}

function lineSeries(i: number, s: ChartSeries, cats: string[]) {
  const rgb = color(i);
  const dash = DASHES[i % DASHES.length] ?? 'solid';
  const symbol = MARKERS[i % MARKERS.length] ?? 'circle';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${text(s.label)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="22225" cap="rnd">${fill(rgb)}<a:prstDash val="${dash}"/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${symbol}"/><c:size val="6"/>` +
    `<c:spPr>${fill(rgb)}<a:ln><a:noFill/></a:ln></c:spPr></c:marker>` +
    `<c:cat>${strLit(cats)}</c:cat><c:val>${numLit(s.values, NUMBER, cats.length)}</c:val>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

const CAT_AX = 500001;
const VAL_AX = 500002;
const AX_IDS = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
const LINE = (rgb: string) => `<c:spPr><a:ln w="6350">${fill(rgb)}</a:ln></c:spPr>`;
const NO_LINE = '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>';

interface Axes {
  /** the category axis along the left side (horizontal bars) rather than below */
  horizontal: boolean;
  /** categories listed from the top down (first category on top) */
  topDown: boolean;
  format: string;
  unit: string;
}

function axesXml(a: Axes): string {
  const title = a.unit
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${text(a.unit)}</a:t>` +
      '</a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
    : '';
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${a.topDown ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${a.horizontal ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `${LINE(MUTED)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${a.horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines>${LINE(RULE)}</c:majorGridlines>${title}` +
    `<c:numFmt formatCode="${a.format}" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    // with the categories from the top down, the values stay below the plot
    `${NO_LINE}<c:crossAx val="${CAT_AX}"/><c:crosses val="${a.topDown ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';
  return cat + val;
}

/** Whole numbers with thousands, or one decimal for small figures that have them (rates). */
function numberFormat(series: readonly ChartSeries[]): string {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const fractional = values.some((v) => !Number.isInteger(v));
  const small = values.every((v) => Math.abs(v) < 1000);
  return fractional && small ? `${NUMBER}.0` : NUMBER;
}

function plotXml(chart: Chart): string {
  const cats = chart.categories;
  switch (chart.kind) {
    case 'pyramid': {
      const males = { ...chart.left, values: chart.left.values.map((v) => (v === null ? v : -v)) };
      return (
        '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        barSeries(0, males, cats, UNSIGNED, color(0)) +
        barSeries(1, chart.right, cats, UNSIGNED, color(1)) +
        `<c:gapWidth val="15"/><c:overlap val="100"/>${AX_IDS}</c:barChart>` +
        axesXml({ horizontal: true, topDown: true, format: UNSIGNED, unit: '' })
      );
    }
    case 'lines':
      return (
        '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        chart.series.map((s, i) => lineSeries(i, s, cats)).join('') +
        `<c:marker val="1"/>${AX_IDS}</c:lineChart>` +
        axesXml({
          horizontal: false,
          topDown: false,
          format: numberFormat(chart.series),
          unit: chart.unit,
        })
      );
    case 'bars': {
      const horizontal = cats.length > MAX_COLUMNS;
      return (
        `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/>` +
        '<c:varyColors val="0"/>' +
        chart.series.map((s, i) => barSeries(i, s, cats, NUMBER)).join('') +
        `<c:gapWidth val="${horizontal ? 40 : 80}"/>${AX_IDS}</c:barChart>` +
        axesXml({
          horizontal,
          topDown: horizontal,
          format: numberFormat(chart.series),
          unit: chart.unit,
        })
      );
    }
  }
}

/** The chart part: the plot, the legend below it, the text in the document's colours. */
export function chartPartXml(chart: Chart): string {
  const font = escapeXml(BODY_FONT);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/>' +
    `<c:plotArea><c:layout/>${plotXml(chart)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>' +
    `<a:defRPr sz="800">${fill(MUTED)}<a:latin typeface="${font}"/></a:defRPr>` +
    '</a:pPr><a:endParaRPr lang="it-IT"/></a:p></c:txPr></c:chartSpace>'
  );
}
