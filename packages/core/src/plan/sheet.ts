import { z } from 'zod';
import { percentMessage, percentSchema } from '../shared/percent';
import { text, textLimits } from '../shared/text';

/**
 * The objective sheet (scheda obiettivo) and the detail of an action, beyond their title and
 * description. Codes (user areas, LEPS, policy sectors, staff profiles, macro-areas) refer to
 * classification rows; they are data, checked against the catalogue by the server, never enums.
 */
const trimmed = (max: number) => text(max).trim();
const code = trimmed(textLimits.code).min(1, 'required');

/**
 * Lengths particular to the plan's content, beside the shared `textLimits`: the back office's
 * forms take them from here, the spreadsheet import checks the same numbers.
 */
export const planTextLimits = {
  /** an objective's code (`OB1`, `2.3`) */
  objectiveCode: 20,
  healthInvolvement: 5_000,
  /** how the objective integrates with another policy */
  policyNote: 2_000,
  gradingLabel: 120,
} as const;

/** The most rows of each list of the sheet (a longer list is a mistake, not a plan). */
export const sheetListLimits = {
  targetGroups: 20,
  lepsCodes: 20,
  policyIntegration: 20,
  staff: 30,
  grading: 10,
  partners: 30,
  milestones: 50,
} as const;

export const objectiveKinds = ['strategic', 'system', 'governance', 'policy'] as const;
export type ObjectiveKind = (typeof objectiveKinds)[number];

/** Where an objective or action stands; shared by both. */
export const workStatuses = [
  'planned',
  'inProgress',
  'completed',
  'suspended',
  'cancelled',
] as const;
export type WorkStatus = (typeof workStatuses)[number];

