import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { IndicatorTarget } from '@pdz/core';
import { actions, objectives, planScopedColumns } from './plan';

// Indicators of objectives and actions, with baseline and yearly targets.
export const indicators = pgTable(
  'indicators',
  {
    ...planScopedColumns(),
    objectiveId: uuid('objective_id').references(() => objectives.id, { onDelete: 'cascade' }),
    actionId: uuid('action_id').references(() => actions.id, { onDelete: 'cascade' }),
    code: text('code').notNull().default(''),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    unit: text('unit').notNull().default(''),
    dataSource: text('data_source').notNull().default(''),
    frequency: text('frequency').notNull(),
    reportedBy: text('reported_by').notNull().default(''),
    direction: text('direction').notNull().default('increase'),
    baselineValue: doublePrecision('baseline_value'),
    baselineYear: integer('baseline_year'),
    targets: jsonb('targets').$type<IndicatorTarget[]>().notNull().default([]),
    partialPercent: integer('partial_percent').notNull().default(60),
    achievedPercent: integer('achieved_percent').notNull().default(100),
    position: integer('position').notNull(),
  },
  (t) => [
    index('indicators_plan_idx').on(t.planId),
    check('indicators_one_owner', sql`(${t.objectiveId} is null) <> (${t.actionId} is null)`),
  ],
);

/** The narrative chapters of a plan, in Markdown, ordered. */
