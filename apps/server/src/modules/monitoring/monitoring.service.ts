import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  can,
  districtDay,
  isLate,
  periodProblems,
  periodSummary,
  periodYear,
  periodYearShare,
  reportCounts,
  reportFrames,
  type createPeriodInput,
  type PlanSnapshot,
  type ReportFrame,
  type ReportStatus,
  type ReportSubjectKind,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import { conflict, createPublishedPlans, findPlan, type Scope } from '../plan/index';
import * as repo from './monitoring.repository';
import { createReportWrites } from './report.writes';
import { createReportWorkbook } from './report.workbook';

/** what the back office counts: what the leads handed in, validated or not */
export const backOfficeCounted: readonly ReportStatus[] = ['submitted', 'validated'];

/**
 * Reporting periods and their reports. A period monitors the approved version in force when it
 * was opened; its subjects (actions, objectives), indicators and money are read from that
 * version's snapshot, which never changes, so it is kept in memory once read.
 */
export function createMonitoringService(db: Db) {
  const published = createPublishedPlans(db);
  const snapshots = new Map<string, PlanSnapshot>();

  async function snapshotOf(scope: Scope, version: number): Promise<PlanSnapshot> {
    const key = `${scope.planId}:${version}`;
    let s = snapshots.get(key);
    if (!s) {
      const v = await published.version(scope.districtId, scope.planId, version);
      if (!v) throw new DomainError('NOT_FOUND');
      s = v.snapshot;
      if (snapshots.size >= 16) snapshots.delete(snapshots.keys().next().value!);
      snapshots.set(key, s);
    }
    return s;
  }

  async function periodOrThrow(tx: Db, scope: Scope, id: string, lock?: 'share' | 'update') {
    const row = await repo.findPeriod(tx, scope, id, lock);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  async function framesOf(scope: Scope, period: repo.PeriodRow): Promise<ReportFrame[]> {
    const snapshot = await snapshotOf(scope, period.planVersion);
    return reportFrames(snapshot, { year: periodYear(period), share: periodYearShare(period) });
  }

  async function planOrThrow(scope: Scope) {
    const plan = await findPlan(db, scope.districtId, scope.planId);
    if (!plan) throw new DomainError('NOT_FOUND');
    return plan;
  }

  function audit(tx: Db, actor: SessionActor, scope: Scope, requestId: string | undefined) {
    return (e: Omit<Parameters<typeof recordAudit>[1], 'districtId' | 'actor' | 'requestId'>) =>
      recordAudit(tx, {
        ...e,
        districtId: scope.districtId,
        actor: { userId: actor.userId, name: actor.name },
        requestId,
      });
  }

  const writes = createReportWrites(db, { periodOrThrow, framesOf, audit });
  const workbook = createReportWorkbook(db, {
    periodOrThrow,
    framesOf,
    rightsOf: writes.rightsOf,
    audit,
  });

  return {
    ...writes,
    ...workbook,

    async listPeriods(actor: SessionActor, scope: Scope) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      await planOrThrow(scope);
      const periods = await repo.listPeriods(db, scope);
      const all = await repo.countReports(
        db,
        periods.map((p) => p.id),
      );
      const today = districtDay();
      const items = [];
      for (const p of periods) {
        const snapshot = await snapshotOf(scope, p.planVersion);
        const mine = all
          .filter((r) => r.periodId === p.id)
          .map((r) => ({
            subjectKind: r.subjectKind as ReportSubjectKind,
            subjectId: r.subjectId,
            status: r.status as ReportStatus,
          }));
        const reports = reportCounts(snapshot, p, mine, today);
        items.push({ ...repo.toPeriod(p), reports });
      }
      return { items };
    },

    async createPeriod(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createPeriodInput>,
      requestId?: string,
    ) {
      assertCan(actor, 'monitoring.manage', { districtId: scope.districtId });
      const plan = await planOrThrow(scope);
      if (plan.latestApprovedVersion === null) {
        throw new DomainError(
          'INVALID_TRANSITION',
          'a plan is monitored once a version of it is approved',
        );
      }
      const version = plan.latestApprovedVersion;
      const row = await db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        await repo.lockPlanPeriods(tx, scope.planId);
        const others = (await repo.listPeriods(tx, scope)).map(repo.toPeriod);
        const problems = periodProblems(input, plan.period, others);
        if (problems.length > 0) {
          throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), {
            issues: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })),
          });
        }
        const created = await repo.insertPeriod(tx, {
          ...scope,
          ...input,
          planVersion: version,
          createdBy: actor.userId,
        });
        await audit(
          tx,
          actor,
          scope,
          requestId,
        )({
          action: 'reporting_period.opened',
          entityType: 'reporting_period',
          entityId: created.id,
          after: repo.toPeriod(created),
        });
        return created;
      });
      return repo.toPeriod(row);
    },

    async getPeriod(actor: SessionActor, scope: Scope, periodId: string) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      const period = await periodOrThrow(db, scope, periodId);
      const snapshot = await snapshotOf(scope, period.planVersion);
      const frames = reportFrames(snapshot, {
        year: periodYear(period),
        share: periodYearShare(period),
      });
      const reports = (await repo.listReports(db, period.id)).map(repo.toReport);
      const today = districtDay();
      const summary = periodSummary(snapshot, period, reports, backOfficeCounted, today);
      const right = await writes.rightsOf(actor, scope);
      const subjects = frames.map((f) => {
        const r = reports.find((x) => x.subjectKind === f.kind && x.subjectId === f.id);
        return {
          kind: f.kind,
          id: f.id,
          code: f.code,
          title: f.title,
          areaTitle: f.areaTitle,
          objective: f.objective,
          lead: f.lead,
          report: r
            ? { id: r.id, status: r.status, updatedAt: r.updatedAt, version: r.version }
            : null,
          late: isLate(r?.status ?? null, period.dueOn, today),
          mayReport: period.status === 'open' && right(f),
        };
      });
      return { period: repo.toPeriod(period), subjects, summary };
    },

    async movePeriod(
      actor: SessionActor,
      scope: Scope,
      periodId: string,
      move: { to: 'open' | 'closed'; version: number; reason?: string },
      requestId?: string,
    ) {
      assertCan(actor, 'monitoring.manage', { districtId: scope.districtId });
      const row = await db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        const period = await periodOrThrow(tx, scope, periodId, 'update');
        const before = repo.toPeriod(period);
        if (period.status === move.to) {
          throw new DomainError('INVALID_TRANSITION', `the period is already ${move.to}`);
        }
        if (period.version !== move.version) throw conflict(before);
        const moved = await repo.movePeriod(tx, period.id, move.version, move.to);
        if (!moved) throw conflict(before);
        await audit(
          tx,
          actor,
          scope,
          requestId,
        )({
          action: move.to === 'closed' ? 'reporting_period.closed' : 'reporting_period.reopened',
          entityType: 'reporting_period',
          entityId: period.id,
          before,
          after: { ...repo.toPeriod(moved), ...(move.reason ? { reason: move.reason } : {}) },
        });
        return moved;
      });
      return repo.toPeriod(row);
    },

    async getReport(
      actor: SessionActor,
      scope: Scope,
      periodId: string,
      kind: ReportSubjectKind,
      subjectId: string,
    ) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      const period = await periodOrThrow(db, scope, periodId);
      const frame = (await framesOf(scope, period)).find(
        (f) => f.kind === kind && f.id === subjectId,
      );
      if (!frame) throw new DomainError('NOT_FOUND');
      const right = await writes.rightsOf(actor, scope);
      // a partner or the health agency reads the reports of what it leads; the plan office, the
      // mayors and the Region read them all
      if (!can(actor, 'monitoring.readAll', { districtId: scope.districtId }) && !right(frame)) {
        const reason =
          'only the lead organization of this action and the plan office read its report';
        throw new DomainError('FORBIDDEN', reason, { details: { reason } });
      }
      const row = await repo.findReport(db, period.id, kind, subjectId);
      const report = row ? repo.toReport(row) : null;
      const today = districtDay();
      return {
        period: repo.toPeriod(period),
        subject: {
          ...frame,
          report: report
            ? {
                id: report.id,
                status: report.status,
                updatedAt: report.updatedAt,
                version: report.version,
              }
            : null,
          late: isLate(report?.status ?? null, period.dueOn, today),
          mayReport: period.status === 'open' && right(frame),
        },
        report,
      };
    },
  };
}
