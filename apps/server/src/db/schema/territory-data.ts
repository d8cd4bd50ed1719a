import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { districts, municipalities, organizations } from './territory';
import { users } from './access';
import { objectives, planAreas, plans } from './plan';

/**
 * Knowing the territory: population data as ISTAT publishes it, the needs read from it, the
 * social workers for the LEPS panel, and the network of services (rete d'offerta).
 */
const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
const districtId = () =>
  uuid('district_id')
    .notNull()
    .references(() => districts.id, { onDelete: 'cascade' });
const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

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

export interface ServiceContacts {
  phone: string;
  email: string;
  website: string;
}

/** The network of services (rete d'offerta): one row per service delivered in the district. */
export const services = pgTable(
  'services',
  {
    id: id(),
    districtId: districtId(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** where it is delivered */
    municipalityId: uuid('municipality_id').references(() => municipalities.id, {
      onDelete: 'set null',
    }),
    address: text('address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    /** municipalities whose residents it serves (ids) */
    servedMunicipalityIds: jsonb('served_municipality_ids').$type<string[]>().notNull().default([]),
    /** ISTAT user areas it serves (codes) */
    userAreaCodes: jsonb('user_area_codes').$type<string[]>().notNull().default([]),
    istatCategoryCode: text('istat_category_code'),
    cisisLevelCode: text('cisis_level_code'),
    facilityTypeCode: text('facility_type_code'),
    capacity: integer('capacity'),
    authorization: text('authorization').notNull().default('none'),
    authorizationDate: date('authorization_date'),
    eligibility: text('eligibility').notNull().default(''),
    costs: text('costs').notNull().default(''),
    contacts: jsonb('contacts')
      .$type<ServiceContacts>()
      .notNull()
      .default({ phone: '', email: '', website: '' }),
    openingHours: text('opening_hours').notNull().default(''),
    status: text('status').notNull().default('active'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('services_district_idx').on(t.districtId),
    uniqueIndex('services_district_name_uq').on(t.districtId, t.providerId, t.name),
  ],
);