/** An ISTAT user area served, with how many people are expected to be reached. */
export const targetGroupSchema = z.object({
  userAreaCode: code,
  expected: z.number().int().min(0).max(10_000_000).nullable(),
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;
/** A written row takes no other field (nor do the other rows below). */
const targetGroupInput = targetGroupSchema.strict();

/** Integration with another policy (health, education, work, housing…) and how. */
export const policyIntegrationSchema = z.object({
  sectorCode: code,
  note: trimmed(planTextLimits.policyNote),
});
export type PolicyIntegration = z.infer<typeof policyIntegrationSchema>;
const policyIntegrationInput = policyIntegrationSchema.strict();

/** The message of a value with more than two decimals (staff FTE). */
export const decimalsMessage = 'at most two decimals';

/** Staff devoted to the objective: full-time equivalents by profile (two decimals at most). */
export const staffLineSchema = z.object({
  profileCode: code,
  fte: z
    .number()
    .min(0)
    .max(10_000)
    // 1.1 * 100 is 110.00000000000001 in binary floating point: compare with a tolerance
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, decimalsMessage),
});
export type StaffLine = z.infer<typeof staffLineSchema>;
const staffLineInput = staffLineSchema.strict();

/** The messages of the grading rule (stable: the web words them by these texts). */
export const gradingMessages = {
  percent: percentMessage,
  order: 'toPercent must not be below fromPercent',
  empty: 'at least one range',
  start: 'the first range must start at 0',
  end: 'the last range must end at 100',
  ascending: 'ranges must go from the lowest to the highest',
  overlap: 'ranges must not overlap',
  gap: 'ranges must leave no gap',
} as const;

/** A range of achievement (percent of the targets reached) and what it is called. */
const gradingRangeShape = z.object({
  fromPercent: z.number().int(),
  toPercent: z.number().int(),
  label: z.string(),
});
export type GradingRange = z.infer<typeof gradingRangeShape>;

/** A bound of a grading range: a whole percent from 0 to 100. */
const percentBound = percentSchema;

export const gradingRangeSchema = z
  .strictObject({
    fromPercent: percentBound,
    toPercent: percentBound,
    label: trimmed(planTextLimits.gradingLabel).min(1, 'required'),
  })
  .refine((r) => r.toPercent >= r.fromPercent, {
    message: gradingMessages.order,
    path: ['toPercent'],
  });

/**
 * The grading of an objective, checked on every write (API, form, import). The rule: one to ten
 * ranges of whole percents of the targets reached, each bound from 0 to 100, each range ending
 * at or after its start; listed from the lowest, the first starting at 0, each next one starting
 * right after the previous ends (no overlap, no gap) and the last ending at 100, so that every
 * result from 0 % to 100 % falls in exactly one range. A problem is reported on the bound to fix
 * (`[i, 'fromPercent']`, `[i, 'toPercent']`) with one of `gradingMessages`.
 */
export const gradingSchema = z
  .array(gradingRangeSchema)
  .min(1, gradingMessages.empty)
  .max(sheetListLimits.grading)
  .superRefine((ranges, ctx) => {
    const at = (i: number, bound: 'fromPercent' | 'toPercent', message: string) =>
      ctx.addIssue({ code: 'custom', message, path: [i, bound] });
    if (ranges.length === 0) return;
    if (ranges[0]!.fromPercent !== 0) at(0, 'fromPercent', gradingMessages.start);
    for (let i = 1; i < ranges.length; i++) {
      const prev = ranges[i - 1]!;
      const { fromPercent } = ranges[i]!;
      if (fromPercent < prev.fromPercent) at(i, 'fromPercent', gradingMessages.ascending);
      else if (fromPercent <= prev.toPercent) at(i, 'fromPercent', gradingMessages.overlap);
      else if (fromPercent > prev.toPercent + 1) at(i, 'fromPercent', gradingMessages.gap);
    }
    if (ranges[ranges.length - 1]!.toPercent !== 100)
      at(ranges.length - 1, 'toPercent', gradingMessages.end);
  });

export const defaultGrading: GradingRange[] = [
  { fromPercent: 0, toPercent: 49, label: 'Non raggiunto' },
  { fromPercent: 50, toPercent: 89, label: 'Parzialmente raggiunto' },
  { fromPercent: 90, toPercent: 100, label: 'Raggiunto' },
];

export const isoDateSchema = z.iso.date();

export const objectiveSheetSchema = z.object({
  macroAreaCode: z.string().nullable(),
  kind: z.enum(objectiveKinds),
  sharedWithOtherDistricts: z.boolean(),
  need: z.string(),
  targetGroups: z.array(targetGroupSchema),
  lepsCodes: z.array(z.string()),
  policyIntegration: z.array(policyIntegrationSchema),
  healthInvolvement: z.string(),
  coProgramming: z.boolean(),
  coDesign: z.boolean(),
  staff: z.array(staffLineSchema),
  // as stored: ranges saved before the rule was checked are still read
  grading: z.array(gradingRangeShape),
  status: z.enum(workStatuses),
});
export type ObjectiveSheet = z.infer<typeof objectiveSheetSchema>;

/** What the sheet fields accept on a write (each may be sent alone). */
export const objectiveSheetInput = z.strictObject({
  macroAreaCode: trimmed(textLimits.code).nullable(),
  kind: z.enum(objectiveKinds),
  sharedWithOtherDistricts: z.boolean(),
  need: trimmed(textLimits.long),
  targetGroups: z.array(targetGroupInput).max(sheetListLimits.targetGroups),
  lepsCodes: z.array(code).max(sheetListLimits.lepsCodes),
  policyIntegration: z.array(policyIntegrationInput).max(sheetListLimits.policyIntegration),
  healthInvolvement: trimmed(planTextLimits.healthInvolvement),
  coProgramming: z.boolean(),
  coDesign: z.boolean(),
  staff: z.array(staffLineInput).max(sheetListLimits.staff),
  grading: gradingSchema,
  status: z.enum(workStatuses),
});

export const partnerSchema = z.object({
  organizationId: z.uuid(),
  role: trimmed(textLimits.title),
});
export type Partner = z.infer<typeof partnerSchema>;

export const milestoneSchema = z.object({
  title: trimmed(textLimits.title).min(1, 'required'),
  dueDate: isoDateSchema.nullable(),
  done: z.boolean(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const actionDetailSchema = z.object({
  leadOrganizationId: z.uuid().nullable(),
  partners: z.array(partnerSchema),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema),
  targetGroups: z.array(targetGroupSchema),
  status: z.enum(workStatuses),
});
export type ActionDetail = z.infer<typeof actionDetailSchema>;

export const actionDetailInput = z.strictObject({
  leadOrganizationId: z.uuid().nullable(),
  partners: z.array(partnerSchema.strict()).max(sheetListLimits.partners),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  milestones: z.array(milestoneSchema.strict()).max(sheetListLimits.milestones),
  targetGroups: z.array(targetGroupInput).max(sheetListLimits.targetGroups),
  status: z.enum(workStatuses),
});

/** An action must not end before it starts (ISO dates compare as text); either may be missing. */
export function endsBeforeStart(start: string | null | undefined, end: string | null | undefined) {
  return Boolean(start && end && end < start);
}

/** Where a list names a code already named before it (each code is listed once). */
export function repeatedAt(codes: readonly string[]): number[] {
  const seen = new Set<string>();
  const at: number[] = [];
  codes.forEach((code, i) => {
    if (seen.has(code)) at.push(i);
    seen.add(code);
  });
  return at;
}

export const emptyObjectiveSheet: ObjectiveSheet = {
  macroAreaCode: null,
  kind: 'strategic',
  sharedWithOtherDistricts: false,
  need: '',
  targetGroups: [],
  lepsCodes: [],
  policyIntegration: [],
  healthInvolvement: '',
  coProgramming: false,
  coDesign: false,
  staff: [],
  grading: defaultGrading,
  status: 'planned',
};

export const emptyActionDetail: ActionDetail = {
  leadOrganizationId: null,
  partners: [],
  startDate: null,
  endDate: null,
  milestones: [],
  targetGroups: [],
  status: 'planned',
};
