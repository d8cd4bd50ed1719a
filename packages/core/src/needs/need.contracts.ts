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
const edit =
  'Only the plan office (plan.edit) may call it, while the plan is editable (409 PLAN_NOT_EDITABLE otherwise).';

export const needContracts = {
  list: defineContract({
    method: 'GET',
    path: `${base}/needs`,
    operationId: 'listNeeds',
    description:
      'Lists the need statements of a plan, by area and position, each with its evidence and the ids of the objectives answering it. Every member of the district may read them; 404 for a plan that is not there.',
    summary: "The plan's need statements, by area and position, with the objectives answering them",
    tags,
    params: planParams,
    response: z.object({ items: z.array(needStatementSchema) }),
  }),
  create: defineContract({
    method: 'POST',
    path: `${base}/needs`,
    operationId: 'createNeed',
    description: `Adds a need statement at the end of the list of an area of the plan, with its evidence links. ${edit} 400 names the field at fault (an area of another plan is \`body.areaId\`).`,
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
    operationId: 'updateNeed',
    description: `Changes any subset of the fields of a need statement, quoting the version read; moving it to another area puts it last there. ${edit} 409 VERSION_CONFLICT carries the current record when it changed meanwhile.`,
    summary: 'Edit a need statement (any subset of its fields, with the version read)',
    tags,
    params: needParams,
    body: updateNeedInput,
    response: needStatementSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/needs/:needId`,
    operationId: 'deleteNeed',
    description: `Deletes a need statement at the version read, with its links to objectives. ${edit} 409 VERSION_CONFLICT when it changed meanwhile.`,
    summary: 'Delete a need statement (its links to objectives go with it)',
    tags,
    status: 204,
    params: needParams,
    query: z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }),
    response: z.null(),
  }),
  setObjectiveNeeds: defineContract({
    method: 'PUT',
    path: `${base}/objectives/:objectiveId/needs`,
    operationId: 'setObjectiveNeeds',
    description: `Replaces the list of needs an objective of the plan answers (at most 200). ${edit} 400 names a need that is not of this plan.`,
    summary: 'Set the needs an objective answers (the whole list)',
    tags,
    params: planParams.extend({ objectiveId: z.uuid() }),
    body: setObjectiveNeedsInput,
    response: z.object({ objectiveId: z.uuid(), needIds: z.array(z.uuid()) }),
  }),
};
