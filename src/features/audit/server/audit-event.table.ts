import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only audit trail. `seq`, `prev_hash` and `hash` are set by the `audit_event_chain`
 * trigger (see migration 0003), which serialises writers and chains each record to the one before;
 * the defaults here only satisfy the insert types. The application role may insert and read, never
 * update or delete. No names or free text go in here: ids, the action and the purpose.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    subjectId: uuid('subject_id'),
    programmeId: uuid('programme_id'),
    purpose: text('purpose').notNull(),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_event_subject_idx').on(t.subjectId, t.occurredAt),
    index('audit_event_programme_idx').on(t.programmeId, t.occurredAt),
  ],
);
