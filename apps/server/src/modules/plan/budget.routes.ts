import { budgetContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createBudgetService } from './budget.service';
import { createMunicipalShareService } from './municipal-share.service';

export function registerBudgetRoutes({ router, db }: ModuleContext): void {
  const budget = createBudgetService(db);
  const shares = createMunicipalShareService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.get, async ({ actor, params }) => budget.read(actor, scope(params)));
  router.route(c.coherence, async ({ actor, params }) => budget.coherence(actor, scope(params)));
  router.route(c.setAvailability, async ({ actor, params, body, request }) =>
    budget.setAvailability(actor, scope(params), body, request.id),
  );
  router.route(c.setAllocation, async ({ actor, params, body, request }) =>
    budget.setAllocation(actor, scope(params), body, request.id),
  );
  router.route(c.municipalShareRule, async ({ actor, params }) =>
    shares.readRule(actor, scope(params)),
  );
  router.route(c.setMunicipalShareRule, async ({ actor, params, body, request }) =>
    shares.setRule(actor, scope(params), body, request.id),
  );
  router.route(c.municipalShareTable, async ({ actor, params }) =>
    shares.table(actor, scope(params)),
  );
}
