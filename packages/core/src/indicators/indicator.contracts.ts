import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { createIndicatorInput, indicatorSchema, updateIndicatorInput } from './indicator';

const base = '/api/districts/:districtId/plans/:planId/indicators';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const indicatorParams = planParams.extend({ indicatorId: z.uuid() });
const tags = ['indicators'];

export const indicatorContracts = {
  list: defineContract({
    method: 'GET',
    path: base,
    summary: "The plan's indicators, by owner (objective or action) and position",
    tags,
    params: planParams,
    response: z.object({ items: z.array(indicatorSchema) }),
  }),
  create: defineContract({
    method: 'POST',
    path: base,
    summary: 'Add an indicator to an objective or an action (at the end of its list)',
    tags,
    status: 201,
    params: planParams,
    body: createIndicatorInput,
    response: indicatorSchema,
  }),
  update: defineContract({
    method: 'PATCH',
    path: `${base}/:indicatorId`,
    summary: 'Edit an indicator (any subset of its fields, with the version read)',
    tags,
    params: indicatorParams,
    body: updateIndicatorInput,
    response: indicatorSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:indicatorId`,
    summary: 'Delete an indicator',
    tags,
    status: 204,
    params: indicatorParams,
    query: z.object({ version: z.coerce.number().int() }),
    response: z.null(),
  }),
};
