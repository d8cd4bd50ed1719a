import { and, desc, eq, sql } from 'drizzle-orm';
import type { Report, ReportingPeriod, ReportSubjectKind, SaveReportInput } from '@pdz/core';
import type { Db } from '../../db/client';
import { reportingPeriods, reports } from '../../db/schema/monitoring';

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
type Scope = { districtId: string; planId: string };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toPeriod = (r: PeriodRow): ReportingPeriod => ({
  id: r.id,
  planId: r.planId,
  planVersion: r.planVersion,
  label: r.label,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  dueOn: r.dueOn,
  status: r.status as ReportingPeriod['status'],
  closedAt: iso(r.closedAt),
  version: r.version,
});

export const toReport = (r: ReportRow): Report => ({
  id: r.id,
  periodId: r.periodId,
  subjectKind: r.subjectKind as ReportSubjectKind,
  subjectId: r.subjectId,
  status: r.status as Report['status'],
  progress: r.progress as Report['progress'],
  progressPercent: r.progressPercent,
  notes: r.notes,
  milestonesReached: r.milestonesReached,
  peopleReached: r.peopleReached,
  measures: r.measures,
  spending: r.spending,
  reviewNote: r.reviewNote,
  updatedAt: r.updatedAt.toISOString(),
  updatedBy: r.updatedBy,
  submittedAt: iso(r.submittedAt),
  reviewedAt: iso(r.reviewedAt),
  version: r.version,
});

const inPlan = (s: Scope) =>
  and(eq(reportingPeriods.districtId, s.districtId), eq(reportingPeriods.planId, s.planId));

export async function listPeriods(db: Db, scope: Scope): Promise<PeriodRow[]> {
  return db
    .select()
    .from(reportingPeriods)
    .where(inPlan(scope))
    .orderBy(desc(reportingPeriods.startsOn), desc(reportingPeriods.createdAt));
}

/** a period of the plan; `lock` holds it (shared) until the transaction ends, so that closing
 * it waits for the report being written, and a report written after sees it closed */
export async function findPeriod(
  db: Db,
  scope: Scope,
  id: string,
  lock?: 'share' | 'update',
): Promise<PeriodRow | undefined> {
  const q = db
    .select()
    .from(reportingPeriods)
    .where(and(inPlan(scope), eq(reportingPeriods.id, id)));
  const rows = await (lock === 'share' ? q.for('share') : lock === 'update' ? q.for('update') : q);
  return rows[0];
}

/** serializes the writes that must see every period of a plan (a new one must not overlap) */
export async function lockPlanPeriods(db: Db, planId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${planId}, 31))`);
}

export async function insertPeriod(
  db: Db,
  values: Scope & {
    planVersion: number;
    label: string;
    startsOn: string;
    endsOn: string;
    dueOn: string;
    createdBy: string;
  },
): Promise<PeriodRow> {
  const [row] = await db.insert(reportingPeriods).values(values).returning();
  return row!;
}

export async function movePeriod(
  db: Db,
  id: string,
  version: number,
  status: 'open' | 'closed',
): Promise<PeriodRow | undefined> {
  const [row] = await db
    .update(reportingPeriods)
    .set({
      status,
      closedAt: status === 'closed' ? new Date() : null,
      version: version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(reportingPeriods.id, id), eq(reportingPeriods.version, version)))
    .returning();
  return row;
}

export async function listReports(db: Db, periodId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.periodId, periodId));
}

/** the reports of several periods, for counting them */
export async function countReports(
  db: Db,
  periodIds: readonly string[],
): Promise<{ periodId: string; subjectKind: string; subjectId: string; status: string }[]> {
  if (periodIds.length === 0) return [];
  return db
    .select({
      periodId: reports.periodId,
      subjectKind: reports.subjectKind,
      subjectId: reports.subjectId,
      status: reports.status,
    })
    .from(reports)
    .where(sql`${reports.periodId} in ${periodIds}`);
}

export async function findReport(
  db: Db,
  periodId: string,
  kind: ReportSubjectKind,
  subjectId: string,
): Promise<ReportRow | undefined> {
  const rows = await db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.periodId, periodId),
        eq(reports.subjectKind, kind),
        eq(reports.subjectId, subjectId),
      ),
    );
  return rows[0];
}

type Content = Omit<SaveReportInput, 'version'>;

/** a new report; undefined when someone else made it first */
export async function insertReport(
  db: Db,
  values: { districtId: string; periodId: string; subjectKind: string; subjectId: string },
  content: Content,
  userId: string,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .insert(reports)
    .values({ ...values, ...content, updatedBy: userId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export type ReportChange = Partial<Content> & {
  status?: Report['status'];
  reviewNote?: string | null;
  submittedAt?: Date;
  reviewedAt?: Date;
  reviewedBy?: string;
};

/** writes a report at the version read; undefined when it changed meanwhile */
export async function updateReport(
  db: Db,
  id: string,
  version: number,
  change: ReportChange,
  userId: string,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({ ...change, updatedBy: userId, updatedAt: new Date(), version: version + 1 })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row;
}
