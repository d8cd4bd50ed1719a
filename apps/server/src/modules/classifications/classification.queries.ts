import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Locale } from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';

/** The items of some schemes, in catalogue order (what other modules check codes against). */
export async function listCatalogueItems(db: Db, schemes: readonly string[]) {
  if (schemes.length === 0) return [];
  return db
    .select({
      scheme: classificationItems.scheme,
      code: classificationItems.code,
      labelIt: classificationItems.labelIt,
    })
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, [...schemes]))
    .orderBy(asc(classificationItems.position));
}

export async function isCatalogueCode(db: Db, scheme: string, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: classificationItems.code })
    .from(classificationItems)
    .where(and(eq(classificationItems.scheme, scheme), eq(classificationItems.code, code)));
  return rows.length > 0;
}

/** Names of funding sources and ISTAT user areas in one language, for pages that show codes. */
export async function classificationLabels(
  db: Db,
  locale: Locale,
): Promise<{ sources: Record<string, string>; userAreas: Record<string, string> }> {
  const rows = await db.select().from(classificationItems);
  const of = (scheme: string) =>
    Object.fromEntries(
      rows
        .filter((r) => r.scheme === scheme)
        .map((r) => [r.code, locale === 'en' ? r.labelEn : r.labelIt]),
    );
  return { sources: of('fundingSource'), userAreas: of('istatUserArea') };
}
