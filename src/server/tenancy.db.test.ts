import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammePageContent } from '../features/programmes/programmes.contract.ts';
import { programmePage } from '../features/programmes/server/programme.table.ts';
import { queryRows } from './db.ts';
import { createProgramme } from './testing/factories.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

const content = (title: string): ProgrammePageContent => ({
  title,
  tagline: '',
  what: [],
  who: [],
  how: [],
  contacts: [],
  cafe: [],
  support: [],
});

/**
 * Tables with a programme_id that are deliberately not programme-isolated, and why
 * (docs/decisions/003-tenancy-with-row-level-security.md).
 */
const NOT_ISOLATED: Record<string, string> = {
  audit_event: 'the append-only trail records events across programmes and before one is chosen',
};

describe('tenancy: row-level security', () => {
  let t: TestDatabase;
  let a: { id: string };
  let b: { id: string };

  beforeAll(async () => {
    // One connection, so the "does not leak" checks really reuse the same session.
    t = await createTestDatabase({ poolSize: 1 });
    a = await createProgramme(t.db, 'A');
    b = await createProgramme(t.db, 'B');
    await t.db.withProgramme(a.id, (tx) =>
      tx.insert(programmePage).values({ programmeId: a.id, locale: 'da', content: content('MARKER-A') }),
    );
    await t.db.withProgramme(b.id, (tx) =>
      tx.insert(programmePage).values({ programmeId: b.id, locale: 'da', content: content('MARKER-B') }),
    );
  });
  afterAll(() => t.close());

  it('forces row-level security with a policy on every table that has a programme_id', async () => {
    const tables = await queryRows<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
      t.db.db,
      sql`select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and c.relname not in (${sql.join(
            Object.keys(NOT_ISOLATED).map((name) => sql`${name}`),
            sql`, `,
          )})
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'programme_id' and not a.attisdropped)`,
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const row of tables) {
      expect(row, `${row.table} must enable and force RLS with a policy`).toMatchObject({
        enabled: true,
        forced: true,
      });
      expect(row.policies, row.table).toBeGreaterThan(0);
    }
  });

  it('runs application queries as a role that is neither owner nor superuser', async () => {
    const [who] = await queryRows<{ role: string; superuser: boolean; bypass: boolean; owns: number }>(
      t.db.db,
      sql`select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypass,
            (select count(*)::int from pg_tables where tableowner = current_user and schemaname = 'public') as owns
          from pg_roles r where r.rolname = current_user`,
    );
    expect(who).toEqual({ role: 'makker_app', superuser: false, bypass: false, owns: 0 });
  });

  it('shows only the selected programme even with no filter in the query', async () => {
    const seenByA = await t.db.withProgramme(a.id, (tx) => tx.select().from(programmePage));
    expect(seenByA.map((r) => r.content.title)).toEqual(['MARKER-A']);
    const raw = await t.db.withProgramme(b.id, (tx) =>
      queryRows<{ title: string }>(tx, sql`select content->>'title' as title from programme_page`),
    );
    expect(raw).toEqual([{ title: 'MARKER-B' }]);
  });

  it('shows nothing when no programme is selected', async () => {
    expect(await t.db.db.select().from(programmePage)).toEqual([]);
    expect(await t.db.transaction((tx) => tx.select().from(programmePage))).toEqual([]);
  });

  it('refuses to write a row into another programme', async () => {
    await expect(
      t.db.withProgramme(a.id, (tx) =>
        tx.insert(programmePage).values({ programmeId: b.id, locale: 'en', content: content('intruder') }),
      ),
    ).rejects.toThrow();
    const updated = await t.db.withProgramme(a.id, (tx) =>
      tx.update(programmePage).set({ locale: 'xx' }).where(sql`programme_id = ${b.id}`).returning(),
    );
    expect(updated).toEqual([]);
  });

  it('does not leak the selected programme into the next transaction on the same connection', async () => {
    await t.db.withProgramme(a.id, async (tx) => {
      const [s] = await queryRows<{ p: string }>(
        tx,
        sql`select current_setting('makker.programme_id', true) as p`,
      );
      expect(s?.p).toBe(a.id);
    });
    const [after] = await queryRows<{ p: string | null }>(
      t.db.db,
      sql`select current_setting('makker.programme_id', true) as p`,
    );
    expect(after?.p ?? '').toBe('');
    expect(await t.db.db.select().from(programmePage)).toEqual([]);
    // A failed transaction must not leave it behind either.
    await expect(
      t.db.withProgramme(a.id, async (tx) => {
        await tx.execute(sql`select 1`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.db.db.select().from(programmePage)).toEqual([]);
  });

  it('refuses a programme id that is not a uuid before it reaches SQL', async () => {
    await expect(t.db.withProgramme("x' or true --", async () => 1)).rejects.toThrow(TypeError);
  });
});
