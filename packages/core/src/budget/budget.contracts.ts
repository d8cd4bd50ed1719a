import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { rowVersionSchema } from '../shared/ids';
import { allocationInput, availabilityInput } from './budget';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['budget'];
/** `null` when creating a cell; the version last read when changing one (409 otherwise). */
const versionField = rowVersionSchema.nullable();

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

export const budgetContracts = {
  get: defineContract({
    method: 'GET',
    path: `${base}/budget`,
    operationId: 'getBudget',
    summary: 'Money available per funding source and year, and allocated per action (cents)',
    description:
      'The budget of a plan (quadro delle risorse): the money each funding source makes available in each year, with the carry-over, and what each action gets from each source in each year, in euro cents. Every member of the district may call it; a district or plan the user cannot see answers 404.',
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
    operationId: 'setBudgetAvailability',
    summary: 'Set the money available from a funding source in a year',
    description:
      'Creates (version null) or changes (the version read) the amount and carry-over a funding source makes available in a year, in whole cents up to one billion euro. Only the plan office may call it (other members get 403, non-members 404), while the plan is editable (409 PLAN_NOT_EDITABLE otherwise); a source not in the catalogue, or not valid in that year, gives 400 naming sourceCode, and a stale version 409 VERSION_CONFLICT with the current cell.',
    tags,
    params: planParams,
    body: availabilityInput.extend({ version: versionField }),
    response: availabilityRowSchema,
  }),
  setAllocation: defineContract({
    method: 'PUT',
    path: `${base}/budget/allocations`,
    operationId: 'setBudgetAllocation',
    summary: 'Set the money an action gets from a funding source in a year',
    description:
      'Creates (version null) or changes (the version read) what an action of the plan gets from a funding source in a year, in whole cents up to one billion euro. Only the plan office may call it (other members get 403, non-members 404), while the plan is editable (409 PLAN_NOT_EDITABLE otherwise); an action outside the plan or an unknown source gives 400 naming the field, and a stale version 409 VERSION_CONFLICT with the current cell.',
    tags,
    params: planParams,
    body: allocationInput.extend({ version: versionField }),
    response: allocationRowSchema,
  }),
};
