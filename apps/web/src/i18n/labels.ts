import type { ClassificationItem, Locale } from '@pdz/core';

/** A catalogue item's name in the reader's language. */
export function classificationLabelOf(item: ClassificationItem, locale: Locale): string {
  return locale === 'en' ? item.labelEn : item.labelIt;
}
