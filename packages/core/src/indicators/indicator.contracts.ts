import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { rowVersionQuery } from '../shared/ids';
import { createIndicatorInput, indicatorSchema, updateIndicatorInput } from './indicator';

const base = '/api/districts/:districtId/plans/:planId/indicators';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const indicatorParams = planParams.extend({ indicatorId: z.uuid() });
const tags = ['indicators'];
const readers =
  'Every member of the district may call it; a district or plan the user cannot see answers 404.';
const writers =
  'Only the plan office may call it (other members get 403, non-members 404), while the plan is editable (409 PLAN_NOT_EDITABLE otherwise).';

export const indicatorContracts = {
  list: defineContract({
    method: 'GET',
    path: base,
    operationId: 'listIndicators',
    summary: "The plan's indicators, by owner (objective or action) and position",
    description: `The indicators of a plan, by owner (objective or action) and position, each with its baseline, yearly targets and grading thresholds. ${readers}`,
    tags,
    params: planParams,
    response: z.object({ items: z.array(indicatorSchema) }),
  }),
  create: defineContract({
    method: 'POST',
    path: base,
    operationId: 'createIndicator',
    summary: 'Add an indicator to an objective or an action (at the end of its list)',
    description: `Adds an indicator to one objective or one action of the plan (at the end of its list). ${writers} An owner outside the plan gives 400 naming objectiveId or actionId, and so do both owners or none; two targets for the same year give 400 naming targets.`,
    tags,
    status: 201,
    params: planParams,
    body: createIndicatorInput,
    response: indicatorSchema,
  }),
  update: defineContract({
    method: 'PATCH',
    path: `${base}/:indicatorId`,
    operationId: 'updateIndicator',
    summary: 'Edit an indicator (any subset of its fields, with the version read)',
    description: `Edits any subset of an indicator's fields, quoting the version read. ${writers} A stale version gives 409 VERSION_CONFLICT with the current indicator.`,
    tags,
    params: indicatorParams,
    body: updateIndicatorInput,
    response: indicatorSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:indicatorId`,
    operationId: 'deleteIndicator',
    summary: 'Delete an indicator',
    description: `Deletes an indicator at the version read (query parameter version). ${writers} A stale version gives 409 VERSION_CONFLICT with the current indicator.`,
    tags,
    status: 204,
    params: indicatorParams,
    query: z.object({ version: rowVersionQuery }),
    response: z.null(),
  }),
};
