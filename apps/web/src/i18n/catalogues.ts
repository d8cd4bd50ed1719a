import type { Locale } from '@pdz/core';
import { en } from './en';
import { it, type MessageKey } from './it';
import { expandPlurals } from './plural';

export type { MessageKey };
export type Vars = Record<string, string | number>;

export const locales: readonly Locale[] = ['it', 'en'];
export const defaultLocale: Locale = 'it';

export const catalogues: Record<Locale, Record<MessageKey, string>> = { it, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(it, key);
}

/**
 * Looks a key up and fills it: `{count, plural, one {# evento} other {# eventi}}` picks the form
 * the number needs in the language, then `{name}` placeholders are replaced. An unknown
 * placeholder stays visible.
 */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale][key];
  if (!vars) return template;
  return expandPlurals(template, locale, vars).replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
