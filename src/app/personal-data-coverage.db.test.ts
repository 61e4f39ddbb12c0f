/**
 * Every table that holds a person id or a contact detail must be exported or erased by some
 * feature's personal-data part (src/app/personal-data.ts): this test reads the migrated database
 * itself, so a new table cannot slip past it.
 */
import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/db.ts';
import { createTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';
import { personalDataParts } from './personal-data.ts';

/** Column names that point at a person or are a way to reach one. */
const PERSON_COLUMN =
  /^(user_id|actor_id|subject_id|person_id|peer_id|mentor_id|invited_by|accepted_user_id|email|phone|to_address|to_phone|name_of_person)$/;

describe('personal data coverage', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('covers every table with a person id or contact detail by an export or erasure', async () => {
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      t.db.db,
      sql`select c.table_name, c.column_name from information_schema.columns c
          join information_schema.tables tb on tb.table_name = c.table_name and tb.table_schema = c.table_schema
          where c.table_schema = 'public' and tb.table_type = 'BASE TABLE'`,
    );
    const referencesUsers = await queryRows<{ table_name: string }>(
      t.db.db,
      sql`select distinct tc.table_name from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
          where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name = 'app_user' and tc.table_schema = 'public'`,
    );
    const holding = new Set([
      'app_user',
      ...referencesUsers.map((r) => r.table_name),
      ...columns.filter((c) => PERSON_COLUMN.test(c.column_name)).map((c) => c.table_name),
    ]);
    const covered = new Map<string, string>();
    for (const part of personalDataParts) {
      for (const entry of part.tables) {
        covered.set(getTableName(entry.table), part.name);
        if (entry.erasure === 'retain')
          expect(entry.retention, `${part.name} says why it retains`).toBeTruthy();
      }
    }
    const uncovered = [...holding].filter((table) => !covered.has(table)).sort();
    expect(uncovered, 'tables with person data that no personal-data part exports or erases').toEqual([]);
    // And the check itself sees the tables it must: the accounts, audit and outbox tables at least.
    expect([...holding]).toEqual(
      expect.arrayContaining([
        'app_user',
        'membership',
        'invitation',
        'audit_event',
        'mail_message',
        'sms_message',
      ]),
    );
  });
});
