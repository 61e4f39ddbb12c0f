/**
 * Tenancy: organisation → programme → everything else. A programme-owned table spreads
 * `programmeOwned()` into its columns and `programmePolicy(name)` into its extras; row-level
 * security then lets the application role see and write only the rows of the programme set for
 * the current transaction (see `Database.withProgramme`). `FORCE ROW LEVEL SECURITY` is added by
 * a migration (drizzle-kit cannot express it) and `tenancy.db.test.ts` fails for any table that
 * misses it.
 */
import { sql } from 'drizzle-orm';
import { pgPolicy, uuid } from 'drizzle-orm/pg-core';

/** The tenant column every programme-owned table carries. */
export const programmeOwned = () => ({
  programmeId: uuid('programme_id').notNull(),
});

const currentProgramme = sql`(programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)`;

/** The row-level security policy of a programme-owned table. */
export const programmePolicy = (table: string) =>
  pgPolicy(`${table}_programme_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: currentProgramme,
    withCheck: currentProgramme,
  });
