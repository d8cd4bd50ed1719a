import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { allocationInput, availabilityInput } from './budget';

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
};
