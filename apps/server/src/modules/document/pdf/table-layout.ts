import type { DocTable } from '@pdz/core';
import { textWidth, words } from './text-metrics';

/**
 * How a table is set: its column widths (Typst track sizes), its type size, whether it needs a
 * landscape page and whether it is short enough to be kept on one page. Widths are computed here
 * from the fonts' advance widths: asking Typst to measure every cell doubled the time of a whole
 * document.
 *
 * A figure never wraps (its column is as wide as its longest figure, `1.234,56 €` stays whole),
 * a text column is never narrower than its longest word nor than a readable minimum. A table
 * that cannot fit so on a portrait page is set smaller, then on a landscape page.
 */
export interface TableLayout {
  widths: string[];
  /** the type size, in points */
  size: number;
  landscape: boolean;
  /** short: moved whole to the next page rather than split */
  keep: boolean;
}

/** the text width of a portrait and of a landscape A4 page (2.3 cm side margins), in points */
const PORTRAIT = ((21 - 2 * 2.3) / 2.54) * 72;
const LANDSCAPE = ((29.7 - 2 * 2.3) / 2.54) * 72;
/** a cell's padding on both sides, plus a little for kerning and rounding */
const CELL_PADDING = 10 + 2;
/** the least a text column gets at 9 pt, in points (about 18 characters) */
const TEXT_MINIMUM = 80;
/** the settings tried in order: the first where every column fits at its minimum wins */
const SETTINGS = [
  { width: PORTRAIT, size: 9, landscape: false },
  { width: PORTRAIT, size: 8, landscape: false },
  { width: LANDSCAPE, size: 9, landscape: true },
  { width: LANDSCAPE, size: 8, landscape: true },
  { width: LANDSCAPE, size: 7, landscape: true },
] as const;
/** a table this tall or less (in points, caption included) is never split across pages */
const KEEP_HEIGHT = 240;

const NBSP = '\u00a0';

/**
 * A cell as printed: a currency sign or unit is never separated from its figure, and a range of
 * dates breaks only after its dash. A numeric cell never breaks at all.
 */
export function cellText(text: string, numeric: boolean): string {
  if (numeric) return text.replace(/ /g, NBSP);
  return text.replace(/(\d) (?=[€%])/g, `$1${NBSP}`).replace(/(\d) (?=[–-] ?\d)/g, `$1${NBSP}`);
}

interface Measure {
  numeric: boolean;
  /** the longest line, in points */
  natural: number;
  /** the narrowest the column can be */
  minimum: number;
}

function measure(table: DocTable, size: number): Measure[] {
  return table.columns.map((column, i) => {
    const cells = table.rows.map((row) => cellText(row[i] ?? '', column.numeric));
    const total = table.totals?.[i] ? cellText(table.totals[i], column.numeric) : '';
    const lines = cells.flatMap((c) => c.split('\n'));
    const longestCell = Math.max(
      0,
      ...lines.map((l) => textWidth(l, size)),
      textWidth(total, size, true),
    );
    const label = textWidth(column.label, size, true);
    const labelWord = Math.max(0, ...words(column.label).map((w) => textWidth(w, size, true)));
    if (column.numeric) {
      const width = Math.max(longestCell, labelWord) + CELL_PADDING;
      return { numeric: true, natural: width, minimum: width };
    }
    const longestWord = Math.max(labelWord, ...lines.flatMap(words).map((w) => textWidth(w, size)));
    const natural = Math.max(longestCell, label) + CELL_PADDING;
    const floor = Math.min(natural, (TEXT_MINIMUM * size) / 9 + CELL_PADDING);
    return { numeric: false, natural, minimum: Math.max(longestWord + CELL_PADDING, floor) };
  });
}

/** the widths in points: figures at their width, text columns from their minimum up */
function share(columns: Measure[], width: number): number[] {
  const widths = columns.map((c) => c.minimum);
  let spare = width - widths.reduce((a, b) => a + b, 0);
  const growable = columns.map((c, i) => (c.numeric ? 0 : c.natural - widths[i]!));
  const wanted = growable.reduce((a, b) => a + b, 0);
  if (spare > 0 && wanted > 0) {
    const k = Math.min(1, spare / wanted);
    growable.forEach((g, i) => (widths[i] = widths[i]! + g * k));
    spare -= wanted * k;
  }
  return widths;
}

/** rows' height at `size`, estimated from the lines each cell wraps to */
function height(table: DocTable, widths: number[], size: number): number {
  const line = size * 1.25;
  const rows = [table.columns.map((c) => c.label), ...table.rows];
  const body = rows.reduce((sum, row) => {
    const lines = row.map((cell, i) =>
      cell
        .split('\n')
        .reduce(
          (n, l) => n + Math.max(1, Math.ceil(textWidth(l, size) / (widths[i]! - CELL_PADDING))),
          0,
        ),
    );
    return sum + Math.max(1, ...lines) * line + 7.2;
  }, 0);
  return body + 30;
}

const layouts = new WeakMap<DocTable, TableLayout>();

export function tableLayout(table: DocTable): TableLayout {
  let layout = layouts.get(table);
  if (!layout) layouts.set(table, (layout = computeLayout(table)));
  return layout;
}

function computeLayout(table: DocTable): TableLayout {
  const n = table.columns.length;
  for (const [k, setting] of SETTINGS.entries()) {
    const columns = measure(table, setting.size);
    const needed = columns.reduce((sum, c) => sum + c.minimum, 0);
    if (needed > setting.width && k < SETTINGS.length - 1) continue;
    const natural = columns.reduce((sum, c) => sum + c.natural, 0);
    const points = share(columns, setting.width);
    const keep = height(table, points, setting.size) <= KEEP_HEIGHT && !setting.landscape;
    const base = { size: setting.size, landscape: setting.landscape, keep };
    // a small table keeps its natural width, next to its caption
    if (k === 0 && natural < setting.width * 0.6)
      return { ...base, widths: columns.map(() => 'auto') };
    const anyText = columns.some((c) => !c.numeric);
    const widths = columns.map((c, i) =>
      // text columns share what the figures leave, in proportion to what they were given
      c.numeric || !anyText
        ? `${points[i]!.toFixed(1)}pt`
        : `${Math.max(1, Math.round(points[i]!))}fr`,
    );
    return { ...base, widths };
  }
  return { widths: Array.from({ length: n }, () => '1fr'), size: 9, landscape: false, keep: false };
}

/** the fields of a sheet are kept on one page up to this height: never a caption and one row */
const FIELDS_KEEP_HEIGHT = 420;

/** whether a sheet's label–value pairs (32 % and the rest of the width) fit a part of a page */
export function keepFields(rows: readonly { label: string; value: string }[]): boolean {
  const fields: DocTable = {
    caption: '',
    columns: [
      { label: '', numeric: false },
      { label: '', numeric: false },
    ],
    rows: rows.map((r) => [r.label, r.value]),
  };
  return height(fields, [PORTRAIT * 0.32, PORTRAIT * 0.68], 9) <= FIELDS_KEEP_HEIGHT;
}
