import {
  customType,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id } from './columns';
import { plans } from './plan';
import { districts } from './territory';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * The document of an approved version, made once and kept: downloading it again gives the same
 * bytes, and its SHA-256 is what the Accordo di programma and the signatures refer to. `input` is
 * the canonical JSON of what it was rendered from (the frozen snapshot with the territory's
 * figures at the time), so it can be rendered again and compared byte for byte.
 */
export const planDocuments = pgTable(
  'plan_documents',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => districts.id, { onDelete: 'restrict' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    versionNumber: integer('version_number').notNull(),
    /** pdf or docx */
    format: text('format').notNull(),
    /** it or en: the words around the plan's own text */
    language: text('language').notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytea('content').notNull(),
    input: text('input').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('plan_documents_version_uq').on(t.planId, t.versionNumber, t.format, t.language),
  ],
);
