// Reporting periods and the reports of a period: what an action's lead says it did (progress,
// milestones, people reached, measured indicator values, money committed and paid) and what the
// plan office says of it (validated, or sent back with a note). Shapes and rules, no I/O.
import { z } from 'zod';
import { MAX_ROW_VERSION, rowVersionSchema } from '../shared/ids';
import { text, textLimits } from '../shared/text';
import { isoDateSchema, workStatuses } from '../plan/sheet';

const trimmed = (max: number) => text(max).trim();
/** integer cents, at most ten thousand million euros on one line */
const amount = z.number().int().min(0).max(1_000_000_000_000);

export const periodStatuses = ['open', 'closed'] as const;
export type PeriodStatus = (typeof periodStatuses)[number];

export const reportStatuses = ['draft', 'submitted', 'validated', 'returned'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** what a report is about: an action (its lead reports) or an objective (the plan office) */
export const reportSubjectKinds = ['action', 'objective'] as const;
export type ReportSubjectKind = (typeof reportSubjectKinds)[number];

export const reportingPeriodSchema = z.object({
  id: z.string(),
  planId: z.string(),
  /** the approved version the period monitors: its actions, indicators and money */
  planVersion: z.number().int(),
  label: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  dueOn: isoDateSchema,
  status: z.enum(periodStatuses),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;

export const createPeriodInput = z.strictObject({
  label: trimmed(textLimits.title).min(1, 'required'),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  dueOn: isoDateSchema,
});
export const periodMoveInput = z.strictObject({ version: rowVersionSchema });
export const reopenPeriodInput = z.strictObject({
  version: rowVersionSchema,
  reason: trimmed(textLimits.short).min(1, 'required'),
});

const measureSchema = z.object({
  indicatorId: z.string(),
  value: z.number().finite().nullable(),
  note: z.string(),
});
const spendingSchema = z.object({ sourceCode: z.string(), committed: amount, paid: amount });
const reachedSchema = z.object({
  userAreaCode: z.string(),
  count: z.number().int().min(0).max(10_000_000),
});

export const reportSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  subjectKind: z.enum(reportSubjectKinds),
  subjectId: z.string(),
  status: z.enum(reportStatuses),
  progress: z.enum(workStatuses).nullable(),
  progressPercent: z.number().int().min(0).max(100).nullable(),
  notes: z.string(),
  milestonesReached: z.array(z.string()),
  peopleReached: z.array(reachedSchema),
  measures: z.array(measureSchema),
  spending: z.array(spendingSchema),
  reviewNote: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Report = z.infer<typeof reportSchema>;

/** what a lead writes; `version` 0 makes the report, any other quotes the version read */
export const saveReportInput = z.strictObject({
  version: z.number().int().min(0).max(MAX_ROW_VERSION),
  progress: z.enum(workStatuses).nullable(),
  progressPercent: z.number().int().min(0).max(100).nullable(),
  notes: trimmed(textLimits.long),
  milestonesReached: z.array(trimmed(textLimits.title)).max(50),
  peopleReached: z
    .array(
      z.strictObject({
        userAreaCode: trimmed(textLimits.code).min(1),
        count: z.number().int().min(0).max(10_000_000),
      }),
    )
    .max(20),
  measures: z
    .array(
      z.strictObject({
        indicatorId: z.uuid(),
        value: z.number().finite().min(-1e12).max(1e12).nullable(),
        note: trimmed(textLimits.short),
      }),
    )
    .max(100),
  spending: z
    .array(
      z.strictObject({
        sourceCode: trimmed(textLimits.code).min(1),
        committed: amount,
        paid: amount,
      }),
    )
    .max(50),
});
export type SaveReportInput = z.infer<typeof saveReportInput>;
export const reportMoveInput = z.strictObject({ version: rowVersionSchema });
export const returnReportInput = z.strictObject({
  version: rowVersionSchema,
  note: trimmed(textLimits.short).min(1, 'required'),
});

/** A field of a period that breaks a rule, with the rule broken (in English; the web says it). */
export interface PeriodProblem {
  field: 'startsOn' | 'endsOn' | 'dueOn';
  message: string;
}

/**
 * The rules of a new period: it ends on or after it starts, within one calendar year of the
 * plan's round (a year's targets are what it is measured against), is due on or after its end,
 * and does not overlap another period of the plan.
 */
export function periodProblems(
  period: { startsOn: string; endsOn: string; dueOn: string },
  round: { startYear: number; endYear: number },
  others: readonly { startsOn: string; endsOn: string; label: string }[],
): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const { startsOn, endsOn, dueOn } = period;
  if (endsOn < startsOn) problems.push({ field: 'endsOn', message: 'must not be before startsOn' });
  const year = Number(endsOn.slice(0, 4));
  if (Number(startsOn.slice(0, 4)) !== year) {
    problems.push({ field: 'startsOn', message: 'must be in the same year as endsOn' });
  }
  if (year < round.startYear || year > round.endYear) {
    problems.push({
      field: 'endsOn',
      message: `must be within the plan's years ${round.startYear}–${round.endYear}`,
    });
  }
  if (dueOn < endsOn) problems.push({ field: 'dueOn', message: 'must not be before endsOn' });
  const overlapping = others.find((o) => o.startsOn <= endsOn && startsOn <= o.endsOn);
  if (overlapping) {
    problems.push({ field: 'startsOn', message: `overlaps the period "${overlapping.label}"` });
  }
  return problems;
}

/** the calendar year a period reports on */
export const periodYear = (period: { endsOn: string }): number => Number(period.endsOn.slice(0, 4));

/**
 * How much of its year has gone by at the end of a period (1 on 31 December), the share of the
 * way from the baseline to the year's target that a measure taken then is expected to have gone.
 */
export function periodYearShare(period: { endsOn: string }): number {
  const year = periodYear(period);
  const start = Date.UTC(year, 0, 1);
  const end = Date.parse(`${period.endsOn}T00:00:00Z`) + 86_400_000;
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return Math.min(1, Math.max(0, (end - start) / 86_400_000 / days));
}

/** a report whose period is past due and which is not yet with the plan office */
export function isLate(status: ReportStatus | null, dueOn: string, today: string): boolean {
  return today > dueOn && (status === null || status === 'draft' || status === 'returned');
}

export type ReportMove = 'save' | 'submit' | 'validate' | 'return';

/**
 * Whether a report in `status` may make `move`, by whom. A lead edits and submits while the
 * report is a draft or sent back; once submitted it waits for the plan office, which validates
 * it or sends it back with a note; the plan office may also correct and validate what it got.
 * A validated report is final until the plan office sends it back.
 */
export function reportMoveAllowed(
  status: ReportStatus | null,
  move: ReportMove,
  byPlanOffice: boolean,
): boolean {
  const editable = status === null || status === 'draft' || status === 'returned';
  switch (move) {
    case 'save':
      return editable || (byPlanOffice && status === 'submitted');
    case 'submit':
      return status === 'draft' || status === 'returned';
    case 'validate':
      return (
        byPlanOffice && (status === 'submitted' || status === 'draft' || status === 'returned')
      );
    case 'return':
      return byPlanOffice && (status === 'submitted' || status === 'validated');
  }
}

/**
 * Who may write a report: the plan office any; a member of the organization that leads an
 * action that action's; an objective's only the plan office. The reason is what a refusal says.
 */
export function reportRight(
  subject: { kind: ReportSubjectKind; leadId: string | null },
  who: { planOffice: boolean; organizationIds: readonly string[] },
): { allowed: true } | { allowed: false; reason: string } {
  if (who.planOffice) return { allowed: true };
  if (subject.kind === 'objective') {
    return { allowed: false, reason: 'only the plan office reports on an objective' };
  }
  if (subject.leadId !== null && who.organizationIds.includes(subject.leadId)) {
    return { allowed: true };
  }
  return { allowed: false, reason: 'only the lead organization of this action reports on it' };
}
