/**
 * Need statements: what the data and the working tables say the territory needs, per area of a
 * plan, with the evidence behind them (a figure of the needs analysis, a report, a minute).
 * Objectives link to the needs they answer: the traceability need → objective.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

export const evidenceLinkSchema = z.object({
  label: text(300).min(1, 'required'),
  /** an http(s) address, or empty when the evidence is a figure of the needs analysis */
  url: z
    .string()
    .trim()
    .max(2000)
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

export const createNeedInput = z.object({
  areaId: z.uuid(),
  title: text(300).min(1, 'required'),
  statement: text(10_000).default(''),
  evidence: z.array(evidenceLinkSchema).max(50).default([]),
});

export const updateNeedInput = z.object({
  version: z.number().int(),
  areaId: z.uuid().optional(),
  title: text(300).min(1, 'required').optional(),
  statement: text(10_000).optional(),
  evidence: z.array(evidenceLinkSchema).max(50).optional(),
});

export const setObjectiveNeedsInput = z.object({
  needIds: z.array(z.uuid()).max(200),
});
