import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { milestoneSchema, targetGroupSchema } from '../plan/sheet';
import { indicatorDirections } from '../indicators/indicator';
import { progressStatuses } from './progress';
import { spreadsheetMaxBytes, xlsxMediaType } from '../spreadsheets/spreadsheet.contracts';
import { reportImportResultSchema } from './report-import';
import {
  createPeriodInput,
  periodMoveInput,
  reopenPeriodInput,
  reportMoveInput,
  reportSchema,
  reportStatuses,
  reportSubjectKinds,
  reportingPeriodSchema,
  returnReportInput,
  saveReportInput,
} from './reporting';

const base = '/api/districts/:districtId/plans/:planId/monitoring/periods';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const periodParams = planParams.extend({ periodId: z.uuid() });
const reportParams = periodParams.extend({
  subjectKind: z.enum(reportSubjectKinds),
  subjectId: z.uuid(),
});
const tags = ['monitoring'];
const readers =
  'Every member of the district may call it; a district, plan or period the user cannot see answers 404.';
const managers =
  'Only the plan office may call it (other members get 403 naming monitoring.manage, non-members 404).';
const reporters =
  'The plan office may report on any action or objective; a member of the organization that leads an action on that action only; anyone else gets 403 with the reason. A closed period answers 409 PERIOD_CLOSED, a stale version 409 VERSION_CONFLICT with the current report.';

const counts = z.object({
  expected: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  validated: z.number().int(),
  returned: z.number().int(),
  missing: z.number().int(),
  late: z.number().int(),
});
export const periodListItemSchema = reportingPeriodSchema.extend({ reports: counts });

const rolled = z.object({
  status: z.enum(progressStatuses),
  percent: z.number().nullable(),
  counts: z.object({
    onTrack: z.number().int(),
    atRisk: z.number().int(),
    offTrack: z.number().int(),
    noData: z.number().int(),
  }),
});
const indicatorOutcome = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(indicatorDirections),
  baselineValue: z.number().nullable(),
  target: z.number().nullable(),
  expected: z.number().nullable(),
  measured: z.number().nullable(),
  status: z.enum(progressStatuses),
  percent: z.number().nullable(),
});
const moneyLine = {
  allocated: z.number().int(),
  committed: z.number().int(),
  paid: z.number().int(),
  paidPercent: z.number().nullable(),
};
export const periodSummarySchema = z.object({
  year: z.number().int(),
  share: z.number(),
  plan: rolled,
  areas: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      progress: rolled,
      objectives: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          title: z.string(),
          progress: rolled,
          indicators: z.array(indicatorOutcome),
        }),
      ),
    }),
  ),
  spending: z.object({
    lines: z.array(
      z.object({
        sourceCode: z.string(),
        year: z.number().int(),
        ...moneyLine,
        unallocated: z.boolean(),
      }),
    ),
    total: z.object(moneyLine),
  }),
  reports: counts,
});

const orgRef = z.object({ id: z.string(), name: z.string() });
export const reportSubjectSchema = z.object({
  kind: z.enum(reportSubjectKinds),
  id: z.string(),
  code: z.string(),
  title: z.string(),
  areaTitle: z.string(),
  objective: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  lead: orgRef.nullable(),
  report: z
    .object({
      id: z.string(),
      status: z.enum(reportStatuses),
      updatedAt: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  late: z.boolean(),
  /** whether the user asking may write this report */
  mayReport: z.boolean(),
});

export const periodDetailSchema = z.object({
  period: reportingPeriodSchema,
  subjects: z.array(reportSubjectSchema),
  summary: periodSummarySchema,
});

/** What a report is about, as the approved version says it, for the period's year. */
export const reportFrameSchema = reportSubjectSchema.extend({
  milestones: z.array(milestoneSchema),
  targetGroups: z.array(targetGroupSchema),
  indicators: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      direction: z.enum(indicatorDirections),
      baselineValue: z.number().nullable(),
      target: z.number().nullable(),
      expected: z.number().nullable(),
    }),
  ),
  /** what the version allocated to the action for the period's year, by source */
  allocations: z.array(z.object({ sourceCode: z.string(), amount: z.number().int() })),
});

export const reportViewSchema = z.object({
  period: reportingPeriodSchema,
  subject: reportFrameSchema,
  report: reportSchema.nullable(),
});

