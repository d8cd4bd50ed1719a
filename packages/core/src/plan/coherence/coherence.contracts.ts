import { z } from 'zod';
import { defineContract } from '../../shared/contract';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const tags = ['plan'];

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

export const coherenceContracts = {
  get: defineContract({
    method: 'GET',
    path: `${base}/coherence`,
    operationId: 'getPlanCoherence',
    summary: 'What is wrong with the plan: blocking problems (approval refused) and warnings',
    description:
      'Checks the plan as it is now and lists every problem with where it is (area, objective, action, funding source and year): blocking ones refuse the approval, warnings do not. Every member of the district may call it; a district or plan the user cannot see answers 404.',
    tags,
    params: planParams,
    response: z.object({ problems: z.array(coherenceProblemSchema), hasBlocking: z.boolean() }),
  }),
};
