import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { districtSchema, districtSummarySchema, organizationSchema } from './district';
import { permissions } from '../access/permissions';
import { organizationKindSchema, roleSchema } from '../access/roles';
import { text, textLimits } from '../shared/text';

export const districtParams = z.object({ districtId: z.uuid() });

export const myDistrictSchema = districtSummarySchema.extend({
  roles: z.array(roleSchema),
  permissions: z.array(z.enum(permissions)),
});

export const listMyDistricts = defineContract({
  method: 'GET',
  path: '/api/districts',
  operationId: 'listDistricts',
  summary: 'Districts the signed-in user belongs to, with their roles and permissions',
  description:
    'Lists the districts where the signed-in user holds a role, each with the roles and the permissions they give (the back office shows or hides controls by them). Any signed-in user may call it; a user without memberships gets an empty list.',
  tags: ['territory'],
  response: z.object({ items: z.array(myDistrictSchema) }),
});

export const getDistrict = defineContract({
  method: 'GET',
  path: '/api/districts/:districtId',
  operationId: 'getDistrict',
  summary: 'A district with its municipalities, lead body and organizations',
  description:
    'Returns a district with its municipalities (ISTAT code, population), its lead body and the organizations taking part in its plans. Every member of the district may read it; a district the user does not belong to answers 404, as one that does not exist.',
  tags: ['territory'],
  params: districtParams,
  response: districtSchema,
});

/** Lengths of an organization's identifiers (a tax code has 11 or 16 characters). */
export const organizationTextLimits = { taxCode: 16, registryNumber: textLimits.code } as const;

/** An optional identifier: blank is none. */
const optionalIdentifier = (max: number) =>
  text(max)
    .trim()
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null));

/** A body taking part in the plan (third-sector cooperative, association, ASST…). */
export const createOrganizationInput = z.strictObject({
  name: text(textLimits.name).trim().min(1, 'required'),
  kind: organizationKindSchema,
  taxCode: optionalIdentifier(organizationTextLimits.taxCode),
  registryNumber: optionalIdentifier(organizationTextLimits.registryNumber),
});

export const createOrganization = defineContract({
  method: 'POST',
  path: '/api/districts/:districtId/organizations',
  operationId: 'createOrganization',
  summary: 'Add an organization to the district (to name it as lead or partner of an action)',
  description:
    'Adds an organization (third-sector body, health agency, municipality…) to the district, so that actions can name it as lead or partner. The plan office and the administrators may call it; other members get 403 and non-members 404. A name already used in the district gives 409 DUPLICATE.',
  tags: ['territory'],
  status: 201,
  params: districtParams,
  body: createOrganizationInput,
  response: organizationSchema,
});
