import {
  coherenceContracts,
  comparePlanVersions,
  comparisonContracts,
  planContracts as c,
} from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import type { PlanContentPart } from './plan.parts';
import { createTerritoryService } from '../territory/index';
import { createPlanContentService } from './plan-content.service';
import { createPlanService } from './plan.service';

export function registerPlanRoutes(
  { router, db }: ModuleContext,
  parts: readonly PlanContentPart[],
): void {
  const plans = createPlanService(db, createTerritoryService(db), parts);
  const content = createPlanContentService(db);
  const scope = (p: { districtId: string; planId: string }) => ({
    districtId: p.districtId,
    planId: p.planId,
  });

  router.route(c.list, async ({ actor, params }) => ({
    items: await plans.list(actor, params.districtId),
  }));
  router.route(c.create, async ({ actor, params, body, request }) =>
    plans.create(actor, params.districtId, body, request.id),
  );
  router.route(
    c.get,
    async ({ actor, params }) => plans.get(actor, params.districtId, params.planId),
    { planRead: { name: 'tree' } },
  );
  router.route(c.update, async ({ actor, params, body, request }) =>
    plans.rename(actor, params.districtId, params.planId, body, request.id),
  );
  router.route(c.transition, async ({ actor, params, body, request }) =>
    plans.transition(actor, params.districtId, params.planId, body, request.id),
  );
  router.route(
    coherenceContracts.get,
    async ({ actor, params }) => plans.coherence(actor, params.districtId, params.planId),
    { planRead: { name: 'coherence' } },
  );
  router.route(
    c.versions,
    async ({ actor, params }) => ({
      items: await plans.versions(actor, params.districtId, params.planId),
    }),
    { planRead: { name: 'versions' } },
  );
  router.route(
    c.version,
    async ({ actor, params }) =>
      plans.version(actor, params.districtId, params.planId, params.number),
    { planRead: { name: 'version', vary: (p) => p.number ?? '' } },
  );

  // version `from` against version `to`, or against the live draft (what the update changes)
  router.route(
    comparisonContracts.get,
    async ({ actor, params, query }) => {
      const { districtId, planId } = params;
      const from = await plans.version(actor, districtId, planId, query.from);
      const to =
        query.to === undefined
          ? (await plans.draftSnapshot(actor, districtId, planId)).snapshot
          : (await plans.version(actor, districtId, planId, query.to)).snapshot;
      return comparePlanVersions(from.snapshot, to);
    },
    { planRead: { name: 'comparison' } },
  );

  router.route(c.createArea, async ({ actor, params, body, request }) =>
    content.createArea(actor, scope(params), body, request.id),
  );
  router.route(c.updateArea, async ({ actor, params, body, request }) =>
    content.updateArea(actor, scope(params), params.areaId, body, request.id),
  );
  router.route(c.deleteArea, async ({ actor, params, query, request }) => {
    await content.deleteArea(actor, scope(params), params.areaId, query.version, request.id);
    return null;
  });
  router.route(c.reorderAreas, async ({ actor, params, body, request }) => ({
    items: await content.reorderAreas(actor, scope(params), body.ids, request.id),
  }));

  router.route(c.createObjective, async ({ actor, params, body, request }) =>
    content.createObjective(actor, scope(params), body, request.id),
  );
  router.route(c.updateObjective, async ({ actor, params, body, request }) =>
    content.updateObjective(actor, scope(params), params.objectiveId, body, request.id),
  );
  router.route(c.deleteObjective, async ({ actor, params, query, request }) => {
    await content.deleteObjective(
      actor,
      scope(params),
      params.objectiveId,
      query.version,
      request.id,
    );
    return null;
  });
  router.route(c.reorderObjectives, async ({ actor, params, body, request }) => ({
    items: await content.reorderObjectives(
      actor,
      scope(params),
      params.areaId,
      body.ids,
      request.id,
    ),
  }));

  router.route(c.createAction, async ({ actor, params, body, request }) =>
    content.createAction(actor, scope(params), body, request.id),
  );
  router.route(c.updateAction, async ({ actor, params, body, request }) =>
    content.updateAction(actor, scope(params), params.actionId, body, request.id),
  );
  router.route(c.deleteAction, async ({ actor, params, query, request }) => {
    await content.deleteAction(actor, scope(params), params.actionId, query.version, request.id);
    return null;
  });
  router.route(c.reorderActions, async ({ actor, params, body, request }) => ({
    items: await content.reorderActions(
      actor,
      scope(params),
      params.objectiveId,
      body.ids,
      request.id,
    ),
  }));
}
