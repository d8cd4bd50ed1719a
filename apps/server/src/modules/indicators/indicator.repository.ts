import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { CoherenceIndicator, Indicator, IndicatorTarget } from '@pdz/core';
import type { Db } from '../../db/client';
import { jsonRows } from '../../db/json-rows';
import { indicators } from '../../db/schema/indicators';

export type IndicatorRow = typeof indicators.$inferSelect;
type Scope = { districtId: string; planId: string };

export const toIndicator = (r: IndicatorRow): Indicator => ({
  id: r.id,
  planId: r.planId,
  objectiveId: r.objectiveId,
  actionId: r.actionId,
  code: r.code,
  name: r.name,
  kind: r.kind as Indicator['kind'],
  unit: r.unit,
  dataSource: r.dataSource,
  frequency: r.frequency as Indicator['frequency'],
  reportedBy: r.reportedBy,
  direction: r.direction as Indicator['direction'],
  baselineValue: r.baselineValue,
  baselineYear: r.baselineYear,
  targets: [...(r.targets as IndicatorTarget[])].sort((a, b) => a.year - b.year),
  partialPercent: r.partialPercent,
  achievedPercent: r.achievedPercent,
  position: r.position,
  version: r.version,
});

const inScope = (s: Scope) =>
  and(eq(indicators.districtId, s.districtId), eq(indicators.planId, s.planId));

/** The plan's indicators: objectives' first, then actions', each owner's list by position. */
export async function listIndicators(db: Db, scope: Scope): Promise<Indicator[]> {
  const rows = await db
    .select()
    .from(indicators)
    .where(inScope(scope))
    .orderBy(
      asc(indicators.objectiveId),
      asc(indicators.actionId),
      asc(indicators.position),
      asc(indicators.createdAt),
    );
  return rows.map(toIndicator);
}

/**
 * What the coherence rules read of the plan's indicators (only those columns), as one JSON
 * array built by the database: each row's targets are JSON, and decoding hundreds of rows one
 * by one cost more than the rules themselves on the embedded database.
 */
export async function loadIndicatorsForRules(db: Db, scope: Scope): Promise<CoherenceIndicator[]> {
  const rows = await jsonRows<CoherenceIndicator>(
    db,
    sql`
    select coalesce(json_agg(json_build_object(
      'id', ${indicators.id}, 'name', ${indicators.name},
      'objectiveId', ${indicators.objectiveId}, 'actionId', ${indicators.actionId},
      'baselineYear', ${indicators.baselineYear}, 'targets', ${indicators.targets},
      'partialPercent', ${indicators.partialPercent}, 'achievedPercent', ${indicators.achievedPercent})
      order by ${indicators.objectiveId}, ${indicators.actionId}, ${indicators.position}), '[]') as rows
    from ${indicators}
    where ${indicators.planId} = ${scope.planId} and ${indicators.districtId} = ${scope.districtId}`,
  );
  return rows.map((r) => ({
    ...r,
    targets: [...(r.targets as IndicatorTarget[])].sort((x, y) => x.year - y.year),
  }));
}

export async function findIndicator(
  db: Db,
  scope: Scope,
  id: string,
): Promise<IndicatorRow | undefined> {
  const rows = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, id), inScope(scope)));
  return rows[0];
}

/** The next position in one objective's or one action's list of indicators. */
export async function nextIndicatorPosition(
  db: Db,
  planId: string,
  owner: { objectiveId: string | null; actionId: string | null },
): Promise<number> {
  const ownerFilter = owner.objectiveId
    ? eq(indicators.objectiveId, owner.objectiveId)
    : owner.actionId
      ? eq(indicators.actionId, owner.actionId)
      : isNull(indicators.id);
  const rows = await db
    .select({ n: sql<number>`coalesce(max(${indicators.position}) + 1, 0)` })
    .from(indicators)
    .where(and(eq(indicators.planId, planId), ownerFilter));
  return Number(rows[0]?.n ?? 0);
}

export async function insertIndicator(
  db: Db,
  values: typeof indicators.$inferInsert,
): Promise<IndicatorRow> {
  return (await db.insert(indicators).values(values).returning())[0]!;
}

/** Updates only when the row still has the version the writer read; undefined otherwise. */
export async function updateIndicator(
  db: Db,
  id: string,
  expectedVersion: number,
  set: Partial<typeof indicators.$inferInsert>,
): Promise<IndicatorRow | undefined> {
  const rows = await db
    .update(indicators)
    .set({ ...set, version: sql`${indicators.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicators.id, id), eq(indicators.version, expectedVersion)))
    .returning();
  return rows[0];
}

export async function deleteIndicator(
  db: Db,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db
    .delete(indicators)
    .where(and(eq(indicators.id, id), eq(indicators.version, expectedVersion)))
    .returning({ id: indicators.id });
  return rows.length === 1;
}

/** After every indicator of the plan: where an imported indicator goes. */
export async function nextPlanIndicatorPosition(db: Db, planId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`coalesce(max(${indicators.position}) + 1, 0)` })
    .from(indicators)
    .where(eq(indicators.planId, planId));
  return Number(rows[0]?.n ?? 0);
}

/** An import's change: its versions were checked against the file under the plan lock. */
export async function updateIndicatorFields(
  db: Db,
  scope: Scope,
  id: string,
  set: Partial<typeof indicators.$inferInsert>,
) {
  const rows = await db
    .update(indicators)
    .set({ ...set, version: sql`${indicators.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicators.id, id), inScope(scope)))
    .returning();
  return rows[0];
}
