import { sql } from 'drizzle-orm';
import {
  check,
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
import type { Report } from '@pdz/core';
import { users } from './access';
import { districtId, id, timestamps } from './columns';
import { plans } from './plan';

/**
 * A reporting period of a plan: the approved version it monitors (its actions, indicators and
 * money are what the reports speak of), its days, the day reports are due, open or closed.
 */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: id(),
    districtId: districtId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    planVersion: integer('plan_version').notNull(),
    label: text('label').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('reporting_periods_plan_idx').on(t.planId, t.startsOn),
    check(
      'reporting_periods_days_ck',
      sql`${t.endsOn} >= ${t.startsOn} AND ${t.dueOn} >= ${t.endsOn}`,
    ),
  ],
);

/**
 * The report on an action (by its lead) or an objective (by the plan office) in a period. The
 * subject is an id of the version monitored, not a foreign key: the live plan may have changed
 * since. Measures, spending and people reached are lists the report is always written whole with.
 */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    districtId: districtId(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id, { onDelete: 'cascade' }),
    subjectKind: text('subject_kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    status: text('status').notNull().default('draft'),
    progress: text('progress'),
    progressPercent: integer('progress_percent'),
    notes: text('notes').notNull().default(''),
    milestonesReached: jsonb('milestones_reached').$type<string[]>().notNull().default([]),
    peopleReached: jsonb('people_reached').$type<Report['peopleReached']>().notNull().default([]),
    measures: jsonb('measures').$type<Report['measures']>().notNull().default([]),
    spending: jsonb('spending').$type<Report['spending']>().notNull().default([]),
    reviewNote: text('review_note'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('reports_subject_uq').on(t.periodId, t.subjectKind, t.subjectId)],
);
