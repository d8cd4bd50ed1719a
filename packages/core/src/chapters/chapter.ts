import { z } from 'zod';
import { rowVersionSchema } from '../shared/ids';
import { text, textLimits } from '../shared/text';

/**
 * The narrative sections of a plan, written in Markdown. A chapter may embed live tables of the
 * plan with a line holding only `{{table:<name>}}`: they are filled with current figures
 * wherever the chapter is shown.
 */
export const chapterKinds = [
  'normativeFramework',
  'previousEvaluation',
  'contextAndNeeds',
  'servicesSupply',
  'resources',
  'governance',
  'socialHealthIntegration',
  'monitoringEvaluation',
  'annexes',
  'other',
] as const;
export type ChapterKind = (typeof chapterKinds)[number];

/** The tables a chapter can embed. */
export const liveTableNames = [
  'budgetBySource',
  'budgetByArea',
  'budgetByObjective',
  'municipalShares',
  'objectives',
  'indicators',
] as const;
export type LiveTableName = (typeof liveTableNames)[number];

export const chapterSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  kind: z.enum(chapterKinds),
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
  version: z.number().int(),
});
export type Chapter = z.infer<typeof chapterSchema>;

const title = text(textLimits.title).trim().min(1, 'required');
/** Markdown: line breaks and tabs are text, other control characters are refused. */
const body = text(textLimits.document);

export const createChapterInput = z.strictObject({
  kind: z.enum(chapterKinds).default('other'),
  title,
  body: body.default(''),
});

export const updateChapterInput = z
  .strictObject({ kind: z.enum(chapterKinds), title, body })
  .partial()
  .extend({ version: rowVersionSchema });
