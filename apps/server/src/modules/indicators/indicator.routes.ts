import { indicatorContracts as c } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { createIndicatorService } from './indicator.service';

export function registerIndicatorRoutes({ router, db }: ModuleContext): void {
  const indicators = createIndicatorService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });
  router.route(c.list, async ({ actor, params }) => indicators.list(actor, scope(params)), {
    planRead: { name: 'indicators' },
  });
  router.route(c.create, async ({ actor, params, body, request }) =>
    indicators.create(actor, scope(params), body, request.id),
  );
  router.route(c.update, async ({ actor, params, body, request }) =>
    indicators.update(actor, scope(params), params.indicatorId, body, request.id),
  );
  router.route(c.delete, async ({ actor, params, query, request }) =>
    indicators.remove(actor, scope(params), params.indicatorId, query.version, request.id),
  );
}
