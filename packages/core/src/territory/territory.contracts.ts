import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { districtSchema, districtSummarySchema } from './district';
import { permissions } from '../access/permissions';
import { roleSchema } from '../access/roles';

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
