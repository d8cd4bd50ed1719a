import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  GradingRange,
  Milestone,
  Partner,
  PolicyIntegration,
  StaffLine,
  TargetGroup,
} from '@pdz/core';
import { districts, organizations } from './territory';
import { users } from './access';

// Every plan table carries district_id so that each query can be scoped to the tenant directly.
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const plans = pgTable(
  'plans',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    phase: text('phase').notNull(),
    /** bumped by every change of the plan or its content: approval quotes it */
    version: integer('version').notNull().default(1),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('plans_district_idx').on(t.districtId)],
);

/** Every table owned by a plan: its id, the tenant, the plan, a row version, timestamps. */
export function planScopedColumns() {
  return {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  };
}

/** Areas, objectives and actions also share their text and their order among siblings. */
function contentColumns() {
  return {
    ...planScopedColumns(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull(),
  };
}

export const planAreas = pgTable(
  'plan_areas',
  {
    ...contentColumns(),
    classificationCode: text('classification_code'),
  },
  (t) => [index('plan_areas_plan_idx').on(t.planId)],
);

export const objectives = pgTable(
  'objectives',
  {
    ...contentColumns(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    code: text('code').notNull().default(''),
    // the objective sheet (scheda obiettivo); lists are small and always read with the sheet
    macroAreaCode: text('macro_area_code'),
    kind: text('kind').notNull().default('strategic'),
    sharedWithOtherDistricts: boolean('shared_with_other_districts').notNull().default(false),
    need: text('need').notNull().default(''),
    targetGroups: jsonb('target_groups').$type<TargetGroup[]>().notNull().default([]),
    lepsCodes: jsonb('leps_codes').$type<string[]>().notNull().default([]),
    policyIntegration: jsonb('policy_integration')
      .$type<PolicyIntegration[]>()
      .notNull()
      .default([]),
    healthInvolvement: text('health_involvement').notNull().default(''),
    coProgramming: boolean('co_programming').notNull().default(false),
    coDesign: boolean('co_design').notNull().default(false),
    staff: jsonb('staff').$type<StaffLine[]>().notNull().default([]),
    grading: jsonb('grading').$type<GradingRange[]>().notNull().default([]),
    status: text('status').notNull().default('planned'),
  },
  (t) => [index('objectives_plan_idx').on(t.planId), index('objectives_area_idx').on(t.areaId)],
);

export const actions = pgTable(
  'actions',
  {
    ...contentColumns(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    leadOrganizationId: uuid('lead_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    /** partner organizations (ids in the district) and their role */
    partners: jsonb('partners').$type<Partner[]>().notNull().default([]),
    startDate: date('start_date'),
    endDate: date('end_date'),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    targetGroups: jsonb('target_groups').$type<TargetGroup[]>().notNull().default([]),
    status: text('status').notNull().default('planned'),
  },
  (t) => [index('actions_plan_idx').on(t.planId), index('actions_objective_idx').on(t.objectiveId)],
);

/** Approved versions: append-only (a trigger refuses UPDATE and DELETE). */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'restrict' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    /** the canonical JSON exactly as hashed */
    canonical: text('canonical').notNull(),
    sha256: text('sha256').notNull(),
    /** when the approval was entered */
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    /** the day the approving body decided (the resolution's date), which may be earlier */
    decisionDate: date('decision_date').notNull(),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'restrict' }),
    resolution: text('resolution'),
  },
  (t) => [uniqueIndex('plan_versions_plan_number_uq').on(t.planId, t.number)],
);
