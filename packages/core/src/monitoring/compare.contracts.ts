import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { MAX_ROW_VERSION } from '../shared/ids';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const versionNumber = z.coerce.number().int().min(1).max(MAX_ROW_VERSION);

const fieldChangeSchema = z.object({
  field: z.string(),
  /** the value as canonical JSON text */
  from: z.string(),
  to: z.string(),
});
const itemChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  id: z.string(),
  label: z.string(),
  fields: z.array(fieldChangeSchema),
});
const moneyCell = { from: z.number().int(), to: z.number().int(), delta: z.number().int() };

export const planComparisonSchema = z.object({
  plan: z.array(fieldChangeSchema),
  areas: z.array(itemChangeSchema),
  objectives: z.array(itemChangeSchema),
  actions: z.array(itemChangeSchema),
  indicators: z.array(itemChangeSchema),
  money: z.object({
    bySourceYear: z.array(
      z.object({ sourceCode: z.string(), year: z.number().int(), ...moneyCell }),
    ),
    byAction: z.array(z.object({ actionId: z.string(), label: z.string(), ...moneyCell })),
    total: z.object(moneyCell),
  }),
  chapters: z.array(
    itemChangeSchema.extend({
      paragraphs: z.array(
        z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }),
      ),
    }),
  ),
});

export const comparisonContracts = {
  get: defineContract({
    method: 'GET',
    path: `${base}/comparison`,
    operationId: 'getPlanComparison',
    summary: 'What changed between two versions of a plan',
    description:
      'Compares approved version `from` with approved version `to`, or with the live draft when `to` is not given: areas, objectives, actions and indicators added, removed or changed field by field (values as JSON text), money by funding source and year and by action (amounts in cents, with the difference), chapters paragraph by paragraph. Every member of the district may call it; a district, plan or version the user cannot see answers 404.',
    tags: ['plan'],
    params: planParams,
    query: z.strictObject({ from: versionNumber, to: versionNumber.optional() }),
    response: planComparisonSchema,
  }),
};
