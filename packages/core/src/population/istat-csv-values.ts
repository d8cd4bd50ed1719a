/** Readers of single cells of a population file: code, sex, age, count, the title's year. */
import { MAX_SINGLE_AGE, type Age, type Sex } from './population';

/** Headers compare without case, accents, `_`, dots and extra spaces. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_.\s]+/g, ' ')
    .trim();
}

/** The reference year of an ISTAT title line: the one after "gennaio", else the last one. */
export function yearFromTitle(text: string): number | null {
  const afterJanuary = /gennaio\s+((?:18|19|20|21)\d\d)\b/i.exec(text);
  if (afterJanuary) return Number(afterJanuary[1]);
  const all = text.match(/\b(?:18|19|20|21)\d\d\b/g);
  return all ? Number(all[all.length - 1]) : null;
}

/** A municipality code as 6 digits; Excel drops leading zeros, so 4–5 digits are padded. */
export function normalizeIstatCode(raw: string): string | null {
  const text = raw.trim();
  return /^\d{4,6}$/.test(text) ? text.padStart(6, '0') : null;
}

export function parseCount(raw: string): number | null {
  const text = raw.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  return null;
}

export function parseSex(raw: string): Sex | null {
  const text = normalizeHeader(raw);
  if (['m', 'maschi', 'maschio', '1'].includes(text)) return 'M';
  if (['f', 'femmine', 'femmina', '2'].includes(text)) return 'F';
  return null;
}

export const TOTAL_AGE = Symbol('total');

/** "7", "100 e più", "100+", "0-2", "0–2", "85+", "85 e oltre"; "Totale"/999 is a total row. */
export function parseAge(raw: string): Age | typeof TOTAL_AGE | null {
  const text = normalizeHeader(raw)
    .replace(/\s*(e piu|e oltre|anni e piu|\+)$/, '+')
    .replace(/\s/g, '');
  if (text === 'totale' || text === '999') return TOTAL_AGE;
  let m = /^(\d{1,3})$/.exec(text);
  if (m) return Number(m[1]) <= MAX_SINGLE_AGE ? Number(m[1]) : null;
  m = /^(\d{1,3})\+$/.exec(text);
  if (m) {
    const from = Number(m[1]);
    if (from > MAX_SINGLE_AGE) return null;
    return from === MAX_SINGLE_AGE ? MAX_SINGLE_AGE : { from, to: null };
  }
  m = /^(\d{1,3})[-\u2013](\d{1,3})$/.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from || to >= MAX_SINGLE_AGE) return null;
    return from === to ? from : { from, to };
  }
  return null;
}
