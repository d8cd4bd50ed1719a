import type { AuditAction, AuditEntityType } from '@pdz/core';
import type { Db } from '../db/client';
import { auditEvents } from '../db/schema/audit';

export interface AuditEntry {
  districtId: string | null;
  actor: { userId: string; name: string } | null;
  /** `<entity>.<verb>`, e.g. `plan.approved`, `objective.updated` */
  action: AuditAction;
  /** what the event is about; a reorder names the parent whose children moved */
  entityType: AuditEntityType;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/** Write in the same transaction as the change it records, so neither exists without the other. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    districtId: entry.districtId,
    actorId: entry.actor?.userId ?? null,
    actorName: entry.actor?.name ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.requestId ?? null,
  });
}
