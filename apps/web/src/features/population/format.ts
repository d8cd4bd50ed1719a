import { useMemo } from 'react';
import { writeCsv } from '@pdz/core';
import { useI18n } from '../../i18n';

/** Numbers with a fixed count of decimals, as the chosen language writes them; null → "—". */
export function useNumbers() {
  const { locale } = useI18n();
  return useMemo(() => {
    const tag = locale === 'it' ? 'it-IT' : 'en-GB';
    const cache = new Map<number, Intl.NumberFormat>();
    const formatter = (digits: number) => {
      let f = cache.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(tag, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: 'always',
        } as Intl.NumberFormatOptions);
        cache.set(digits, f);
      }
      return f;
    };
    const fmt = (value: number | null | undefined, digits = 0) =>
      value === null || value === undefined ? '—' : formatter(digits).format(value);
    /** +1,2 / −0,4: a change with its sign */
    const signed = (value: number | null | undefined, digits = 0) =>
      value === null || value === undefined
        ? '—'
        : `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatter(digits).format(Math.abs(value))}`;
    return { fmt, signed };
  }, [locale]);
}

/** Offers a file to the browser to save (CSV of a table, SVG or PNG of a chart). */
export function saveFile(name: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(
    content instanceof Blob ? content : new Blob([content], { type }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(name: string, rows: (string | number | null)[][]): void {
  const text = writeCsv(rows.map((r) => r.map((c) => (c === null ? '' : String(c)))));
  saveFile(name, 'text/csv;charset=utf-8', text);
}
