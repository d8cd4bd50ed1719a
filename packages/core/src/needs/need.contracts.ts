import { z } from 'zod';
import { defineContract } from '../shared/contract';
import {
  createNeedInput,
  needStatementSchema,
  setObjectiveNeedsInput,
  updateNeedInput,
} from './need';

const base = '/api/districts/:districtId/plans/:planId';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const needParams = planParams.extend({ needId: z.uuid() });
const tags = ['needs'];

export const needContracts = {
  list: defineContract({
    method: 'GET',
    path: `${base}/needs`,
    summary: "The plan's need statements, by area and position, with the objectives answering them",
    tags,
    params: planParams,
    response: z.object({ items: z.array(needStatementSchema) }),
  }),
  create: defineContract({
    method: 'POST',
    path: `${base}/needs`,
    summary: 'Add a need statement to an area of the plan (at the end of its list)',
    tags,
    status: 201,
    params: planParams,
    body: createNeedInput,
    response: needStatementSchema,
  }),
  update: defineContract({
    method: 'PATCH',
    path: `${base}/needs/:needId`,
    summary: 'Edit a need statement (any subset of its fields, with the version read)',
    tags,
    params: needParams,
    body: updateNeedInput,
    response: needStatementSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/needs/:needId`,
    summary: 'Delete a need statement (its links to objectives go with it)',
    tags,
    status: 204,
    params: needParams,
    query: z.object({ version: z.coerce.number().int() }),
    response: z.null(),
  }),
  setObjectiveNeeds: defineContract({
    method: 'PUT',
    path: `${base}/objectives/:objectiveId/needs`,
    summary: 'Set the needs an objective answers (the whole list)',
    tags,
    params: planParams.extend({ objectiveId: z.uuid() }),
    body: setObjectiveNeedsInput,
    response: z.object({ objectiveId: z.uuid(), needIds: z.array(z.uuid()) }),
  }),
};
