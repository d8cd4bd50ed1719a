import type { Locale } from '@pdz/core';

/**
 * A number as a person types it. Italian: comma for decimals, dots (optional) every three digits
 * ("1.234,5"); a lone dot followed by other than three digits is read as a decimal point too
 * ("12.5"). English: dot for decimals, commas for thousands. Empty → null; unreadable → NaN.
 */
export function parseDecimal(text: string, locale: Locale): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  let normalized: string;
  if (locale === 'en') {
    normalized = s.replace(/,(?=\d{3}(\D|$))/g, '');
  } else if (s.includes(',')) {
    normalized = s.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    normalized = s.replace(/\./g, '');
  } else {
    normalized = s;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/** A number as the form shows it for editing: the locale's decimal mark, no grouping. */
export function decimalForInput(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return locale === 'en' ? text : text.replace('.', ',');
}
