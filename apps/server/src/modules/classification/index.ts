// Reference classifications (areas of intervention, ISTAT user areas, …) read as data.
import { asc, eq } from 'drizzle-orm';
import { DomainError, planContracts, type Locale } from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/index';
import type { AppModule } from '../../platform/module';

export const classificationModule: AppModule = {
  name: 'classification',
  register({ router, db }) {
    router.route(planContracts.classification, async ({ params }) => {
      const rows = await db
        .select()
        .from(classificationItems)
        .where(eq(classificationItems.scheme, params.scheme))
        .orderBy(asc(classificationItems.position), asc(classificationItems.code));
      if (rows.length === 0)
        throw new DomainError('NOT_FOUND', `no classification ${params.scheme}`);
      return {
        items: rows.map((r) => ({
          scheme: r.scheme,
          code: r.code,
          labelIt: r.labelIt,
          labelEn: r.labelEn,
          position: r.position,
        })),
      };
    });
  },
};

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
