import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { districtSchema, districtSummarySchema, organizationSchema } from './district';
import { permissions } from '../access/permissions';
import { organizationKindSchema, roleSchema } from '../access/roles';

export const districtParams = z.object({ districtId: z.uuid() });

export const myDistrictSchema = districtSummarySchema.extend({
  roles: z.array(roleSchema),
  permissions: z.array(z.enum(permissions)),
});

export const listMyDistricts = defineContract({
  method: 'GET',
  path: '/api/districts',
  summary: 'Districts the signed-in user belongs to, with their roles and permissions',
  tags: ['territory'],
  response: z.object({ items: z.array(myDistrictSchema) }),
});

export const getDistrict = defineContract({
  method: 'GET',
  path: '/api/districts/:districtId',
  summary: 'A district with its municipalities, lead body and organizations',
  tags: ['territory'],
  params: districtParams,
  response: districtSchema,
});

/** A body taking part in the plan (third-sector cooperative, association, ASST…). */
export const createOrganizationInput = z.object({
  name: z.string().trim().min(1, 'required').max(200),
  kind: organizationKindSchema,
  taxCode: z
    .string()
    .trim()
    .max(16)
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null)),
  registryNumber: z
    .string()
    .trim()
    .max(40)
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null)),
});

export const createOrganization = defineContract({
  method: 'POST',
  path: '/api/districts/:districtId/organizations',
  summary: 'Add an organization to the district (to name it as lead or partner of an action)',
  tags: ['territory'],
  status: 201,
  params: districtParams,
  body: createOrganizationInput,
  response: organizationSchema,
});
