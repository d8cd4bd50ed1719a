import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, districtId, timestamps } from './columns';
import { objectives, planAreas, plans } from './plan';

// Need statements per area of a plan, and the objectives that answer them.
export interface EvidenceLink {
  label: string;
  /** an address, or empty when the evidence is a figure of the needs analysis */
  url: string;
}

/** What the data and the working tables say the territory needs, per area of a plan. */
export const needStatements = pgTable(
  'need_statements',
  {
    id: id(),
    districtId: districtId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => planAreas.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    statement: text('statement').notNull().default(''),
    evidence: jsonb('evidence').$type<EvidenceLink[]>().notNull().default([]),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('need_statements_plan_idx').on(t.planId)],
);

/** Which needs an objective answers (traceability need → objective). */
export const objectiveNeeds = pgTable(
  'objective_needs',
  {
    districtId: districtId(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => needStatements.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('objective_needs_uq').on(t.objectiveId, t.needId)],
);
