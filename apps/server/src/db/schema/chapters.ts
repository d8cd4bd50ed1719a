import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { planScopedColumns } from './plan';

// The narrative chapters of a plan.
export const chapters = pgTable(
  'chapters',
  {
    ...planScopedColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [index('chapters_plan_idx').on(t.planId)],
);

/** How a plan splits the municipalities' share among them (one rule per plan). */
