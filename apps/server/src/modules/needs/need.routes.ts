import { needContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createNeedService } from './need.service';

/** Need statements of a plan and the objective ↔ need links. */
export function registerNeedRoutes({ router, db }: ModuleContext): void {
  const service = createNeedService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.list, async ({ actor, params }) => service.list(actor, scope(params)), {
    planRead: { name: 'needs' },
  });
  router.route(c.create, async ({ actor, params, body, request }) =>
    service.create(actor, scope(params), body, request.id),
  );
  router.route(c.update, async ({ actor, params, body, request }) =>
    service.update(actor, scope(params), params.needId, body, request.id),
  );
  router.route(c.delete, async ({ actor, params, query, request }) =>
    service.remove(actor, scope(params), params.needId, query.version, request.id),
  );
  router.route(c.setObjectiveNeeds, async ({ actor, params, body, request }) =>
    service.setObjectiveNeeds(actor, scope(params), params.objectiveId, body, request.id),
  );
}
