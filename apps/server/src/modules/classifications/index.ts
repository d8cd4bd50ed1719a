// Reference classifications (areas of intervention, ISTAT user areas, funding sources, LEPS, …)
// read as data and extended by the Region and the administrators. Owns the classification_items
// table; other modules check codes and read labels through what is exported here.
import { extendClassification, listClassificationSchemes, planContracts } from '@pdz/core';
import type { AppModule } from '../../platform/module';
import { createClassificationService } from './classification.service';

export const classificationsModule: AppModule = {
  name: 'classifications',
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

export {
  assertFundingSource,
  classificationLabels,
  fundingSourceIssue,
  isCatalogueCode,
  listCatalogueItems,
  schemeLabels,
} from './classification.queries';
