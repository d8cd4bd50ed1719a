import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { chapterSchema, createChapterInput, updateChapterInput } from './chapter';

const base = '/api/districts/:districtId/plans/:planId/chapters';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const chapterParams = planParams.extend({ chapterId: z.uuid() });
const tags = ['chapters'];

export const chapterContracts = {
  list: defineContract({
    method: 'GET',
    path: base,
    summary: 'The narrative chapters of a plan, in order',
    tags,
    params: planParams,
    response: z.object({ items: z.array(chapterSchema) }),
  }),
  get: defineContract({
    method: 'GET',
    path: `${base}/:chapterId`,
    summary: 'One chapter of a plan',
    tags,
    params: chapterParams,
    response: chapterSchema,
  }),
  create: defineContract({
    method: 'POST',
    path: base,
    summary: 'Add a chapter at the end of the plan',
    tags,
    status: 201,
    params: planParams,
    body: createChapterInput,
    response: chapterSchema,
  }),
  createStandard: defineContract({
    method: 'POST',
    path: `${base}/standard`,
    summary: 'Create the nine standard chapters of a plan that has none yet',
    tags,
    status: 201,
    params: planParams,
    response: z.object({ items: z.array(chapterSchema) }),
  }),
  update: defineContract({
    method: 'PATCH',
    path: `${base}/:chapterId`,
    summary: 'Edit a chapter (any subset of kind, title, body) at the version read',
    tags,
    params: chapterParams,
    body: updateChapterInput,
    response: chapterSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:chapterId`,
    summary: 'Delete a chapter at the version read',
    tags,
    status: 204,
    params: chapterParams,
    query: z.object({ version: z.coerce.number().int() }),
    response: z.null(),
  }),
  reorder: defineContract({
    method: 'PUT',
    path: `${base}/order`,
    summary: 'Set the order of the chapters (every id of the plan, in the order wanted)',
    tags,
    params: planParams,
    body: z.object({ ids: z.array(z.uuid()).min(1) }),
    response: z.object({ items: z.array(chapterSchema) }),
  }),
};
