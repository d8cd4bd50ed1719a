import { z } from 'zod';
import { periodSchema } from '../shared/period';
import { municipalShareRuleSchema } from '../municipal-share/municipal-share';
import { chapterKinds, type Chapter } from '../chapters/chapter';
import { indicatorSchema, type Indicator } from '../indicators/indicator';
import type { PlanTree } from './plan';
import { milestoneSchema, objectiveSheetSchema, targetGroupSchema, workStatuses } from './sheet';

/**
 * The frozen content of an approved plan. Only content goes in (no row versions, positions or
 * timestamps), so that the hash changes exactly when what the plan says changes. Format 2 adds
 * the objective sheets, action details, indicators, budget, municipal shares and chapters;
 * versions frozen in format 1 stay readable (those parts are absent).
 */
export const snapshotFormatV1 = 'pdz.plan-snapshot/1';
export const snapshotFormat = 'pdz.plan-snapshot/2';

/** An indicator as frozen: its content, without owner ids, position or row version. */
export const snapshotIndicatorSchema = indicatorSchema.omit({
  planId: true,
  objectiveId: true,
  actionId: true,
  position: true,
  version: true,
});
export type SnapshotIndicator = z.infer<typeof snapshotIndicatorSchema>;

const orgRef = z.object({ id: z.string(), name: z.string() });

export const snapshotActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  lead: orgRef.nullable().optional(),
  partners: z.array(orgRef.extend({ role: z.string() })).optional(),
  startDate: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
  milestones: z.array(milestoneSchema).optional(),
  targetGroups: z.array(targetGroupSchema).optional(),
  status: z.enum(workStatuses).optional(),
  indicators: z.array(snapshotIndicatorSchema).optional(),
});
export const snapshotObjectiveSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    description: z.string(),
    actions: z.array(snapshotActionSchema),
  })
  .extend(objectiveSheetSchema.partial().shape)
  .extend({ indicators: z.array(snapshotIndicatorSchema).optional() });
export const snapshotAreaSchema = z.object({
  id: z.string(),
  classificationCode: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  objectives: z.array(snapshotObjectiveSchema),
});

export const snapshotMunicipalShareSchema = z.object({
  sourceCode: z.string(),
  populationYear: z.number().int(),
  rule: municipalShareRuleSchema,
  municipalities: z.array(
    z.object({
      id: z.string(),
      istatCode: z.string(),
      name: z.string(),
      population: z.number().int(),
    }),
  ),
  rows: z.array(
    z.object({
      year: z.number().int(),
      istatCode: z.string(),
      name: z.string(),
      population: z.number().int(),
      amount: z.number().int(),
      byPopulation: z.number().int(),
      equalPart: z.number().int(),
      fixedPart: z.number().int(),
    }),
  ),
});
export type SnapshotMunicipalShare = z.infer<typeof snapshotMunicipalShareSchema>;

export const snapshotBudgetSchema = z.object({
  availability: z.array(
    z.object({
      sourceCode: z.string(),
      year: z.number().int(),
      amount: z.number().int(),
      carryOver: z.number().int(),
    }),
  ),
  allocations: z.array(
    z.object({
      actionId: z.string(),
      sourceCode: z.string(),
      year: z.number().int(),
      amount: z.number().int(),
    }),
  ),
  municipalShare: snapshotMunicipalShareSchema.nullable(),
});
export type SnapshotBudget = z.infer<typeof snapshotBudgetSchema>;

export const snapshotChapterSchema = z.object({
  id: z.string(),
  kind: z.enum(chapterKinds),
  title: z.string(),
  body: z.string(),
});

export const planSnapshotSchema = z.object({
  format: z.enum([snapshotFormatV1, snapshotFormat]),
  district: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  plan: z.object({ id: z.string(), title: z.string(), period: periodSchema }),
  areas: z.array(snapshotAreaSchema),
  budget: snapshotBudgetSchema.optional(),
  chapters: z.array(snapshotChapterSchema).optional(),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const planVersionSummarySchema = z.object({
  planId: z.uuid(),
  number: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** when the approval was entered */
  approvedAt: z.iso.datetime({ offset: true }),
  /** the day the approving body decided, which the resolution bears */
  decisionDate: z.iso.date(),
  approvedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  resolution: z.string().nullable(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionSchema = planVersionSummarySchema.extend({ snapshot: planSnapshotSchema });
export type PlanVersion = z.infer<typeof planVersionSchema>;

/** What a snapshot holds besides the tree; each list already in display order. */
export interface SnapshotContent {
  organizations: readonly { id: string; name: string }[];
  indicators: readonly Indicator[];
  budget: SnapshotBudget;
  chapters: readonly Pick<Chapter, 'id' | 'kind' | 'title' | 'body'>[];
}

const indicatorOf = (i: Indicator): SnapshotIndicator => ({
  id: i.id,
  code: i.code,
  name: i.name,
  kind: i.kind,
  unit: i.unit,
  dataSource: i.dataSource,
  frequency: i.frequency,
  reportedBy: i.reportedBy,
  direction: i.direction,
  baselineValue: i.baselineValue,
  baselineYear: i.baselineYear,
  targets: [...i.targets].sort((a, b) => a.year - b.year),
  partialPercent: i.partialPercent,
  achievedPercent: i.achievedPercent,
});

const byKeys =
  <T>(keys: (t: T) => (string | number)[]) =>
  (a: T, b: T) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i += 1) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  };

/** Builds the snapshot of a plan tree (already in display order) and of its other content. */
export function snapshotOf(
  district: { id: string; slug: string; name: string },
  tree: PlanTree,
  content: SnapshotContent,
): PlanSnapshot {
  const orgName = new Map(content.organizations.map((o) => [o.id, o.name]));
  const org = (id: string) => ({ id, name: orgName.get(id) ?? '' });
  const indicatorsOf = (key: 'objectiveId' | 'actionId', id: string) =>
    content.indicators.filter((i) => i[key] === id).map(indicatorOf);
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
        macroAreaCode: o.macroAreaCode,
        kind: o.kind,
        sharedWithOtherDistricts: o.sharedWithOtherDistricts,
        need: o.need,
        targetGroups: o.targetGroups,
        lepsCodes: o.lepsCodes,
        policyIntegration: o.policyIntegration,
        healthInvolvement: o.healthInvolvement,
        coProgramming: o.coProgramming,
        coDesign: o.coDesign,
        staff: o.staff,
        grading: o.grading,
        status: o.status,
        indicators: indicatorsOf('objectiveId', o.id),
        actions: o.actions.map((x) => ({
          id: x.id,
          title: x.title,
          description: x.description,
          lead: x.leadOrganizationId ? org(x.leadOrganizationId) : null,
          partners: x.partners.map((p) => ({ ...org(p.organizationId), role: p.role })),
          startDate: x.startDate,
          endDate: x.endDate,
          milestones: x.milestones,
          targetGroups: x.targetGroups,
          status: x.status,
          indicators: indicatorsOf('actionId', x.id),
        })),
      })),
    })),
    budget: {
      availability: [...content.budget.availability].sort(byKeys((r) => [r.sourceCode, r.year])),
      allocations: [...content.budget.allocations].sort(
        byKeys((r) => [r.actionId, r.sourceCode, r.year]),
      ),
      municipalShare: content.budget.municipalShare,
    },
    chapters: content.chapters.map((c) => ({
      id: c.id,
      kind: c.kind,
      title: c.title,
      body: c.body,
    })),
  };
}
