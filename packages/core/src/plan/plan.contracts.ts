import { z } from 'zod';
import { defineContract } from '../shared/contract';
import {
  actionSchema,
  areaSchema,
  classificationItemSchema,
  createActionInput,
  createAreaInput,
  createObjectiveInput,
  createPlanInput,
  objectiveSchema,
  planSchema,
  planTreeSchema,
  reorderInput,
  updateActionInput,
  updateAreaInput,
  updateObjectiveInput,
  updatePlanInput,
} from './plan';
import { planVersionSchema, planVersionSummarySchema } from './plan-version';

const base = '/api/districts/:districtId/plans';
const districtParams = z.object({ districtId: z.uuid() });
const planParams = districtParams.extend({ planId: z.uuid() });
const tags = ['plan'];

export const transitionNames = [
  'advance',
  'approve',
  'openRevision',
  'signAgreement',
  'enterIntoForce',
  'startMonitoring',
  'startEvaluation',
  'close',
] as const;

export const planContracts = {
  list: defineContract({
    method: 'GET', path: base, summary: 'Plans of a district', tags,
    params: districtParams, response: z.object({ items: z.array(planSchema) }),
  }),
  create: defineContract({
    method: 'POST', path: base, summary: 'Start a new plan (planning round)', tags, status: 201,
    params: districtParams, body: createPlanInput, response: planSchema,
  }),
  get: defineContract({
    method: 'GET', path: `${base}/:planId`, summary: 'A plan with its areas, objectives and actions', tags,
    params: planParams, response: planTreeSchema,
  }),
  update: defineContract({
    method: 'PATCH', path: `${base}/:planId`, summary: 'Rename a plan', tags,
    params: planParams, body: updatePlanInput, response: planSchema,
  }),
  transition: defineContract({
    method: 'POST', path: `${base}/:planId/transitions`,
    summary: 'Move the plan to another phase; approving freezes a version', tags,
    params: planParams,
    body: z.object({
      transition: z.enum(transitionNames),
      version: z.number().int(),
      resolution: z.string().trim().max(300).optional(),
    }),
    response: planSchema,
  }),
  versions: defineContract({
    method: 'GET', path: `${base}/:planId/versions`, summary: 'Approved (frozen) versions of a plan', tags,
    params: planParams, response: z.object({ items: z.array(planVersionSummarySchema) }),
  }),
  version: defineContract({
    method: 'GET', path: `${base}/:planId/versions/:number`, summary: 'One frozen version with its snapshot', tags,
    params: planParams.extend({ number: z.coerce.number().int().min(1) }), response: planVersionSchema,
  }),
  createArea: defineContract({
    method: 'POST', path: `${base}/:planId/areas`, summary: 'Add an area of intervention', tags, status: 201,
    params: planParams, body: createAreaInput, response: areaSchema,
  }),
  updateArea: defineContract({
    method: 'PATCH', path: `${base}/:planId/areas/:areaId`, summary: 'Edit an area', tags,
    params: planParams.extend({ areaId: z.uuid() }), body: updateAreaInput, response: areaSchema,
  }),
  deleteArea: defineContract({
    method: 'DELETE', path: `${base}/:planId/areas/:areaId`, summary: 'Delete an area with its objectives and actions', tags, status: 204,
    params: planParams.extend({ areaId: z.uuid() }), query: z.object({ version: z.coerce.number().int() }), response: z.null(),
  }),
  reorderAreas: defineContract({
    method: 'PUT', path: `${base}/:planId/areas/order`, summary: 'Set the order of the areas', tags,
    params: planParams, body: reorderInput, response: z.object({ items: z.array(areaSchema) }),
  }),
  createObjective: defineContract({
    method: 'POST', path: `${base}/:planId/objectives`, summary: 'Add an objective to an area', tags, status: 201,
    params: planParams, body: createObjectiveInput, response: objectiveSchema,
  }),
  updateObjective: defineContract({
    method: 'PATCH', path: `${base}/:planId/objectives/:objectiveId`, summary: 'Edit an objective', tags,
    params: planParams.extend({ objectiveId: z.uuid() }), body: updateObjectiveInput, response: objectiveSchema,
  }),
  deleteObjective: defineContract({
    method: 'DELETE', path: `${base}/:planId/objectives/:objectiveId`, summary: 'Delete an objective with its actions', tags, status: 204,
    params: planParams.extend({ objectiveId: z.uuid() }), query: z.object({ version: z.coerce.number().int() }), response: z.null(),
  }),
  reorderObjectives: defineContract({
    method: 'PUT', path: `${base}/:planId/areas/:areaId/objectives/order`, summary: 'Set the order of an area\'s objectives', tags,
    params: planParams.extend({ areaId: z.uuid() }), body: reorderInput, response: z.object({ items: z.array(objectiveSchema) }),
  }),
  createAction: defineContract({
    method: 'POST', path: `${base}/:planId/actions`, summary: 'Add an action to an objective', tags, status: 201,
    params: planParams, body: createActionInput, response: actionSchema,
  }),
  updateAction: defineContract({
    method: 'PATCH', path: `${base}/:planId/actions/:actionId`, summary: 'Edit an action', tags,
    params: planParams.extend({ actionId: z.uuid() }), body: updateActionInput, response: actionSchema,
  }),
  deleteAction: defineContract({
    method: 'DELETE', path: `${base}/:planId/actions/:actionId`, summary: 'Delete an action', tags, status: 204,
    params: planParams.extend({ actionId: z.uuid() }), query: z.object({ version: z.coerce.number().int() }), response: z.null(),
  }),
  reorderActions: defineContract({
    method: 'PUT', path: `${base}/:planId/objectives/:objectiveId/actions/order`, summary: 'Set the order of an objective\'s actions', tags,
    params: planParams.extend({ objectiveId: z.uuid() }), body: reorderInput, response: z.object({ items: z.array(actionSchema) }),
  }),
  classification: defineContract({
    method: 'GET', path: '/api/classifications/:scheme', summary: 'Items of a classification (e.g. interventionArea)', tags: ['classification'],
    params: z.object({ scheme: z.string().max(60) }), response: z.object({ items: z.array(classificationItemSchema) }),
  }),
};
