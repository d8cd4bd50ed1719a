import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  index,
} from 'drizzle-orm/pg-core';

export const districts = pgTable('districts', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  region: text('region').notNull(),
  istatCode: text('istat_code'),
  leadBodyId: uuid('lead_body_id'),
  isDemo: boolean('is_demo').notNull().default(false),
  /**
   * Bumped by every write to the district's own data (its name, organizations, municipalities,
   * population): plan reads that show them are reused until it or the plan's version changes.
   */
  revision: integer('revision').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    taxCode: text('tax_code'),
    /** the third-sector registry (RUNTS) or another public registry number, when known */
    registryNumber: text('registry_number'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organizations_district_name_uq').on(t.districtId, t.name)],
);

export const municipalities = pgTable(
  'municipalities',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    istatCode: text('istat_code').notNull(),
    name: text('name').notNull(),
    province: text('province').notNull(),
    cadastralCode: text('cadastral_code').notNull(),
    postalCode: text('postal_code').notNull(),
    population: integer('population').notNull(),
    populationYear: integer('population_year').notNull(),
  },
  (t) => [
    uniqueIndex('municipalities_district_istat_uq').on(t.districtId, t.istatCode),
    index('municipalities_district_idx').on(t.districtId),
  ],
);
