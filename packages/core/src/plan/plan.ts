import { z } from 'zod';
import { rowVersionSchema } from '../shared/ids';
import { periodSchema } from '../shared/period';
import { text, textLimits } from '../shared/text';
import { planPhases } from './plan.lifecycle';
import {
  actionDetailInput,
  actionDetailSchema,
  objectiveSheetInput,
  objectiveSheetSchema,
  planTextLimits,
} from './sheet';

export const planPhaseSchema = z.enum(planPhases);

const trimmed = (max: number) => text(max).trim();
const title = trimmed(textLimits.title).min(1, 'required');
const description = trimmed(textLimits.long);
const classificationCode = trimmed(textLimits.code).nullable();

export const actionSchema = z
  .object({
    id: z.uuid(),
    objectiveId: z.uuid(),
    title: z.string(),
    description: z.string(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .extend(actionDetailSchema.shape);
export type Action = z.infer<typeof actionSchema>;

export const objectiveSchema = z
  .object({
    id: z.uuid(),
    areaId: z.uuid(),
    code: z.string(),
    title: z.string(),
    description: z.string(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .extend(objectiveSheetSchema.shape);
export type Objective = z.infer<typeof objectiveSchema>;

export const areaSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  classificationCode: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  position: z.number().int(),
  version: z.number().int(),
});
export type Area = z.infer<typeof areaSchema>;

export const planSchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  title: z.string(),
  period: periodSchema,
  phase: planPhaseSchema,
  version: z.number().int(),
  isDemo: z.boolean(),
  latestApprovedVersion: z.number().int().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Plan = z.infer<typeof planSchema>;

export const objectiveNodeSchema = objectiveSchema.extend({ actions: z.array(actionSchema) });
export const areaNodeSchema = areaSchema.extend({ objectives: z.array(objectiveNodeSchema) });
export const planTreeSchema = planSchema.extend({ areas: z.array(areaNodeSchema) });
export type PlanTree = z.infer<typeof planTreeSchema>;
export type AreaNode = z.infer<typeof areaNodeSchema>;
export type ObjectiveNode = z.infer<typeof objectiveNodeSchema>;

// Inputs: strict (an unknown field is refused, naming it) and bounded. Writes that change an
// existing row quote the version they read (optimistic locking).
export const createPlanInput = z.strictObject({ title, period: periodSchema.strict() });
export const updatePlanInput = z.strictObject({ title, version: rowVersionSchema });

export const createAreaInput = z.strictObject({
  title,
  description: description.default(''),
  classificationCode: classificationCode.default(null),
});
export const updateAreaInput = z.strictObject({
  title,
  description,
  classificationCode,
  version: rowVersionSchema,
});

const objectiveCode = trimmed(planTextLimits.objectiveCode);

export const createObjectiveInput = z
  .strictObject({
    areaId: z.uuid(),
    code: objectiveCode.default(''),
    title,
    description: description.default(''),
  })
  .extend(objectiveSheetInput.partial().shape);
/** Any subset of the fields (the sheet saves field by field), with the version read. */
export const updateObjectiveInput = z
  .strictObject({ code: objectiveCode, title, description, areaId: z.uuid() })
  .extend(objectiveSheetInput.shape)
  .partial()
  .extend({ version: rowVersionSchema });

export const createActionInput = z
  .strictObject({
    objectiveId: z.uuid(),
    title,
    description: description.default(''),
  })
  .extend(actionDetailInput.partial().shape);
export const updateActionInput = z
  .strictObject({ title, description, objectiveId: z.uuid() })
  .extend(actionDetailInput.shape)
  .partial()
  .extend({ version: rowVersionSchema });

/** The most siblings a reorder lists (areas of a plan, objectives of an area…). */
export const MAX_REORDER_IDS = 1_000;

/** The new order of siblings: every id of the parent, in the order wanted. */
export const reorderInput = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(MAX_REORDER_IDS),
});

export const classificationItemSchema = z.object({
  scheme: z.string(),
  code: z.string(),
  labelIt: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
  /** the planning round (or catalogue release) that introduced the item */
  edition: z.string().optional(),
  /** the first and last year the item may be used in (null: no known bound), see validity.ts */
  validFrom: z.number().int().nullable().optional(),
  validTo: z.number().int().nullable().optional(),
});
export type ClassificationItem = z.infer<typeof classificationItemSchema>;
