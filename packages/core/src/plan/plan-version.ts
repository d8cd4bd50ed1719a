import { z } from 'zod';
import { periodSchema } from '../shared/period';

/**
 * The frozen content of an approved plan. Only content goes in (no row versions or timestamps),
 * so that the hash changes exactly when what the plan says changes.
 */
export const snapshotFormat = 'pdz.plan-snapshot/1';

export const snapshotActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
});
export const snapshotObjectiveSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  actions: z.array(snapshotActionSchema),
});
export const snapshotAreaSchema = z.object({
  id: z.string(),
  classificationCode: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  objectives: z.array(snapshotObjectiveSchema),
});
export const planSnapshotSchema = z.object({
  format: z.literal(snapshotFormat),
  district: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  plan: z.object({ id: z.string(), title: z.string(), period: periodSchema }),
  areas: z.array(snapshotAreaSchema),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const planVersionSummarySchema = z.object({
  planId: z.uuid(),
  number: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  approvedAt: z.iso.datetime({ offset: true }),
  approvedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  resolution: z.string().nullable(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionSchema = planVersionSummarySchema.extend({ snapshot: planSnapshotSchema });
export type PlanVersion = z.infer<typeof planVersionSchema>;

interface TreeLike {
  id: string;
  title: string;
  period: { startYear: number; endYear: number };
  areas: {
    id: string;
    classificationCode: string | null;
    title: string;
    description: string;
    objectives: {
      id: string;
      code: string;
      title: string;
      description: string;
      actions: { id: string; title: string; description: string }[];
    }[];
  }[];
}

/** Builds the snapshot of a plan tree (already in display order). */
export function snapshotOf(
  district: { id: string; slug: string; name: string },
  tree: TreeLike,
): PlanSnapshot {
  return {
    format: snapshotFormat,
    district: { id: district.id, slug: district.slug, name: district.name },
    plan: {
      id: tree.id,
      title: tree.title,
      period: { startYear: tree.period.startYear, endYear: tree.period.endYear },
    },
    areas: tree.areas.map((a) => ({
      id: a.id,
      classificationCode: a.classificationCode,
      title: a.title,
      description: a.description,
      objectives: a.objectives.map((o) => ({
        id: o.id,
        code: o.code,
        title: o.title,
        description: o.description,
        actions: o.actions.map((x) => ({ id: x.id, title: x.title, description: x.description })),
      })),
    })),
  };
}
