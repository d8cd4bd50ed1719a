import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { municipalShareSettingsSchema } from './municipal-share';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['municipal-share'];
/** `null` when creating the rule; the version last read when changing it (409 otherwise). */
const versionField = z.number().int().nullable();

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
    summary: 'How the municipalities share the municipal part of the budget (null when not set)',
    tags,
    params: planParams,
    response: z.object({ rule: municipalShareRuleRowSchema.nullable() }),
  }),
  setRule: defineContract({
    method: 'PUT',
    path: `${base}/budget/municipal-share/rule`,
    summary: 'Set the municipal share rule (version null to create it)',
    tags,
    params: planParams,
    body: municipalShareSettingsSchema.extend({ version: versionField }),
    response: municipalShareRuleRowSchema,
  }),
  table: defineContract({
    method: 'GET',
    path: `${base}/budget/municipal-share`,
    summary: "Each municipality's share per year, from the rule and the source's availability",
    tags,
    params: planParams,
    response: municipalShareTableSchema,
  }),
};
