import { integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { planScopedColumns } from './plan';

// The rule by which the municipalities share the municipal part of the budget.
export const municipalShareRules = pgTable(
  'municipal_share_rules',
  {
    ...planScopedColumns(),
    sourceCode: text('source_code').notNull(),
    populationYear: integer('population_year').notNull(),
    kind: text('kind').notNull(),
    populationBasisPoints: integer('population_basis_points'),
    /** municipality id → basis points, for the `fixed` rule */
    shares: jsonb('shares').$type<Record<string, number>>(),
  },
  (t) => [uniqueIndex('municipal_share_rules_plan_uq').on(t.planId)],
);
