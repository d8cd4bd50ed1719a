import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { text, textLimits } from '../shared/text';
import { classificationItemSchema } from '../plan/plan';

/**
 * The catalogues (areas, user areas, LEPS, funding sources…) are data shared by every district;
 * the region and the administrators extend them for a new planning round (an `edition`).
 */
const tags = ['classification'];

/** Limits of an added item, shared with the back office's form. */
export const classificationLimits = {
  code: textLimits.code,
  label: textLimits.title,
  edition: textLimits.code,
  /** a scheme's name, as in `interventionArea` */
  scheme: 60,
} as const;

/** A scheme is named by letters and digits (`fundingSource`, `istatUserArea`). */
export const classificationSchemeParams = z.object({
  scheme: z
    .string()
    .max(classificationLimits.scheme)
    .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'letters and digits only'),
});

export const extendClassificationInput = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, 'required')
    .max(classificationLimits.code)
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'capital letters, digits, - and _ only'),
  labelIt: text(classificationLimits.label).trim().min(1, 'required'),
  labelEn: text(classificationLimits.label).trim().min(1, 'required'),
  edition: text(classificationLimits.edition).trim().min(1, 'required'),
});

/** The items of a scheme are read with `planContracts.classification` (listClassificationItems). */
export const extendClassification = defineContract({
  method: 'POST',
  path: '/api/classifications/:scheme',
  operationId: 'addClassificationEntry',
  summary: 'Add an item to a classification (region and administrators), for a planning round',
  description:
    'Adds an item at the end of a classification shared by every district, for a planning round (`edition`). Only the region and the administrators (classification.extend) may call it. 404 for a scheme that does not exist; 409 DUPLICATE, naming `body.code`, for a code already in the scheme.',
  tags,
  status: 201,
  params: classificationSchemeParams,
  body: extendClassificationInput,
  response: classificationItemSchema,
});

export const listClassificationSchemes = defineContract({
  method: 'GET',
  path: '/api/classifications',
  operationId: 'listClassifications',
  summary: 'The classification schemes with how many items each has',
  description:
    'Lists the classification schemes (areas of intervention, ISTAT user areas, funding sources, LEPS…) with the number of items of each. Any signed-in user may read them.',
  tags,
  response: z.object({
    items: z.array(z.object({ scheme: z.string(), count: z.number().int() })),
  }),
});
