// The audit trail, as the plan office and the administrator read it: filtered by person, item
// type and days, a page at a time. Owns the audit_events table for reading; writing events is
// the platform's job (platform/audit.ts), done inside each use case's transaction, and nothing
// ever changes an event once written.
import { assertCan, listAuditActors, listAuditEvents } from '@pdz/core';
import type { AppModule } from '../../platform/module';
import { listActors, listEvents } from './audit.repository';

export const auditModule: AppModule = {
  name: 'audit',
  register({ router, db }) {
    router.route(listAuditEvents, async ({ actor, params, query }) => {
      assertCan(actor, 'audit.read', { districtId: params.districtId });
      return listEvents(db, params.districtId, query);
    });
    router.route(listAuditActors, async ({ actor, params }) => {
      assertCan(actor, 'audit.read', { districtId: params.districtId });
      return { items: await listActors(db, params.districtId) };
    });
  },
};