export const reportingContracts = {
  listPeriods: defineContract({
    method: 'GET',
    path: base,
    operationId: 'listReportingPeriods',
    summary: "The plan's reporting periods, newest first, with their reports counted",
    description: `The reporting periods of a plan, newest first, each with how many reports are expected, in, late or missing. ${readers}`,
    tags,
    params: planParams,
    response: z.object({ items: z.array(periodListItemSchema) }),
  }),
  createPeriod: defineContract({
    method: 'POST',
    path: base,
    operationId: 'createReportingPeriod',
    summary: 'Open a reporting period on the approved version in force',
    description: `Opens a reporting period on the plan's latest approved version: a label, its first and last day (within one year of the plan's round) and the day reports are due. ${managers} A plan without an approved version answers 409 INVALID_TRANSITION; dates that break a rule or overlap another period give 400 naming the field.`,
    tags,
    status: 201,
    params: planParams,
    body: createPeriodInput,
    response: reportingPeriodSchema,
  }),
  getPeriod: defineContract({
    method: 'GET',
    path: `${base}/:periodId`,
    operationId: 'getReportingPeriod',
    summary: 'A period: every action and objective with its report, and the roll-up',
    description: `A reporting period with every action and objective of the version it monitors (lead, report status, late or not, whether the caller may report on it) and the summary: indicators against the year's targets rolled up to objective, area and plan, money committed and paid against the allocations, reports counted. Figures count from submitted and validated reports. ${readers}`,
    tags,
    params: periodParams,
    response: periodDetailSchema,
  }),
  closePeriod: defineContract({
    method: 'POST',
    path: `${base}/:periodId/close`,
    operationId: 'closeReportingPeriod',
    summary: 'Close a period: its figures are locked',
    description: `Closes an open period at the version read: its reports can no longer change. ${managers} A closed period answers 409 INVALID_TRANSITION, a stale version 409 VERSION_CONFLICT.`,
    tags,
    params: periodParams,
    body: periodMoveInput,
    response: reportingPeriodSchema,
  }),
  reopenPeriod: defineContract({
    method: 'POST',
    path: `${base}/:periodId/reopen`,
    operationId: 'reopenReportingPeriod',
    summary: 'Reopen a closed period, with the reason (kept in the activity log)',
    description: `Reopens a closed period at the version read, saying why; the reason is kept in the activity log. ${managers} An open period answers 409 INVALID_TRANSITION.`,
    tags,
    params: periodParams,
    body: reopenPeriodInput,
    response: reportingPeriodSchema,
  }),
  getReport: defineContract({
    method: 'GET',
    path: `${base}/:periodId/reports/:subjectKind/:subjectId`,
    operationId: 'getReport',
    summary: 'The report on an action or objective in a period, with what it reports against',
    description: `The report (null before anyone wrote it) on an action or an objective of the version monitored, with what it is measured against for the period's year: milestones, target groups, indicators with target and expected value, money allocated by source. The plan office, the mayors and the Region read every report; a partner or the health agency only those of the actions it leads (403 with the reason otherwise), a non-member gets 404.`,
    tags,
    params: reportParams,
    response: reportViewSchema,
  }),
  saveReport: defineContract({
    method: 'PUT',
    path: `${base}/:periodId/reports/:subjectKind/:subjectId`,
    operationId: 'saveReport',
    summary: 'Write a report (version 0 to start it), kept as a draft',
    description: `Writes the whole report (progress, milestones reached, people reached per target group, indicator measures, money committed and paid by source in cents), kept as a draft. ${reporters} A measure of another subject's indicator, an unknown milestone or target group, or a source given twice gives 400 naming the row; a submitted report waits for the plan office (409 INVALID_TRANSITION for its lead).`,
    tags,
    params: reportParams,
    body: saveReportInput,
    response: reportSchema,
  }),
  submitReport: defineContract({
    method: 'POST',
    path: `${base}/:periodId/reports/:subjectKind/:subjectId/submit`,
    operationId: 'submitReport',
    summary: 'Hand a report to the plan office',
    description: `Submits a draft or returned report at the version read. ${reporters}`,
    tags,
    params: reportParams,
    body: reportMoveInput,
    response: reportSchema,
  }),
  validateReport: defineContract({
    method: 'POST',
    path: `${base}/:periodId/reports/:subjectKind/:subjectId/validate`,
    operationId: 'validateReport',
    summary: 'Validate a report (plan office)',
    description: `Validates a report at the version read; its figures then count on the portal. ${managers} A closed period answers 409 PERIOD_CLOSED.`,
    tags,
    params: reportParams,
    body: reportMoveInput,
    response: reportSchema,
  }),
  returnReport: defineContract({
    method: 'POST',
    path: `${base}/:periodId/reports/:subjectKind/:subjectId/return`,
    operationId: 'returnReport',
    summary: 'Send a report back to its lead with a note (plan office)',
    description: `Sends a submitted or validated report back to its lead with a note saying what to fix. ${managers} A closed period answers 409 PERIOD_CLOSED.`,
    tags,
    params: reportParams,
    body: returnReportInput,
    response: reportSchema,
  }),
  exportWorkbook: defineContract({
    method: 'GET',
    path: `${base}/:periodId/workbook`,
    operationId: 'exportReportWorkbook',
    summary: 'The reports a user may write in a period, as a workbook to fill in',
    description: `An XLSX workbook of the period, pre-filled with what the caller may report on (the actions its organization leads; everything, for the plan office): a sheet of reports (status, progress, notes, version), one of indicator measures, one of money committed and paid by source. Members who may not report get 403 naming monitoring.report, non-members 404.`,
    tags,
    params: periodParams,
    download: { mediaTypes: [xlsxMediaType] },
    response: z.string().describe('the file'),
  }),
  importWorkbook: defineContract({
    method: 'POST',
    path: `${base}/:periodId/workbook`,
    operationId: 'importReportWorkbook',
    summary: 'Write reports from a filled-in workbook: all rows or none',
    description: `Reads the workbook of exportWorkbook back (at most 5 MB) and writes every report it changes as a draft, all or none. A 400 lists every error by sheet, row and column (a subject the caller may not report on, a report already with the plan office, a number that is not one), a 409 every report changed since the file was made, a closed period answers 409 PERIOD_CLOSED.`,
    tags,
    params: periodParams,
    upload: {
      mediaTypes: [xlsxMediaType, 'application/octet-stream'],
      maxBytes: spreadsheetMaxBytes,
    },
    response: reportImportResultSchema,
  }),
};
