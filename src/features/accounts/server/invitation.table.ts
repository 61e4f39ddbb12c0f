import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { programmeOwned, programmePolicy } from '../../../server/tenancy.ts';
import { programme } from '../../programmes/server/index.ts';
import { appUser } from './auth.table.ts';

/**
 * An invitation to join a programme with given roles, sent by e-mail or SMS. The link carries a
 * random token; only its SHA-256 hash is stored, so a copy of the database cannot be used to
 * accept an invitation. Accepted, revoked and expired invitations stay as the record of who was
 * invited by whom, until the person's data is erased.
 */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ...programmeOwned(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    roles: text('roles').array().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => appUser.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: uuid('accepted_user_id').references(() => appUser.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.programmeId], foreignColumns: [programme.id] }).onDelete('cascade'),
    index('invitation_programme_idx').on(t.programmeId, t.createdAt),
    programmePolicy('invitation'),
  ],
).enableRLS();
