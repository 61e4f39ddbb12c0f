import { sql } from 'drizzle-orm';
import { foreignKey, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import type { ProgrammePageContent } from '../programmes.contract.ts';

export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The tenant. Readable by the application role without a programme set (public pages need it). */
export const programme = pgTable('programme', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Danish kommunekoder of the municipalities the programme serves. */
  municipalityCodes: text('municipality_codes').array().notNull().default(sql`'{}'::text[]`),
  defaultLocale: text('default_locale').notNull().default('da'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The public page of a programme, one row per language: the content of a programme flyer. */
export const programmePage = pgTable(
  'programme_page',
  {
    ...programmeOwned(),
    locale: text('locale').notNull(),
    content: jsonb('content').$type<ProgrammePageContent>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.locale] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    programmePolicy('programme_page'),
  ],
).enableRLS();
