import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { plans } from '../../db/schema/plan';
import { districts } from '../../db/schema/territory';
import type { ChangeFeed } from '../../platform/reuse/change-feed';
import type { PlanStamps } from '../../platform/reuse/plan-reads';

function buildStampQuery(db: Db) {
  return db
    .select({ version: plans.version, revision: districts.revision })
    .from(plans)
    .innerJoin(districts, eq(districts.id, plans.districtId))
    .where(
      and(
        eq(plans.id, sql.placeholder('planId')),
        eq(plans.districtId, sql.placeholder('districtId')),
      ),
    )
    .prepare('plan_stamp');
}

/**
 * Where each plan stands (platform/reuse/plan-reads.ts): its version and its district's
 * revision. On PostgreSQL, where several processes may write, it is read from the database on
 * every request (one indexed row; what makes a write through one process seen at once through
 * every other). On the embedded database this process is the only writer: the stamp is kept in
 * memory and forgotten when the change feed says the plan or its district changed.
 */
export function createPlanStamps(database: Database, feed: ChangeFeed): PlanStamps {
  const query = buildStampQuery(database.db);
  const read = async (districtId: string, planId: string) => {
    const [row] = await query.execute({ districtId, planId });
    return row ? `${row.version}.${row.revision}` : null;
  };
  if (database.kind === 'postgres') return { of: read };

  const kept = new Map<string, { districtId: string; stamp: string | null }>();
  // counts the changes heard: a stamp read while one arrived may be older than it, not kept
  let heard = 0;
  feed.subscribe((change) => {
    heard++;
    if (change === 'reset') kept.clear();
    else if (change.kind === 'plan') kept.delete(change.planId);
    else if (change.kind === 'district')
      for (const [planId, k] of kept) if (k.districtId === change.districtId) kept.delete(planId);
  });
  return {
    async of(districtId, planId) {
      const hit = kept.get(planId);
      if (hit && hit.districtId === districtId) return hit.stamp;
      const before = heard;
      const stamp = await read(districtId, planId);
      // a plan of another district, or none: not kept (ids in the address are anyone's guess)
      if (stamp !== null && heard === before) kept.set(planId, { districtId, stamp });
      return stamp;
    },
  };
}
