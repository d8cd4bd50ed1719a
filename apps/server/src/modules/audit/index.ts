// The audit trail, as the plan office and the administrator read it. Owns the audit_events
// table for reading; writing events is the platform's job (platform/audit.ts), done inside each
// use case's transaction, and nothing ever changes an event once written.
import { and, desc, eq, lt } from 'drizzle-orm';
import { assertCan, listAuditEvents } from '@pdz/core';
import { auditEvents } from '../../db/schema/audit';
import type { AppModule } from '../../platform/module';

export const auditModule: AppModule = {
  name: 'audit',
  register({ router, db }) {
    router.route(listAuditEvents, async ({ actor, params, query }) => {
      assertCan(actor, 'audit.read', { districtId: params.districtId });
      const rows = await db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.districtId, params.districtId),
            query.before ? lt(auditEvents.at, new Date(query.before)) : undefined,
            query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
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
    });
  },
};
