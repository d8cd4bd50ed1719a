import { z } from 'zod';
import { rowVersionSchema } from '../shared/ids';
import { percentSchema } from '../shared/percent';
import { text, textLimits } from '../shared/text';

/**
 * Indicators measure an objective or an action: a baseline, a target for each year of the plan
 * and the thresholds that grade what was reached (percent of the target).
 */
const trimmed = (max: number) => text(max).trim();

/** Lengths particular to indicators, beside the shared `textLimits`. */
export const indicatorTextLimits = { code: 20, unit: 60 } as const;

/** The most yearly targets an indicator has (a plan lasts at most six years). */
export const MAX_INDICATOR_TARGETS = 10;

export const indicatorKinds = ['process', 'output', 'outcome', 'impact'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const indicatorFrequencies = [
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
  'endOfPlan',
] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];

/** Whether more is better (people reached) or less is better (waiting days). */
export const indicatorDirections = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

const measure = z.number().finite().min(-1e12).max(1e12);
const yearField = z.number().int().min(2000).max(2100);

export const indicatorTargetSchema = z.object({ year: yearField, value: measure });
const indicatorTargetInput = indicatorTargetSchema.strict();
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;

export const indicatorSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  objectiveId: z.uuid().nullable(),
  actionId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(indicatorKinds),
  unit: z.string(),
  dataSource: z.string(),
  frequency: z.enum(indicatorFrequencies),
  reportedBy: z.string(),
  direction: z.enum(indicatorDirections),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: z.array(indicatorTargetSchema),
  /** percent of the target from which the result counts as partly reached */
  partialPercent: z.number().int(),
  /** percent of the target from which the result counts as reached */
  achievedPercent: z.number().int(),
  position: z.number().int(),
  version: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const indicatorFields = {
  code: trimmed(indicatorTextLimits.code),
  name: trimmed(textLimits.title).min(1, 'required'),
  kind: z.enum(indicatorKinds),
  unit: trimmed(indicatorTextLimits.unit),
  dataSource: trimmed(textLimits.title),
  frequency: z.enum(indicatorFrequencies),
  reportedBy: trimmed(textLimits.title),
  direction: z.enum(indicatorDirections),
  baselineValue: measure.nullable(),
  baselineYear: yearField.nullable(),
  targets: z
    .array(indicatorTargetInput)
    .max(MAX_INDICATOR_TARGETS)
    .refine((ts) => new Set(ts.map((t) => t.year)).size === ts.length, 'one target per year'),
  partialPercent: percentSchema,
  achievedPercent: percentSchema,
};

/** An indicator belongs to exactly one objective or one action. */
export const createIndicatorInput = z
  .strictObject({
    objectiveId: z.uuid().nullable().default(null),
    actionId: z.uuid().nullable().default(null),
    ...indicatorFields,
    code: indicatorFields.code.default(''),
    kind: indicatorFields.kind.default('output'),
    unit: indicatorFields.unit.default(''),
    dataSource: indicatorFields.dataSource.default(''),
    frequency: indicatorFields.frequency.default('annual'),
    reportedBy: indicatorFields.reportedBy.default(''),
    direction: indicatorFields.direction.default('increase'),
    baselineValue: indicatorFields.baselineValue.default(null),
    baselineYear: indicatorFields.baselineYear.default(null),
    targets: indicatorFields.targets.default([]),
    partialPercent: indicatorFields.partialPercent.default(60),
    achievedPercent: indicatorFields.achievedPercent.default(100),
  })
  .refine((i) => (i.objectiveId === null) !== (i.actionId === null), {
    message: 'an indicator belongs to one objective or one action',
    path: ['objectiveId'],
  })
  .refine((i) => i.achievedPercent >= i.partialPercent, {
    message: 'achievedPercent must not be below partialPercent',
    path: ['achievedPercent'],
  });

/** Any subset of the fields, with the version read. */
export const updateIndicatorInput = z
  .strictObject(indicatorFields)
  .partial()
  .extend({ version: rowVersionSchema });
