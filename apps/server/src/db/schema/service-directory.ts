import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, districtId, timestamps } from './columns';
import { municipalities, organizations } from './territory';

// The network of services (rete d'offerta).
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
