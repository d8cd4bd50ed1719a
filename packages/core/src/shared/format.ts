import type { Locale } from './money';

const numberFormatters: Record<Locale, Intl.NumberFormat> = {
  it: new Intl.NumberFormat('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions),
  en: new Intl.NumberFormat('en-GB'),
};

/** Integers with the locale's grouping: `68.280` (it), `68,280` (en). */
export function formatNumber(value: number, locale: Locale = 'it'): string {
  return numberFormatters[locale].format(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO date or timestamp → `dd/mm/yyyy` (both languages use it on screen). */
export function formatDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** ISO timestamp → `dd/mm/yyyy hh:mm` in local time. */
export function formatDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
