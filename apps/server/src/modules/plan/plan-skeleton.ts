import { and, eq, sql } from 'drizzle-orm';
import type { CoherenceTree, Plan } from '@pdz/core';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema/plan';
import { findPlan } from './plan.repository';

/** A plan and the bare shape of its content: what the coherence rules read of the tree. */
export type PlanSkeleton = Plan & CoherenceTree;

/**
 * Areas → objectives → actions with their ids (and an action's lead) only, built by the
 * database as one JSON value: the coherence read needs no titles or texts, which make most of
 * a large plan's tree (580 KiB of its JSON for 100 objectives and 500 actions).
 */
const skeletonSql = (planId: string, districtId: string) => sql<CoherenceTree['areas']>`coalesce((
  select json_agg(json_build_object('id', a.id, 'objectives', coalesce((
    select json_agg(json_build_object('id', o.id, 'actions', coalesce((
      select json_agg(json_build_object('id', x.id, 'leadOrganizationId', x.lead_organization_id)
        order by x.position, x.created_at)
      from actions x where x.objective_id = o.id and x.district_id = ${districtId}
    ), '[]'::json)) order by o.position, o.created_at)
    from objectives o where o.area_id = a.id and o.district_id = ${districtId}
  ), '[]'::json)) order by a.position, a.created_at)
  from plan_areas a where a.plan_id = ${planId} and a.district_id = ${districtId}
), '[]'::json)`;

export async function findPlanSkeleton(
  db: Db,
  districtId: string,
  planId: string,
): Promise<PlanSkeleton | undefined> {
  const plan = await findPlan(db, districtId, planId);
  if (!plan) return undefined;
  const [row] = await db
    .select({ areas: skeletonSql(planId, districtId) })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.districtId, districtId)));
  return { ...plan, areas: row?.areas ?? [] };
}
