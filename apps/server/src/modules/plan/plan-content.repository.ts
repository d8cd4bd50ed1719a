import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actions, objectives, planAreas } from '../../db/schema/plan';

/**
 * Areas, objectives and actions share one shape (position, version, title, description, tenant
 * and plan columns); these functions work on any of the three.
 */
export type ContentTable = typeof planAreas | typeof objectives | typeof actions;
export const contentTables = { area: planAreas, objective: objectives, action: actions } as const;
export type ContentKind = keyof typeof contentTables;

type RowOf<K extends ContentKind> = (typeof contentTables)[K]['$inferSelect'];

// Drizzle cannot type a query over a union of tables; each call site is typed by its kind.
const asArea = (t: ContentTable) => t as typeof planAreas;

export async function findContent<K extends ContentKind>(
  db: Db,
  kind: K,
  scope: { districtId: string; planId: string },
  id: string,
): Promise<RowOf<K> | undefined> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), eq(t.districtId, scope.districtId), eq(t.planId, scope.planId)));
  return rows[0] as RowOf<K> | undefined;
}

/** Next position among siblings (`parent` narrows to one area or objective). */
export async function nextPosition(
  db: Db,
  kind: ContentKind,
  planId: string,
  parent?: SQL,
): Promise<number> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .select({ n: sql<number>`coalesce(max(${t.position}) + 1, 0)` })
    .from(t)
    .where(parent ? and(eq(t.planId, planId), parent) : eq(t.planId, planId));
  return Number(rows[0]?.n ?? 0);
}

export async function insertContent<K extends ContentKind>(
  db: Db,
  kind: K,
  values: (typeof contentTables)[K]['$inferInsert'],
): Promise<RowOf<K>> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .insert(t)
    .values(values as typeof planAreas.$inferInsert)
    .returning();
  return rows[0] as RowOf<K>;
}

/** Updates only when the row still has the version the writer read; undefined otherwise. */
export async function updateContent<K extends ContentKind>(
  db: Db,
  kind: K,
  id: string,
  expectedVersion: number,
  set: Partial<(typeof contentTables)[K]['$inferInsert']>,
): Promise<RowOf<K> | undefined> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .update(t)
    .set({
      ...(set as Partial<typeof planAreas.$inferInsert>),
      version: sql`${t.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning();
  return rows[0] as RowOf<K> | undefined;
}

export async function deleteContent(
  db: Db,
  kind: ContentKind,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .delete(t)
    .where(and(eq(t.id, id), eq(t.version, expectedVersion)))
    .returning({ id: t.id });
  return rows.length === 1;
}

export async function listSiblings<K extends ContentKind>(
  db: Db,
  kind: K,
  planId: string,
  parent?: SQL,
): Promise<RowOf<K>[]> {
  const t = asArea(contentTables[kind]);
  const rows = await db
    .select()
    .from(t)
    .where(parent ? and(eq(t.planId, planId), parent) : eq(t.planId, planId))
    .orderBy(asc(t.position), asc(t.createdAt));
  return rows as RowOf<K>[];
}

export async function setPosition(
  db: Db,
  kind: ContentKind,
  id: string,
  position: number,
): Promise<void> {
  const t = asArea(contentTables[kind]);
  await db.update(t).set({ position, updatedAt: new Date() }).where(eq(t.id, id));
}

export async function countChildren(db: Db, areaOrObjective: 'area' | 'objective', id: string) {
  if (areaOrObjective === 'area') {
    const [o] = await db
      .select({ n: sql<number>`count(*)` })
      .from(objectives)
      .where(eq(objectives.areaId, id));
    const [a] = await db
      .select({ n: sql<number>`count(*)` })
      .from(actions)
      .innerJoin(objectives, eq(objectives.id, actions.objectiveId))
      .where(eq(objectives.areaId, id));
    return { objectives: Number(o?.n ?? 0), actions: Number(a?.n ?? 0) };
  }
  const [a] = await db
    .select({ n: sql<number>`count(*)` })
    .from(actions)
    .where(eq(actions.objectiveId, id));
  return { objectives: 0, actions: Number(a?.n ?? 0) };
}
