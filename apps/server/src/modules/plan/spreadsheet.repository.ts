import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PlanTree, SpreadsheetContext } from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems, indicators, organizations } from '../../db/schema/index';
import { listBudget } from './budget.repository';
import { toIndicator } from './indicator.repository';
import type { Scope } from './plan-content.flow';

/** The schemes whose codes the spreadsheet names. */
const schemes = [
  'regionalMacroArea',
  'istatUserArea',
  'leps',
  'policySector',
  'staffProfile',
  'fundingSource',
];

/** Everything the spreadsheet shows or checks against, read with `db` (or the transaction). */
export async function loadSpreadsheetContext(
  db: Db,
  scope: Scope,
  tree: PlanTree,
): Promise<SpreadsheetContext> {
  const budget = await listBudget(db, scope.districtId, scope.planId);
  const ind = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.planId, scope.planId), eq(indicators.districtId, scope.districtId)))
    .orderBy(asc(indicators.position), asc(indicators.createdAt));
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.districtId, scope.districtId))
    .orderBy(asc(organizations.name));
  const items = await db
    .select({
      scheme: classificationItems.scheme,
      code: classificationItems.code,
      labelIt: classificationItems.labelIt,
    })
    .from(classificationItems)
    .where(inArray(classificationItems.scheme, schemes))
    .orderBy(asc(classificationItems.position));
  const classifications: SpreadsheetContext['classifications'] = {};
  for (const i of items) (classifications[i.scheme] ??= []).push(i);
  return {
    tree,
    allocations: budget.allocations,
    indicators: ind.map(toIndicator),
    organizations: orgs,
    classifications,
  };
}

export async function nextIndicatorPositionOf(db: Db, planId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`coalesce(max(${indicators.position}) + 1, 0)` })
    .from(indicators)
    .where(eq(indicators.planId, planId));
  return Number(rows[0]?.n ?? 0);
}

export async function insertIndicatorRow(db: Db, values: typeof indicators.$inferInsert) {
  const rows = await db.insert(indicators).values(values).returning();
  return rows[0]!;
}

export async function updateIndicatorRow(
  db: Db,
  scope: Scope,
  id: string,
  set: Partial<typeof indicators.$inferInsert>,
) {
  const rows = await db
    .update(indicators)
    .set({ ...set, version: sql`${indicators.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(indicators.id, id),
        eq(indicators.planId, scope.planId),
        eq(indicators.districtId, scope.districtId),
      ),
    )
    .returning();
  return rows[0];
}
