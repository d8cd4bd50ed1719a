import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Reference data (areas of intervention, ISTAT user areas, LEPS, funding sources…) as rows, one
 * `scheme` each, versioned by `edition` (the planning round that introduced them). An item may be
 * valid only in some years (`validFrom`–`validTo`, inclusive; null: no known bound), as a fund
 * that starts with its law: a plan is offered, and may use, only what is valid in its years.
 */
export const classificationItems = pgTable(
  'classification_items',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    scheme: text('scheme').notNull(),
    edition: text('edition').notNull(),
    code: text('code').notNull(),
    labelIt: text('label_it').notNull(),
    labelEn: text('label_en').notNull(),
    position: integer('position').notNull().default(0),
    validFrom: integer('valid_from'),
    validTo: integer('valid_to'),
  },
  (t) => [uniqueIndex('classification_items_uq').on(t.scheme, t.edition, t.code)],
);
