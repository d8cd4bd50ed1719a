import { z } from 'zod';
import { defineContract } from '../shared/contract';

/**
 * The names of the events the platform records. The server may write only these (the type is
 * checked), and the interface has a sentence for each.
 */
export const auditActions = [
  'district.created',
  'user.created',
  'membership.created',
  'membership.removed',
  'user.password_changed',
  'user.logged_in',
  'user.login_failed',
  'user.locked',
  'plan.created',
  'plan.renamed',
  'plan.phase_changed',
  'plan.approved',
  'area.created',
  'area.updated',
  'area.deleted',
  'area.reordered',
  'objective.created',
  'objective.updated',
  'objective.deleted',
  'objective.reordered',
  'action.created',
  'action.updated',
  'action.deleted',
  'action.reordered',
  'budget.availability_changed',
  'budget.allocation_changed',
  'indicator.created',
  'indicator.updated',
  'indicator.deleted',
  'chapter.created',
  'chapter.updated',
  'chapter.deleted',
  'chapter.reordered',
  'budget.municipal_share_changed',
  'plan.imported',
  'organization.created',
  'service.created',
  'service.updated',
  'service.deleted',
  'service.imported',
  'classification.extended',
  'population.imported',
  'population.social_workers_changed',
  'need.created',
  'need.updated',
  'need.deleted',
  'objective.needs_changed',
  'reporting_period.opened',
  'reporting_period.closed',
  'reporting_period.reopened',
  'report.saved',
  'report.submitted',
  'report.validated',
  'report.returned',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * What an event is about. The server may write only these; the activity log filters on them.
 * A reorder is recorded on the parent whose children moved (the plan, an area, an objective).
 */
export const auditEntityTypes = [
  'plan',
  'area',
  'objective',
  'action',
  'availability',
  'allocation',
  'municipalShareRule',
  'indicator',
  'chapter',
  'need',
  'service',
  'organization',
  'population_import',
  'social_worker_staff',
  'district',
  'user',
  'classification',
  'reporting_period',
  'report',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

/** Every write leaves one event: who, when, what, and the record before and after. */
export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * Filters of the activity log. `from` and `to` are calendar days as the district lives them
 * (Italian time), both included; `before` is the paging cursor the previous page gave.
 */
export const auditQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.iso.datetime({ offset: true }).optional(),
    entityType: z.enum(auditEntityTypes).optional(),
    actorId: z.uuid().optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'to must not precede from',
    path: ['to'],
  });
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const listAuditEvents = defineContract({
  method: 'GET',
  path: '/api/districts/:districtId/audit-events',
  operationId: 'listAuditEvents',
  description:
    'Lists the recorded changes of a district, newest first, each with who made it, when, and the record before and after; filters by person, item type and days (Italian time, both included), a page of at most 200 at a time (`nextBefore` is the cursor of the next page). Only the plan office and the administrators (audit.read) may read it; 400 names a filter that is not valid.',
  summary: 'Audit trail of a district, newest first, filtered by person, item type and days',
  tags: ['audit'],
  params: z.object({ districtId: z.uuid() }),
  query: auditQuerySchema,
  response: z.object({ items: z.array(auditEventSchema), nextBefore: z.string().nullable() }),
});

/** The people who appear in a district's trail, for the person filter. */
export const listAuditActors = defineContract({
  method: 'GET',
  path: '/api/districts/:districtId/audit-events/actors',
  operationId: 'listAuditActors',
  description:
    'Lists the people who made the recorded changes of a district, by name, for the person filter of the activity log. Only the plan office and the administrators (audit.read) may read it.',
  summary: 'People who made the recorded changes of a district, by name',
  tags: ['audit'],
  params: z.object({ districtId: z.uuid() }),
  response: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) }),
});
