import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { classificationItemSchema } from '../plan/plan';

/**
 * The catalogues (areas, user areas, LEPS, funding sources…) are data shared by every district;
 * the region and the administrators extend them for a new planning round (an `edition`).
 */
export const extendClassificationInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'required')
    .max(40)
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'capital letters, digits, - and _ only'),
  labelIt: z.string().trim().min(1, 'required').max(300),
  labelEn: z.string().trim().min(1, 'required').max(300),
  edition: z.string().trim().min(1, 'required').max(40),
});

export const extendClassification = defineContract({
  method: 'POST',
  path: '/api/classifications/:scheme',
  summary: 'Add an item to a classification (region and administrators), for a planning round',
  tags: ['classification'],
  status: 201,
  params: z.object({ scheme: z.string().max(60) }),
  body: extendClassificationInput,
  response: classificationItemSchema,
});

export const listClassificationSchemes = defineContract({
  method: 'GET',
  path: '/api/classifications',
  summary: 'The classification schemes with how many items each has',
  tags: ['classification'],
  response: z.object({
    items: z.array(z.object({ scheme: z.string(), count: z.number().int() })),
  }),
});
