import { sql } from 'drizzle-orm';
import { foreignKey, pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { programmeOwned } from '../../../server/tenancy.ts';
import { programme } from '../../programmes/server/index.ts';
import { appUser } from './auth.table.ts';

/**
 * What a person may do in a programme: one row per role. Row-level security shows the rows of
 * the selected programme, and also a user's own rows in every programme (so that a request can
 * find out which programmes and roles its caller has before one is selected).
 */
export const membership = pgTable(
  'membership',
  {
    ...programmeOwned(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['peer', 'mentor', 'staff', 'researcher', 'admin'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.userId, t.role] }),
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    pgPolicy('membership_programme_or_self', {
      as: 'permissive',
      for: 'all',
      to: 'public',
      using: sql`programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid
        or user_id = nullif(current_setting('makker.user_id', true), '')::uuid`,
      withCheck: sql`programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid`,
    }),
  ],
).enableRLS();
