import type { Chart, ChartSeries } from '@pdz/core';
import { chartAxis, decimalsOf, figureFormat, type ChartAxis } from './chart-axis';
import { arr, dict, num, str } from './typst-literal';

/**
 * The Typst calls that draw the charts (functions in chart-template.ts): the value axis and the
 * figures written on the bars are computed here, as the reader's language writes them.
 */

/** more categories than this, and bars lie down, one per row, names on the left */
const MAX_COLUMNS = 8;
/** the text width in points, and the advance of a character of the 7.5 pt category labels */
const PLOT_WIDTH = 440;
const LABEL_CHAR = 3.9;

const known = (values: (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

function series(s: ChartSeries, format: Intl.NumberFormat): string {
  return dict({
    label: str(s.label),
    values: arr(s.values.map(num)),
    labels: arr(
      s.values.map((v) => str(v === null || !Number.isFinite(v) ? '' : format.format(v))),
    ),
  });
}

function axis(a: ChartAxis): string {
  const ticks = a.ticks.map((t) => dict({ value: num(t.value), label: str(t.label) }));
  return dict({ min: num(a.min), max: num(a.max), ticks: arr(ticks) });
}

/** the figures as printed: as many decimals as the most precise of them, two at most */
function valueFormat(values: number[], language: 'it' | 'en'): Intl.NumberFormat {
  return figureFormat(Math.min(2, Math.max(0, ...values.map(decimalsOf))), language);
}

export function chartCall(chart: Chart, language: 'it' | 'en'): string {
  const categories = arr(chart.categories.map(str));
  if (chart.kind === 'pyramid') {
    const values = [...known(chart.left.values), ...known(chart.right.values)].map(Math.abs);
    const format = valueFormat(values, language);
    const sides = `${series(chart.left, format)}, ${series(chart.right, format)}`;
    return `pdz-pyramid(${categories}, ${sides}, ${axis(chartAxis(values, true, language))})`;
  }
  const values = chart.series.flatMap((s) => known(s.values));
  const format = valueFormat(values, language);
  const all = arr(chart.series.map((s) => series(s, format)));
  const a = axis(chartAxis(values, chart.kind === 'bars', language));
  if (chart.kind === 'lines') return `pdz-lines(${categories}, ${all}, ${a}, ${str(chart.unit)})`;
  const longest = Math.max(0, ...chart.categories.map((c) => c.length));
  // a name must fit in two lines under its group of bars
  const roomUnder = 2 * (PLOT_WIDTH / Math.max(1, chart.categories.length) - 6);
  const lying =
    (chart.categories.length > MAX_COLUMNS || longest * LABEL_CHAR > roomUnder) &&
    Math.min(...values) >= 0;
  if (!lying) return `pdz-bars(${categories}, ${all}, ${a}, ${str(chart.unit)})`;
  // the names' column: as wide as the longest name at 8 pt, a third of the width at most
  const labelWidth = Math.min(longest * 4.1 + 4, 150);
  return `pdz-hbars(${categories}, ${all}, ${a}, ${str(chart.unit)}, ${labelWidth.toFixed(1)}pt)`;
}
