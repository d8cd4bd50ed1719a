// Reference classifications (areas of intervention, ISTAT user areas, …) read as data.
import { asc, eq } from 'drizzle-orm';
import { DomainError, planContracts } from '@pdz/core';
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
