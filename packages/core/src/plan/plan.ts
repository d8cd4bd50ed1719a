import { z } from 'zod';
import { periodSchema } from '../shared/period';
import { planPhases } from './plan.lifecycle';
import {
  actionDetailInput,
  actionDetailSchema,
  objectiveSheetInput,
  objectiveSheetSchema,
} from './sheet';

export const planPhaseSchema = z.enum(planPhases);

const text = (max: number) => z.string().trim().max(max);
const title = text(300).min(1, 'required');

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

// Inputs. Writes that change an existing row quote the version they read (optimistic locking).
export const createPlanInput = z.object({ title, period: periodSchema });
export const updatePlanInput = z.object({ title, version: z.number().int() });

export const createAreaInput = z.object({
  title,
  description: text(5000).default(''),
  classificationCode: z.string().max(40).nullable().default(null),
});
export const updateAreaInput = z.object({
  title,
  description: text(5000),
  classificationCode: z.string().max(40).nullable(),
  version: z.number().int(),
});

export const createObjectiveInput = z
  .object({
    areaId: z.uuid(),
    code: text(20).default(''),
    title,
    description: text(10000).default(''),
  })
  .extend(objectiveSheetInput.partial().shape);
/** Any subset of the fields (the sheet saves field by field), with the version read. */
export const updateObjectiveInput = z
  .object({ code: text(20), title, description: text(10000), areaId: z.uuid() })
  .extend(objectiveSheetInput.shape)
  .partial()
  .extend({ version: z.number().int() });

export const createActionInput = z
  .object({
    objectiveId: z.uuid(),
    title,
    description: text(10000).default(''),
  })
  .extend(actionDetailInput.partial().shape);
export const updateActionInput = z
  .object({ title, description: text(10000), objectiveId: z.uuid() })
  .extend(actionDetailInput.shape)
  .partial()
  .extend({ version: z.number().int() });

/** The new order of siblings: every id of the parent, in the order wanted. */
export const reorderInput = z.object({ ids: z.array(z.uuid()).min(1) });

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
