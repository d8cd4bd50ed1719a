import {
  DomainError,
  assertCan,
  can,
  reportInputProblems,
  reportMoveAllowed,
  reportRight,
  type Report,
  type ReportFrame,
  type ReportMove,
  type ReportSubjectKind,
  type SaveReportInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import { organizationsOf } from '../access/index';
import { conflict, type Scope } from '../plan/index';
import * as repo from './monitoring.repository';

type AuditOf = (
  tx: Db,
  actor: SessionActor,
  scope: Scope,
  requestId: string | undefined,
) => (
  e: Omit<Parameters<typeof recordAudit>[1], 'districtId' | 'actor' | 'requestId'>,
) => Promise<void>;

interface Deps {
  periodOrThrow(tx: Db, scope: Scope, id: string, lock?: 'share'): Promise<repo.PeriodRow>;
  framesOf(scope: Scope, period: repo.PeriodRow): Promise<ReportFrame[]>;
  audit: AuditOf;
}

export interface ReportAt {
  periodId: string;
  kind: ReportSubjectKind;
  subjectId: string;
}

const pastTense = {
  save: 'saved',
  submit: 'submitted',
  validate: 'validated',
  return: 'returned',
} as const satisfies Record<ReportMove, string>;

/** the report as the activity log keeps it: named by its subject, indicators by their code */
export function recorded(report: Report, frame: ReportFrame) {
  const codes = new Map(frame.indicators.map((i) => [i.id, i.code]));
  const { measures, ...rest } = report;
  return {
    ...rest,
    code: frame.code,
    title: frame.title,
    measures: measures.map((m) => ({
      indicatorCode: codes.get(m.indicatorId) ?? m.indicatorId,
      value: m.value,
      note: m.note,
    })),
  };
}

/**
 * The writes of a report: each checks, in this order, the permission, that the period is open
 * (holding it so that closing waits), that the subject is in the version monitored, that this
 * user may report on it (the reason when not), that the report's status allows the move, and
 * the version read; then writes and records it in the activity log, in one transaction.
 */
export function createReportWrites(db: Db, deps: Deps) {
  /** whether the actor may write reports, subject by subject */
  async function rightsOf(actor: SessionActor, scope: Scope) {
    const district = { districtId: scope.districtId };
    const planOffice = can(actor, 'monitoring.manage', district);
    const reporter = can(actor, 'monitoring.report', district);
    const organizationIds =
      reporter && !planOffice ? await organizationsOf(db, actor.userId, scope.districtId) : [];
    return (frame: Pick<ReportFrame, 'kind' | 'lead'>) =>
      reporter &&
      reportRight(
        { kind: frame.kind, leadId: frame.lead?.id ?? null },
        { planOffice, organizationIds },
      ).allowed;
  }

  async function inReport(
    actor: SessionActor,
    scope: Scope,
    at: ReportAt,
    move: ReportMove,
    requestId: string | undefined,
    write: (
      tx: Db,
      current: repo.ReportRow | undefined,
      frame: ReportFrame,
      planOffice: boolean,
    ) => Promise<repo.ReportRow>,
  ): Promise<Report> {
    const district = { districtId: scope.districtId };
    const byOffice = move === 'validate' || move === 'return';
    assertCan(actor, byOffice ? 'monitoring.manage' : 'monitoring.report', district);
    const planOffice = can(actor, 'monitoring.manage', district);
    const organizationIds = planOffice
      ? []
      : await organizationsOf(db, actor.userId, scope.districtId);
    return db.transaction(async (raw) => {
      const tx = raw as unknown as Db;
      const period = await deps.periodOrThrow(tx, scope, at.periodId, 'share');
      const frame = (await deps.framesOf(scope, period)).find(
        (f) => f.kind === at.kind && f.id === at.subjectId,
      );
      if (!frame) throw new DomainError('NOT_FOUND');
      if (period.status === 'closed') {
        throw new DomainError('PERIOD_CLOSED', 'the period is closed: its reports are locked');
      }
      const right = reportRight(
        { kind: frame.kind, leadId: frame.lead?.id ?? null },
        { planOffice, organizationIds },
      );
      if (!right.allowed) {
        throw new DomainError('FORBIDDEN', right.reason, { details: { reason: right.reason } });
      }
      const current = await repo.findReport(tx, period.id, at.kind, at.subjectId);
      const status = (current?.status ?? null) as Report['status'] | null;
      if (!reportMoveAllowed(status, move, planOffice)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `a ${status ?? 'missing'} report cannot be ${pastTense[move]} by ${planOffice ? 'the plan office' : 'its lead'}`,
          { details: { status, move } },
        );
      }
      const before = current ? repo.toReport(current) : null;
      const row = await write(tx, current, frame, planOffice);
      const after = repo.toReport(row);
      await deps.audit(
        tx,
        actor,
        scope,
        requestId,
      )({
        action: `report.${pastTense[move]}`,
        entityType: 'report',
        entityId: row.id,
        before: before ? recorded(before, frame) : undefined,
        after: recorded(after, frame),
      });
      return after;
    });
  }

  const stale = (current: repo.ReportRow) => conflict(repo.toReport(current));

  return {
    rightsOf,

    async saveReport(
      actor: SessionActor,
      scope: Scope,
      at: ReportAt,
      input: SaveReportInput,
      requestId?: string,
    ) {
      return inReport(actor, scope, at, 'save', requestId, async (tx, current, frame) => {
        const issues = reportInputProblems(frame, input);
        if (issues.length > 0) {
          throw new DomainError(
            'VALIDATION_FAILED',
            issues.map((i) => `${i.field}: ${i.message}`).join('; '),
            {
              issues,
            },
          );
        }
        const { version, ...content } = input;
        if (!current) {
          if (version !== 0) throw new DomainError('NOT_FOUND');
          const made = await repo.insertReport(
            tx,
            {
              districtId: scope.districtId,
              periodId: at.periodId,
              subjectKind: at.kind,
              subjectId: at.subjectId,
            },
            content,
            actor.userId,
          );
          if (made) return made;
          const now = await repo.findReport(tx, at.periodId, at.kind, at.subjectId);
          throw now ? stale(now) : new DomainError('NOT_FOUND');
        }
        if (current.version !== version) throw stale(current);
        // a report sent back is a draft again once its lead writes it
        const status =
          current.status === 'returned' ? 'draft' : (current.status as Report['status']);
        const updated = await repo.updateReport(
          tx,
          current.id,
          version,
          { ...content, status },
          actor.userId,
        );
        if (!updated) throw stale(current);
        return updated;
      });
    },

    async moveReport(
      actor: SessionActor,
      scope: Scope,
      at: ReportAt,
      move: Exclude<ReportMove, 'save'>,
      input: { version: number; note?: string },
      requestId?: string,
    ) {
      return inReport(actor, scope, at, move, requestId, async (tx, current) => {
        if (!current) throw new DomainError('NOT_FOUND');
        if (current.version !== input.version) throw stale(current);
        const now = new Date();
        const change: repo.ReportChange =
          move === 'submit'
            ? { status: 'submitted', submittedAt: now }
            : move === 'validate'
              ? { status: 'validated', reviewNote: null, reviewedAt: now, reviewedBy: actor.userId }
              : {
                  status: 'returned',
                  reviewNote: input.note ?? '',
                  reviewedAt: now,
                  reviewedBy: actor.userId,
                };
        const updated = await repo.updateReport(
          tx,
          current.id,
          input.version,
          change,
          actor.userId,
        );
        if (!updated) throw stale(current);
        return updated;
      });
    },
  };
}
