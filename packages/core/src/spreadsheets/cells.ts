import { amountProblem, parseMoneyInput, type MoneyInputProblem } from '../budget/budget';
import type { SheetColumn } from './columns';

/** Reading and writing single cells: Italian numbers, euro amounts, dates, yes/no. */

/** What a cell holds once read: text from CSV, typed values from a workbook. */
export type Cell = string | number | boolean | Date | null;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The cell as trimmed text (numbers with a decimal comma, dates ISO, booleans Sì/No). */
export const trimText = (c: Cell): string => {
  if (c === null) return '';
  if (c instanceof Date) return isoOfDate(c);
  if (typeof c === 'number') return formatDecimal(c);
  if (typeof c === 'boolean') return c ? 'Sì' : 'No';
  return c.trim();
};

function isoOfDate(d: Date): string {
  // workbook dates are read at midnight UTC
  return d.toISOString().slice(0, 10);
}

/** `1234.5` → `1234,5` (no grouping: the text is also read back). */
export function formatDecimal(n: number): string {
  return String(n).replace('.', ',');
}

/** Sign, whole part (dots grouping thousands, or none) and decimals after the comma. */
const italianNumber = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** `1.234,56`, `1234,56`, `-3`, `1234` → a number; a dot followed by non-3 digits is refused. */
export function parseItalianNumber(text: string): number | null {
  const m = italianNumber.exec(text.replace(/[\s\u00a0€%]/g, ''));
  if (!m) return null;
  return Number(`${m[1]}${m[2]!.replace(/\./g, '')}.${m[3] ?? '0'}`);
}

/**
 * A money cell → integer cents, by the rule every write of an amount follows (budget's
 * parseMoneyInput for text as the grid reads it, amountProblem for a workbook's number).
 */
export function readMoneyCell(
  c: Cell,
): { ok: true; cents: number } | { ok: false; problem: MoneyInputProblem } {
  if (typeof c === 'number') {
    const cents = Math.round(c * 100);
    if (Math.abs(cents - c * 100) >= 1e-6) return { ok: false, problem: 'decimals' };
    const problem = amountProblem(cents);
    return problem ? { ok: false, problem } : { ok: true, cents };
  }
  if (typeof c !== 'string') return { ok: false, problem: 'format' };
  return parseMoneyInput(c);
}

/** Cents → `1.234,56` (as CSV writes money). */
export function formatEuroText(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** ISO date → `31/12/2025`. */
export function formatItalianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A date cell (dd/mm/yyyy, yyyy-mm-dd or a workbook date) → ISO text; null when not a date. */
export function parseDateCell(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : isoOfDate(c);
  const text = trimText(c);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) iso = text;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoOfDate(d) === iso ? iso : null;
}

const yes = new Set(['sì', 'si', 'yes', 'vero', 'true', 'x', '1']);
const no = new Set(['no', 'falso', 'false', '0', '']);

/** Sì/No (and a few synonyms; empty is No) → boolean; null when neither. */
export function parseBooleanCell(c: Cell): boolean | null {
  if (typeof c === 'boolean') return c;
  const t = trimText(c).toLowerCase();
  if (yes.has(t)) return true;
  if (no.has(t)) return false;
  return null;
}

/** A typed value as CSV text: money `1.234,56`, numbers with a decimal comma, dates dd/mm/yyyy. */
export function cellText(column: SheetColumn, value: Cell): string {
  if (value === null || value === '') return '';
  if (column.type === 'money' && typeof value === 'number') return formatEuroText(value);
  if (column.type === 'date' && typeof value === 'string') return formatItalianDate(value);
  return trimText(value);
}
