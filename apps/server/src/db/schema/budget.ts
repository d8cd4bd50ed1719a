import { bigint, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { actions, planScopedColumns } from './plan';

// The budget (quadro delle risorse): what each funding source makes available, and allocations.

/** Money available per funding source and year, in integer cents (bigint: beyond 21 million €). */
export const fundingAvailability = pgTable(
  'funding_availability',
  {
    ...planScopedColumns(),
    sourceCode: text('source_code').notNull(),
    year: integer('year').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    carryOver: bigint('carry_over', { mode: 'number' }).notNull().default(0),
  },
  (t) => [uniqueIndex('funding_availability_uq').on(t.planId, t.sourceCode, t.year)],
);

/** Money an action gets from a funding source in a year, in integer cents. */
export const allocations = pgTable(
  'allocations',
  {
    ...planScopedColumns(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    sourceCode: text('source_code').notNull(),
    year: integer('year').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('allocations_uq').on(t.actionId, t.sourceCode, t.year),
    index('allocations_plan_idx').on(t.planId),
  ],
);

/** Indicators of an objective or of an action (exactly one of the two). */
