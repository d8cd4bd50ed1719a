import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, districtId, municipalityId, timestamps } from './columns';
import { users } from './access';

// Population data as ISTAT publishes it, yearly facts per municipality, and social workers (LEPS).

/** Residents on 1 January by sex and age: a single year (age_to = age_from) or a band. */
export const populationCounts = pgTable(
  'population_counts',
  {
    districtId: districtId(),
    municipalityId: municipalityId(),
    year: integer('year').notNull(),
    sex: text('sex').notNull(),
    ageFrom: integer('age_from').notNull(),
    /** null: and older (100+, 85+) */
    ageTo: integer('age_to'),
    count: integer('count').notNull(),
  },
  (t) => [
    uniqueIndex('population_counts_uq').on(t.municipalityId, t.year, t.sex, t.ageFrom),
    index('population_counts_district_year_idx').on(t.districtId, t.year),
  ],
);

/** Foreign residents and households per municipality and year (either may be unknown). */
export const municipalityYearFacts = pgTable(
  'municipality_year_facts',
  {
    districtId: districtId(),
    municipalityId: municipalityId(),
    year: integer('year').notNull(),
    foreignResidents: integer('foreign_residents'),
    households: integer('households'),
    householdMembers: integer('household_members'),
  },
  (t) => [uniqueIndex('municipality_year_facts_uq').on(t.municipalityId, t.year)],
);

/** One row per import of population data: what came in, when and from whom. */
export const populationImports = pgTable(
  'population_imports',
  {
    id: id(),
    districtId: districtId(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull().default(''),
    years: jsonb('years').$type<number[]>().notNull().default([]),
    rows: integer('rows').notNull(),
    /** rows of municipalities outside the district, skipped */
    skippedRows: integer('skipped_rows').notNull().default(0),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('population_imports_district_idx').on(t.districtId)],
);

/** Social workers (assistenti sociali) of the district per year, for the LEPS ratio. */
export const socialWorkerStaff = pgTable(
  'social_worker_staff',
  {
    id: id(),
    districtId: districtId(),
    year: integer('year').notNull(),
    /** full-time equivalents employed on permanent contracts */
    permanentFte: doublePrecision('permanent_fte').notNull(),
    /** full-time equivalents on other contracts (fixed term, agency, third sector) */
    otherFte: doublePrecision('other_fte').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('social_worker_staff_uq').on(t.districtId, t.year)],
);
