import { budgetContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createBudgetService } from './budget.service';

export function registerBudgetRoutes({ router, db }: ModuleContext): void {
  const budget = createBudgetService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.get, async ({ actor, params }) => budget.read(actor, scope(params)), {
    planRead: { name: 'budget' },
  });
  router.route(c.setAvailability, async ({ actor, params, body, request }) =>
    budget.setAvailability(actor, scope(params), body, request.id),
  );
  router.route(c.setAllocation, async ({ actor, params, body, request }) =>
    budget.setAllocation(actor, scope(params), body, request.id),
  );
}
