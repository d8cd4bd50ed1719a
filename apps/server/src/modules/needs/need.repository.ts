import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { EvidenceLink, NeedStatement } from '@pdz/core';
import type { Db } from '../../db/client';
import { needStatements, objectiveNeeds } from '../../db/schema/needs';

export type NeedRow = typeof needStatements.$inferSelect;
type Scope = { districtId: string; planId: string };

const inScope = (s: Scope) =>
  and(eq(needStatements.districtId, s.districtId), eq(needStatements.planId, s.planId));

export const toNeed = (r: NeedRow, objectiveIds: string[]): NeedStatement => ({
  id: r.id,
  planId: r.planId,
  areaId: r.areaId,
  title: r.title,
  statement: r.statement,
  evidence: r.evidence,
  position: r.position,
  objectiveIds,
  version: r.version,
});

async function linksOf(db: Db, needIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (needIds.length === 0) return out;
  const rows = await db
    .select()
    .from(objectiveNeeds)
    .where(inArray(objectiveNeeds.needId, needIds));
  for (const r of rows) out.set(r.needId, [...(out.get(r.needId) ?? []), r.objectiveId]);
  return out;
}

/** The plan's needs in area order is the screen's job: here by position within the plan. */
export async function listNeeds(db: Db, scope: Scope): Promise<NeedStatement[]> {
  const rows = await db
    .select()
    .from(needStatements)
    .where(inScope(scope))
    .orderBy(asc(needStatements.position), asc(needStatements.createdAt));
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toNeed(r, (links.get(r.id) ?? []).sort()));
}

export async function findNeed(db: Db, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(needStatements)
    .where(and(inScope(scope), eq(needStatements.id, id)));
  if (!row) return undefined;
  return toNeed(row, ((await linksOf(db, [id])).get(id) ?? []).sort());
}

export async function nextNeedPosition(db: Db, planId: string, areaId: string): Promise<number> {
  const [r] = await db
    .select({ max: sql<number | null>`max(${needStatements.position})` })
    .from(needStatements)
    .where(and(eq(needStatements.planId, planId), eq(needStatements.areaId, areaId)));
  return r?.max === null || r?.max === undefined ? 0 : Number(r.max) + 1;
}

export async function insertNeed(
  db: Db,
  values: Scope & {
    areaId: string;
    title: string;
    statement: string;
    evidence: EvidenceLink[];
    position: number;
  },
): Promise<NeedRow> {
  const [row] = await db.insert(needStatements).values(values).returning();
  return row!;
}

export async function updateNeed(
  db: Db,
  id: string,
  version: number,
  set: Partial<Pick<NeedRow, 'areaId' | 'title' | 'statement' | 'evidence' | 'position'>>,
): Promise<NeedRow | undefined> {
  const [row] = await db
    .update(needStatements)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(needStatements.id, id), eq(needStatements.version, version)))
    .returning();
  return row;
}

export async function deleteNeed(db: Db, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(needStatements)
    .where(and(eq(needStatements.id, id), eq(needStatements.version, version)))
    .returning({ id: needStatements.id });
  return rows.length > 0;
}

/** The needs an objective answers: the whole list replaced. */
export async function setObjectiveNeeds(
  db: Db,
  districtId: string,
  objectiveId: string,
  needIds: string[],
): Promise<string[]> {
  const before = await db
    .select({ needId: objectiveNeeds.needId })
    .from(objectiveNeeds)
    .where(eq(objectiveNeeds.objectiveId, objectiveId));
  await db.delete(objectiveNeeds).where(eq(objectiveNeeds.objectiveId, objectiveId));
  if (needIds.length > 0) {
    await db
      .insert(objectiveNeeds)
      .values(needIds.map((needId) => ({ districtId, objectiveId, needId })));
  }
  return before.map((b) => b.needId).sort();
}
