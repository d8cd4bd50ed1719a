import { and, asc, eq, sql } from 'drizzle-orm';
import type { Chapter, ChapterKind } from '@pdz/core';
import type { Db } from '../../db/client';
import { chapters } from '../../db/schema/chapters';

/** The narrative chapters of a plan; every query is scoped by district and plan. */
export type ChapterRow = typeof chapters.$inferSelect;
type Scope = { districtId: string; planId: string };

export function toChapter(row: ChapterRow): Chapter {
  return {
    id: row.id,
    planId: row.planId,
    kind: row.kind as ChapterKind,
    title: row.title,
    body: row.body,
    position: row.position,
    version: row.version,
  };
}

const inScope = (scope: Scope) =>
  and(eq(chapters.districtId, scope.districtId), eq(chapters.planId, scope.planId));

export async function listChapters(db: Db, scope: Scope): Promise<ChapterRow[]> {
  return db
    .select()
    .from(chapters)
    .where(inScope(scope))
    .orderBy(asc(chapters.position), asc(chapters.createdAt));
}

export async function findChapter(
  db: Db,
  scope: Scope,
  id: string,
): Promise<ChapterRow | undefined> {
  const rows = await db
    .select()
    .from(chapters)
    .where(and(eq(chapters.id, id), inScope(scope)));
  return rows[0];
}

export async function nextChapterPosition(db: Db, scope: Scope): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`coalesce(max(${chapters.position}) + 1, 0)` })
    .from(chapters)
    .where(inScope(scope));
  return Number(rows[0]?.n ?? 0);
}

export async function insertChapters(
  db: Db,
  values: (typeof chapters.$inferInsert)[],
): Promise<ChapterRow[]> {
  if (values.length === 0) return [];
  return db.insert(chapters).values(values).returning();
}

/** Updates only when the row still has the version the writer read; undefined otherwise. */
export async function updateChapter(
  db: Db,
  id: string,
  expectedVersion: number,
  set: Partial<Pick<ChapterRow, 'kind' | 'title' | 'body'>>,
): Promise<ChapterRow | undefined> {
  const rows = await db
    .update(chapters)
    .set({ ...set, version: sql`${chapters.version} + 1`, updatedAt: new Date() })
    .where(and(eq(chapters.id, id), eq(chapters.version, expectedVersion)))
    .returning();
  return rows[0];
}

export async function deleteChapter(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(chapters)
    .where(and(eq(chapters.id, id), eq(chapters.version, expectedVersion)))
    .returning({ id: chapters.id });
  return rows.length === 1;
}

export async function setChapterPosition(db: Db, id: string, position: number): Promise<void> {
  await db.update(chapters).set({ position, updatedAt: new Date() }).where(eq(chapters.id, id));
}
