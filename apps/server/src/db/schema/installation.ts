import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Facts about the installation itself, one row per key: which build of the server last seeded
 * the reference and demo data (`seed`), so that a restart of the same build skips the seed.
 */
export const installationState = pgTable('installation_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
