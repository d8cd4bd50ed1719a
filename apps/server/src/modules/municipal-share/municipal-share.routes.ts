import { municipalShareContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createMunicipalShareService } from './municipal-share.service';

export function registerMunicipalShareRoutes({ router, db }: ModuleContext): void {
  const shares = createMunicipalShareService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.rule, async ({ actor, params }) => shares.readRule(actor, scope(params)), {
    planRead: { name: 'municipal-share-rule' },
  });
  router.route(c.setRule, async ({ actor, params, body, request }) =>
    shares.setRule(actor, scope(params), body, request.id),
  );
  router.route(c.table, async ({ actor, params }) => shares.table(actor, scope(params)), {
    planRead: { name: 'municipal-share' },
  });
}
