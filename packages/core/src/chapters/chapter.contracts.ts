import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { rowVersionQuery } from '../shared/ids';
import { MAX_REORDER_IDS } from '../plan/plan';
import { chapterSchema, createChapterInput, updateChapterInput } from './chapter';
import { wordImportMediaType, wordImportMaxBytes, wordImportResultSchema } from './word-import';

const base = '/api/districts/:districtId/plans/:planId/chapters';
const planParams = z.object({ districtId: z.uuid(), planId: z.uuid() });
const chapterParams = planParams.extend({ chapterId: z.uuid() });
const tags = ['chapters'];
const readers =
  'Every member of the district may call it; a district, plan or chapter the user cannot see answers 404.';
const writers =
  'Only the plan office may call it (other members get 403, non-members 404), while the plan is editable (409 PLAN_NOT_EDITABLE otherwise).';

export const chapterContracts = {
  list: defineContract({
    method: 'GET',
    path: base,
    operationId: 'listChapters',
    summary: 'The narrative chapters of a plan, in order',
    description: `The narrative chapters of a plan in order, each with its kind, title and Markdown body. ${readers}`,
    tags,
    params: planParams,
    response: z.object({ items: z.array(chapterSchema) }),
  }),
  get: defineContract({
    method: 'GET',
    path: `${base}/:chapterId`,
    operationId: 'getChapter',
    summary: 'One chapter of a plan',
    description: `One chapter of a plan with its Markdown body (live tables are written as {{tabella:name}} lines). ${readers}`,
    tags,
    params: chapterParams,
    response: chapterSchema,
  }),
  create: defineContract({
    method: 'POST',
    path: base,
    operationId: 'createChapter',
    summary: 'Add a chapter at the end of the plan',
    description: `Adds a chapter at the end of the plan, with a kind, a title and a Markdown body of up to 200,000 characters. ${writers}`,
    tags,
    status: 201,
    params: planParams,
    body: createChapterInput,
    response: chapterSchema,
  }),
  createStandard: defineContract({
    method: 'POST',
    path: `${base}/standard`,
    operationId: 'createStandardChapters',
    summary: 'Create the nine standard chapters of a plan that has none yet',
    description: `Creates the nine standard chapters of a Piano di Zona (normative framework, context and needs, resources…) with their starting text. ${writers} A plan that already has chapters gives 409 VERSION_CONFLICT with the chapters it has.`,
    tags,
    status: 201,
    params: planParams,
    response: z.object({ items: z.array(chapterSchema) }),
  }),
  update: defineContract({
    method: 'PATCH',
    path: `${base}/:chapterId`,
    operationId: 'updateChapter',
    summary: 'Edit a chapter (any subset of kind, title, body) at the version read',
    description: `Edits any subset of a chapter's kind, title and body, quoting the version read. ${writers} A stale version gives 409 VERSION_CONFLICT with the current chapter.`,
    tags,
    params: chapterParams,
    body: updateChapterInput,
    response: chapterSchema,
  }),
  delete: defineContract({
    method: 'DELETE',
    path: `${base}/:chapterId`,
    operationId: 'deleteChapter',
    summary: 'Delete a chapter at the version read',
    description: `Deletes a chapter at the version read (query parameter version). ${writers} A stale version gives 409 VERSION_CONFLICT with the current chapter.`,
    tags,
    status: 204,
    params: chapterParams,
    query: z.object({ version: rowVersionQuery }),
    response: z.null(),
  }),
  reorder: defineContract({
    method: 'PUT',
    path: `${base}/order`,
    operationId: 'reorderChapters',
    summary: 'Set the order of the chapters (every id of the plan, in the order wanted)',
    description: `Sets the order of the plan's chapters: the body lists every chapter id once, in the order wanted. ${writers} A list that is not the plan's chapters as they are now gives 409 VERSION_CONFLICT with the current list.`,
    tags,
    params: planParams,
    body: z.strictObject({ ids: z.array(z.uuid()).min(1).max(MAX_REORDER_IDS) }),
    response: z.object({ items: z.array(chapterSchema) }),
  }),
  importWord: defineContract({
    method: 'POST',
    path: `${base}/:chapterId/word-import`,
    operationId: 'checkChapterWordImport',
    summary: "Turn a Word file (DOCX) into the chapter's Markdown, listing what it cannot keep",
    description: `Converts a DOCX sent as the raw body (at most 10 MB; one expanding beyond 50 MB is refused unread) into Markdown, keeping headings, lists, tables, bold, italic and http(s) or mailto links, and lists what it does not keep (images, footnotes, comments, unknown styles…) in notKept: nothing is saved, the chapter is replaced only by a later updateChapter at the version read. ${writers} A file that is not a DOCX, that holds far more than a chapter, or whose Markdown would exceed 200,000 characters gives 400 VALIDATION_FAILED naming the problem in problems; a larger file 413.`,
    tags,
    params: chapterParams,
    upload: { mediaTypes: [wordImportMediaType], maxBytes: wordImportMaxBytes },
    response: wordImportResultSchema,
  }),
};
