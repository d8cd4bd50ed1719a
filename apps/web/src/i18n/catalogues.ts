import type { Locale } from '@pdz/core';
import { en } from './en';
import { it, type MessageKey } from './it';

export type { MessageKey };
export type Vars = Record<string, string | number>;

export const locales: readonly Locale[] = ['it', 'en'];
export const defaultLocale: Locale = 'it';

export const catalogues: Record<Locale, Record<MessageKey, string>> = { it, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(it, key);
}

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
