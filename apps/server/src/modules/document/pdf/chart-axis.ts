/**
 * The value axis of a chart: a range that starts and ends on round figures and the ticks in
 * between, already written as the reader expects them (`12.500`, `2,5`).
 */
export interface ChartAxis {
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
}

/** 1, 2, 2.5 or 5 times a power of ten: the step a person would choose. */
function niceStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / magnitude;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** A number format with a fixed count of decimals, as the reader's language writes it. */
export function figureFormat(decimals: number, language: 'it' | 'en'): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // Italian usage groups from four digits (`1.234`), which CLDR's default does not
    useGrouping: 'always',
  } as Intl.NumberFormatOptions);
}

/** The decimals a figure needs to be written exactly (10 at most). */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 10; d++)
    if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 10;
}

/**
 * @param values  the figures to show (nulls already left out)
 * @param zero    whether the axis must include zero: bars and pyramids are read by their length,
 *                so they always start from it; a line starts from it only when its figures are
 *                not far from it, otherwise a trend of a few percent would look flat
 */
export function chartAxis(
  values: readonly number[],
  zero: boolean,
  language: 'it' | 'en',
): ChartAxis {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const nearZero = lo >= 0 && lo <= hi * 0.5;
  if (zero || nearZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi === lo) {
    hi += Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= lo === 0 ? 0 : Math.abs(lo) * 0.1;
  }
  const step = niceStep((hi - lo) / 4);
  const decimals = decimalsOf(step);
  const min = Number((Math.floor(lo / step + 1e-9) * step).toFixed(decimals));
  const max = Number((Math.ceil(hi / step - 1e-9) * step).toFixed(decimals));
  const format = figureFormat(decimals, language);
  const ticks: ChartAxis['ticks'] = [];
  for (let i = 0; min + i * step <= max + step * 1e-9; i++) {
    const value = Number((min + i * step).toFixed(decimals));
    ticks.push({ value, label: format.format(value) });
  }
  return { min, max, ticks };
}
