import { and, asc, desc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { auditDayRange, type AuditEvent, type AuditQuery } from '@pdz/core';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema/audit';

/** One page of a district's events, newest first, with the cursor of the next page. */
export async function listEvents(
  db: Db,
  districtId: string,
  query: AuditQuery,
): Promise<{ items: AuditEvent[]; nextBefore: string | null }> {
  const { since, until } = auditDayRange(query.from, query.to);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.districtId, districtId),
        query.before ? lt(auditEvents.at, new Date(query.before)) : undefined,
        query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
        query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
        since ? gte(auditEvents.at, since) : undefined,
        until ? lt(auditEvents.at, until) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    })),
    nextBefore: rows.length > query.limit ? (page.at(-1)?.at.toISOString() ?? null) : null,
  };
}

/** The people who appear in a district's trail, by name (the name they had last). */
export async function listActors(db: Db, districtId: string) {
  const rows = await db
    .selectDistinctOn([auditEvents.actorId], {
      id: auditEvents.actorId,
      name: auditEvents.actorName,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.districtId, districtId), isNotNull(auditEvents.actorId)))
    .orderBy(asc(auditEvents.actorId), desc(auditEvents.at));
  return rows
    .map((r) => ({ id: r.id ?? '', name: r.name ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'it'));
}
