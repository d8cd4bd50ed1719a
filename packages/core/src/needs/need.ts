/**
 * Need statements: what the data and the working tables say the territory needs, per area of a
 * plan, with the evidence behind them (a figure of the needs analysis, a report, a minute).
 * Objectives link to the needs they answer: the traceability need → objective.
 */
import { z } from 'zod';
import { text, textLimits } from '../shared/text';

/** Limits of the inputs below, shared with the back office's form. */
export const needLimits = {
  title: textLimits.title,
  statement: textLimits.long,
  evidenceLabel: textLimits.title,
  evidenceUrl: textLimits.url,
  /** evidence links of one need */
  evidence: 50,
  /** needs one objective answers */
  objectiveNeeds: 200,
} as const;

/** The version of the row read, quoted by an edit (optimistic concurrency). */
const needVersionSchema = z.number().int().min(1).max(2_147_483_647);

export const evidenceLinkSchema = z.strictObject({
  label: text(needLimits.evidenceLabel).trim().min(1, 'required'),
  /** an http(s) address, or empty when the evidence is a figure of the needs analysis */
  url: text(needLimits.evidenceUrl)
    .trim()
    .refine((u) => u === '' || /^https?:\/\/\S+$/i.test(u), 'an http(s) address or nothing'),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const needStatementSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  areaId: z.uuid(),
  title: z.string(),
  statement: z.string(),
  evidence: z.array(evidenceLinkSchema),
  position: z.number().int(),
  /** the objectives of the plan that answer it */
  objectiveIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type NeedStatement = z.infer<typeof needStatementSchema>;

const title = text(needLimits.title).trim().min(1, 'required');
const statement = text(needLimits.statement).trim();
const evidence = z.array(evidenceLinkSchema).max(needLimits.evidence);

export const createNeedInput = z.strictObject({
  areaId: z.uuid(),
  title,
  statement: statement.default(''),
  evidence: evidence.default([]),
});

export const updateNeedInput = z.strictObject({
  version: needVersionSchema,
  areaId: z.uuid().optional(),
  title: title.optional(),
  statement: statement.optional(),
  evidence: evidence.optional(),
});

export const setObjectiveNeedsInput = z.strictObject({
  needIds: z.array(z.uuid()).max(needLimits.objectiveNeeds),
});
