import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { rowVersionSchema } from '../shared/ids';
import { municipalShareSettingsInput, municipalShareSettingsSchema } from './municipal-share';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['municipal-share'];
/** `null` when creating the rule; the version last read when changing it (409 otherwise). */
const versionField = rowVersionSchema.nullable();

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

export const municipalShareContracts = {
  rule: defineContract({
    method: 'GET',
    path: `${base}/budget/municipal-share/rule`,
    operationId: 'getMunicipalShareRule',
    summary: 'How the municipalities share the municipal part of the budget (null when not set)',
    description:
      'The rule by which the municipalities share the municipal part of the budget: the funding source that is that part, the population year and the split (per inhabitant, fixed percentages or mixed), with its row version; null while the plan has none. Every member of the district may call it; a district or plan the user cannot see answers 404.',
    tags,
    params: planParams,
    response: z.object({ rule: municipalShareRuleRowSchema.nullable() }),
  }),
  setRule: defineContract({
    method: 'PUT',
    path: `${base}/budget/municipal-share/rule`,
    operationId: 'setMunicipalShareRule',
    summary: 'Set the municipal share rule (version null to create it)',
    description:
      'Creates (version null) or replaces (the version read) the municipal share rule of the plan; fixed percentages are basis points (10000 = 100 %) that must name municipalities of the district and add up to 100 %. Only the plan office may call it (other members get 403, non-members 404), while the plan is editable (409 PLAN_NOT_EDITABLE otherwise); a rule that does not fit gives 400 naming the field, and a stale version 409 VERSION_CONFLICT with the current rule.',
    tags,
    params: planParams,
    body: municipalShareSettingsInput.extend({ version: versionField }),
    response: municipalShareRuleRowSchema,
  }),
  table: defineContract({
    method: 'GET',
    path: `${base}/budget/municipal-share`,
    operationId: 'getMunicipalShareTable',
    summary: "Each municipality's share per year, from the rule and the source's availability",
    description:
      "Each municipality's part of the municipal share in each year of the plan, in cents, computed from the rule and the money the rule's source makes available (the parts always add up to the total). When the rule cannot be applied now the table is empty and says why. Every member of the district may call it; a district or plan the user cannot see answers 404.",
    tags,
    params: planParams,
    response: municipalShareTableSchema,
  }),
};
