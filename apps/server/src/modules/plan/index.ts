// The plan: its lifecycle, its structure (areas → objectives → actions, with the objective sheets
// and action details), coherence, approval and the frozen versions. Owns the plans, plan_areas,
// objectives, actions and plan_versions tables. Content that other modules own (budget,
// indicators, chapters, …) reaches the plan as PlanContentParts; those modules write through
// the content-write path exported here and never touch the plan's tables themselves.
import type { AppModule } from '../../platform/module';
import type { PlanContentPart } from './plan.parts';
import { registerPlanRoutes } from './plan.routes';

export function createPlanModule(parts: readonly PlanContentPart[]): AppModule {
  return { name: 'plan', register: (ctx) => registerPlanRoutes(ctx, parts) };
}

export { createPlanService, createPublishedPlans, type PublishedPlans } from './plan.service';
export { createPlanContentService } from './plan-content.service';
export type { PlanContentPart, SnapshotPart } from './plan.parts';
export {
  conflict,
  createContentWrite,
  missingParent,
  type AuditFn,
  type ContentWrite,
  type Scope,
} from './plan-content.write';
export { findPlan, findPlanTree } from './plan.repository';
export {
  findContent,
  insertContent,
  nextPosition,
  updateContent,
  type ContentKind,
} from './plan-content.repository';
export { createPlanStamps } from './plan-stamps';
