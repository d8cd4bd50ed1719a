// Reference classifications (areas of intervention, ISTAT user areas, …) read as data.
import {
  extendClassification,
  listClassificationSchemes,
  planContracts,
  type Locale,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/index';
import type { AppModule } from '../../platform/module';
import { createClassificationService } from './classification.service';

export const classificationModule: AppModule = {
  name: 'classification',
  register({ router, db }) {
    const catalogue = createClassificationService(db);
    router.route(listClassificationSchemes, async () => ({ items: await catalogue.schemes() }));
    router.route(planContracts.classification, async ({ params }) => ({
      items: await catalogue.list(params.scheme),
    }));
    router.route(extendClassification, async ({ actor, params, body, request }) =>
      catalogue.extend(actor, params.scheme, body, request.id),
    );
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
