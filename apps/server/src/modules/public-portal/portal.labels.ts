import { eq } from 'drizzle-orm';
import type { Locale } from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';

/** Names of the staff profiles (social worker, educator…) a plan's objectives count. */
export async function staffProfileLabels(db: Db, locale: Locale): Promise<Record<string, string>> {
  const rows = await db
    .select()
    .from(classificationItems)
    .where(eq(classificationItems.scheme, 'staffProfile'));
  return Object.fromEntries(rows.map((r) => [r.code, locale === 'en' ? r.labelEn : r.labelIt]));
}
