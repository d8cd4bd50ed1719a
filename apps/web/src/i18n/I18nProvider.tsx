import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@pdz/core';
import { defaultLocale, locales, translate } from './catalogues';
import { I18nContext, type I18n } from './context';

const storageKey = 'pdz.locale';

function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(storageKey);
    return locales.find((l) => l === saved) ?? defaultLocale;
  } catch {
    // storage can be disabled (privacy settings): fall back to Italian
    return defaultLocale;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  useEffect(() => {
    // screen readers pick the voice from <html lang>
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // not persisted: the choice still holds for this visit
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, vars) => translate(locale, key, vars) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
