/**
 * Passkeys (WebAuthn credentials) a person has added to log in with, as better-auth's passkey
 * plugin stores them (decision 021). The TypeScript names are the plugin's field names
 * (`credentialID` included), because its adapter finds columns by them. Only the public key is
 * stored: the private key never leaves the person's phone, computer or security key.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth.table.ts';

export const passkey = pgTable(
  'passkey',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The person's own name for it, e.g. "Min telefon". */
    name: text('name'),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    /** COSE public key, base64. */
    publicKey: text('public_key').notNull(),
    /** The credential id the browser sends back at login, base64url. */
    credentialID: text('credential_id').notNull().unique(),
    /** Signature counter; a counter that goes backwards suggests a cloned authenticator. */
    counter: integer('counter').notNull().default(0),
    /** `singleDevice` or `multiDevice` (synced, e.g. through a phone's password manager). */
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    /** How the browser can reach the authenticator (`internal`, `hybrid`, `usb` …), comma separated. */
    transports: text('transports'),
    /** The authenticator model; all zeros for most phones. */
    aaguid: text('aaguid'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('passkey_user_idx').on(t.userId)],
);
