import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  reportingContracts,
  type ContractBody,
  type ContractResponse,
  type ReportSubjectKind,
} from '@pdz/core';
import { call } from '../../api/client';

export type PeriodListItem = ContractResponse<
  typeof reportingContracts.listPeriods
>['items'][number];
export type PeriodDetail = ContractResponse<typeof reportingContracts.getPeriod>;
export type PeriodSummaryData = PeriodDetail['summary'];
export type ReportSubject = PeriodDetail['subjects'][number];
export type ReportView = ContractResponse<typeof reportingContracts.getReport>;
export type ReportFrameData = ReportView['subject'];
export type SavedReport = ContractResponse<typeof reportingContracts.saveReport>;
export type SaveReportBody = ContractBody<typeof reportingContracts.saveReport>;
export type CreatePeriodBody = ContractBody<typeof reportingContracts.createPeriod>;

/** One report: which period, which action or objective. */
export interface ReportRef {
  periodId: string;
  subjectKind: ReportSubjectKind;
  subjectId: string;
}

/** Every read of a plan's monitoring starts with the same two parts: a write refreshes them all. */
export const monitoringKeys = {
  all: (districtId: string, planId: string) => ['monitoring', districtId, planId] as const,
  periods: (districtId: string, planId: string) =>
    ['monitoring', districtId, planId, 'periods'] as const,
  period: (districtId: string, planId: string, periodId: string) =>
    ['monitoring', districtId, planId, 'period', periodId] as const,
  report: (districtId: string, planId: string, ref: ReportRef) =>
    [
      'monitoring',
      districtId,
      planId,
      'report',
      ref.periodId,
      ref.subjectKind,
      ref.subjectId,
    ] as const,
};

export function usePeriods(districtId: string, planId: string) {
  return useQuery({
    queryKey: monitoringKeys.periods(districtId, planId),
    queryFn: () => call(reportingContracts.listPeriods, { params: { districtId, planId } }),
  });
}

export function usePeriod(districtId: string, planId: string, periodId: string) {
  return useQuery({
    queryKey: monitoringKeys.period(districtId, planId, periodId),
    queryFn: () => call(reportingContracts.getPeriod, { params: { districtId, planId, periodId } }),
  });
}

export function useReport(districtId: string, planId: string, ref: ReportRef) {
  return useQuery({
    queryKey: monitoringKeys.report(districtId, planId, ref),
    queryFn: () => call(reportingContracts.getReport, { params: { districtId, planId, ...ref } }),
  });
}

/**
 * The writes of a plan's monitoring. Each is followed by a fresh read of every monitoring view of
 * the plan (the list's counts, the period's roll-up, the report), whether it worked or not: on
 * failure the re-read shows what is true now.
 */
export function useMonitoringWrites(districtId: string, planId: string) {
  const queryClient = useQueryClient();
  const plan = { districtId, planId };
  async function write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } finally {
      await queryClient.invalidateQueries({ queryKey: monitoringKeys.all(districtId, planId) });
    }
  }
  return {
    createPeriod: (body: CreatePeriodBody) =>
      write(() => call(reportingContracts.createPeriod, { params: plan, body })),
    closePeriod: (periodId: string, version: number) =>
      write(() =>
        call(reportingContracts.closePeriod, {
          params: { ...plan, periodId },
          body: { version },
        }),
      ),
    reopenPeriod: (periodId: string, version: number, reason: string) =>
      write(() =>
        call(reportingContracts.reopenPeriod, {
          params: { ...plan, periodId },
          body: { version, reason },
        }),
      ),
    saveReport: (ref: ReportRef, body: SaveReportBody) =>
      write(() => call(reportingContracts.saveReport, { params: { ...plan, ...ref }, body })),
    submitReport: (ref: ReportRef, version: number) =>
      write(() =>
        call(reportingContracts.submitReport, { params: { ...plan, ...ref }, body: { version } }),
      ),
    validateReport: (ref: ReportRef, version: number) =>
      write(() =>
        call(reportingContracts.validateReport, {
          params: { ...plan, ...ref },
          body: { version },
        }),
      ),
    returnReport: (ref: ReportRef, version: number, note: string) =>
      write(() =>
        call(reportingContracts.returnReport, {
          params: { ...plan, ...ref },
          body: { version, note },
        }),
      ),
  };
}

export type MonitoringWrites = ReturnType<typeof useMonitoringWrites>;
