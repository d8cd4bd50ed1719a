import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { allocationInput, availabilityInput } from './budget';
import { municipalShareSettingsSchema } from './municipal-share';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['budget'];
/** `null` when creating a cell; the version last read when changing one (409 otherwise). */
const versionField = z.number().int().nullable();

export const availabilityRowSchema = z.object({
  sourceCode: z.string(),
  year: z.number().int(),
  amount: z.number().int(),
  carryOver: z.number().int(),
  version: z.number().int(),
});
export const allocationRowSchema = z.object({
  actionId: z.uuid(),
  sourceCode: z.string(),
  year: z.number().int(),
  amount: z.number().int(),
  version: z.number().int(),
});

export const coherenceProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['blocking', 'warning']),
  target: z.object({
    kind: z.string(),
    id: z.string().optional(),
    sourceCode: z.string().optional(),
    year: z.number().int().optional(),
  }),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The plan's municipal share rule as stored, with its row version. */
export const municipalShareRuleRowSchema = municipalShareSettingsSchema.extend({
  version: z.number().int(),
});
export type MunicipalShareRuleRow = z.infer<typeof municipalShareRuleRowSchema>;

/** One municipality's part of one year's municipal share (cents). */
export const municipalShareTableRowSchema = z.object({
  municipalityId: z.uuid(),
  name: z.string(),
  population: z.number().int(),
  byPopulation: z.number().int(),
  equalPart: z.number().int(),
  fixedPart: z.number().int(),
  amount: z.number().int(),
});

export const municipalShareTableSchema = z.object({
  /** null: the plan has no rule yet (the screen shows an empty state) */
  rule: municipalShareRuleRowSchema.nullable(),
  years: z.array(
    z.object({
      year: z.number().int(),
      /** availability + carry-over of the rule's source in that year */
      total: z.number().int(),
      rows: z.array(municipalShareTableRowSchema),
    }),
  ),
  /** why the rule cannot be applied now (e.g. a fixed share names a removed municipality) */
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type MunicipalShareTable = z.infer<typeof municipalShareTableSchema>;

export const budgetContracts = {
  get: defineContract({
    method: 'GET',
    path: `${base}/budget`,
    summary: 'Money available per funding source and year, and allocated per action (cents)',
    tags,
    params: planParams,
    response: z.object({
      availability: z.array(availabilityRowSchema),
      allocations: z.array(allocationRowSchema),
    }),
  }),
  setAvailability: defineContract({
    method: 'PUT',
    path: `${base}/budget/availability`,
    summary: 'Set the money available from a funding source in a year',
    tags,
    params: planParams,
    body: availabilityInput.extend({ version: versionField }),
    response: availabilityRowSchema,
  }),
  setAllocation: defineContract({
    method: 'PUT',
    path: `${base}/budget/allocations`,
    summary: 'Set the money an action gets from a funding source in a year',
    tags,
    params: planParams,
    body: allocationInput.extend({ version: versionField }),
    response: allocationRowSchema,
  }),
  coherence: defineContract({
    method: 'GET',
    path: `${base}/coherence`,
    summary: 'What is wrong with the plan: blocking problems (approval refused) and warnings',
    tags,
    params: planParams,
    response: z.object({ problems: z.array(coherenceProblemSchema), hasBlocking: z.boolean() }),
  }),
  municipalShareRule: defineContract({
    method: 'GET',
    path: `${base}/budget/municipal-share/rule`,
    summary: 'How the municipalities share the municipal part of the budget (null when not set)',
    tags,
    params: planParams,
    response: z.object({ rule: municipalShareRuleRowSchema.nullable() }),
  }),
  setMunicipalShareRule: defineContract({
    method: 'PUT',
    path: `${base}/budget/municipal-share/rule`,
    summary: 'Set the municipal share rule (version null to create it)',
    tags,
    params: planParams,
    body: municipalShareSettingsSchema.extend({ version: versionField }),
    response: municipalShareRuleRowSchema,
  }),
  municipalShareTable: defineContract({
    method: 'GET',
    path: `${base}/budget/municipal-share`,
    summary: "Each municipality's share per year, from the rule and the source's availability",
    tags,
    params: planParams,
    response: municipalShareTableSchema,
  }),
};
