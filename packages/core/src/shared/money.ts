/** Money is integer euro cents everywhere; it is formatted only at the edge. */
export type Cents = number & { readonly __brand: 'Cents' };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`not an integer amount of cents: ${value}`);
  return value as Cents;
}

export type Locale = 'it' | 'en';

const moneyFormatters: Record<Locale, Intl.NumberFormat> = {
  it: new Intl.NumberFormat('it-IT', {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
  } as Intl.NumberFormatOptions),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/** `123456` → `1.234,56 €` (it) or `€1,234.56` (en). */
export function formatMoney(amount: Cents | number, locale: Locale = 'it'): string {
  return moneyFormatters[locale].format(amount / 100).replace(/\u00a0/g, ' ');
}
