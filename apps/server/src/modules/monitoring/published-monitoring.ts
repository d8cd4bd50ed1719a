import { districtDay, periodSummary, type PeriodSummary, type ReportingPeriod } from '@pdz/core';
import type { Db } from '../../db/client';
import { createPublishedPlans } from '../plan/index';
import * as repo from './monitoring.repository';

/**
 * What citizens see of the monitoring: only closed periods, whose figures are locked, and of
 * them only what the plan office validated.
 */
export function createPublishedMonitoring(db: Db) {
  const published = createPublishedPlans(db);
  const scope = (districtId: string, planId: string) => ({ districtId, planId });
  return {
    /** the closed periods of a plan, newest first */
    async periods(districtId: string, planId: string): Promise<ReportingPeriod[]> {
      const rows = await repo.listPeriods(db, scope(districtId, planId));
      return rows.filter((r) => r.status === 'closed').map(repo.toPeriod);
    },
    /** a closed period and its summary; undefined when there is no such closed period */
    async period(
      districtId: string,
      planId: string,
      periodId: string,
    ): Promise<{ period: ReportingPeriod; summary: PeriodSummary } | undefined> {
      const row = await repo.findPeriod(db, scope(districtId, planId), periodId);
      if (!row || row.status !== 'closed') return undefined;
      const version = await published.version(districtId, planId, row.planVersion);
      if (!version) return undefined;
      const reports = (await repo.listReports(db, row.id)).map(repo.toReport);
      const summary = periodSummary(version.snapshot, row, reports, ['validated'], districtDay());
      return { period: repo.toPeriod(row), summary };
    },
  };
}
export type PublishedMonitoring = ReturnType<typeof createPublishedMonitoring>;
