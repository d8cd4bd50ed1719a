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
  // a calendar day is that day everywhere: never shifted by the reader's time zone
  const day = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
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

const italianDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Italy at a moment, as an ISO date (`2012-03-26`). */
export function italianDate(at: Date): string {
  return italianDay.format(at);
}

/**
 * A day as people write it in Italy (`26/03/2012`, also `26-3-2012` or `26.03.2012`) → ISO
 * (`2012-03-26`); null when it is not a real calendar day.
 */
export function parseItalianDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}
