/**
 * The only file that knows PGlite from PostgreSQL. Everything else receives a `Database` and
 * talks SQL through Drizzle.
 *
 * Roles: migrations and maintenance run as the connecting (owner) role; every other query runs
 * as `makker_app`, a non-owner, non-superuser role that row-level security applies to. The
 * programme of a transaction is set with `set_config(..., true)`, so it ends with the transaction
 * and never leaks into the next request on a pooled connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export const APP_ROLE = 'makker_app';
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: Drizzle's schema generics are not needed here.
export type Db = PgDatabase<PgQueryResultHKT, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above.
export type Tx = PgTransaction<PgQueryResultHKT, any, any>;
export type Executor = Db | Tx;

/** Runs raw SQL (built with the `sql` tag, so values are parameters) and returns its rows. */
export async function queryRows<T>(exec: Executor, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer with `{ rows }`.
  const result = (await exec.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  /** Drizzle bound to the application role; use `withProgramme` for programme-owned tables. */
  readonly db: Db;
  /** Runs `fn` in a transaction that sees only the rows of `programmeId` (row-level security). */
  withProgramme<T>(programmeId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` in a transaction as the application role with no programme selected. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Maintenance only (backup, restore, migrations): runs as the owning role. Not for features. */
  asOwner<T>(
    fn: (tx: Tx) => Promise<T>,
    options?: { isolationLevel?: 'read committed' | 'repeatable read' },
  ): Promise<T>;
  /** Applies pending migrations; safe to call from several instances at once. */
  migrate(): Promise<void>;
  /** Whether every migration in the folder has been applied. */
  isMigrated(): Promise<boolean>;
  /**
   * Calls `onPayload` for every `pg_notify(channel, …)` committed by any instance on this
   * database; resolves to a function that stops listening. PostgreSQL: a dedicated connection,
   * reconnected with backoff. PGlite: its one connection (one process, so every publisher is here).
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob; lock?: boolean }
  | { kind: 'postgres'; url: string; poolSize?: number; applicationName?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Selects the programme for the rest of the transaction `tx` (row-level security follows it). */
export async function setProgramme(tx: Tx, programmeId: string): Promise<void> {
  // Checked here as well as by the caller: a malformed id must never reach the policy's cast.
  if (!UUID.test(programmeId)) throw new TypeError('a programme id must be a uuid');
  await tx.execute(sql`select set_config('makker.programme_id', ${programmeId}, true)`);
}

/**
 * Makes concurrent transactions that pass the same name take turns until the end of the
 * transaction (e.g. two instances seeding the demo at once on one PostgreSQL database).
 */
export async function lockTransaction(tx: Tx, name: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${name}))`);
}

/** Tells row-level security who the caller is for the rest of `tx` (e.g. to read their own memberships). */
export async function setUser(tx: Tx, userId: string): Promise<void> {
  if (!UUID.test(userId)) throw new TypeError('a user id must be a uuid');
  await tx.execute(sql`select set_config('makker.user_id', ${userId}, true)`);
}

function programmeTransaction(db: Db) {
  return <T>(programmeId: string, fn: (tx: Tx) => Promise<T>) =>
    db.transaction(async (tx) => {
      await setProgramme(tx, programmeId);
      return fn(tx);
    });
}

function ownerTransaction(db: Db) {
  return <T>(
    fn: (tx: Tx) => Promise<T>,
    options?: { isolationLevel?: 'read committed' | 'repeatable read' },
  ) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`set local role none`);
      return fn(tx);
    }, options);
}

let shippedMigrations: number | null = null;

/** The number of migrations shipped in `db/migrations`. */
export function countShippedMigrations(folder = MIGRATIONS_FOLDER): number {
  if (folder === MIGRATIONS_FOLDER && shippedMigrations !== null) return shippedMigrations;
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  if (folder === MIGRATIONS_FOLDER) shippedMigrations = journal.entries.length;
  return journal.entries.length;
}

async function countAppliedMigrations(db: Db): Promise<number> {
  // Two statements: a query naming a missing table fails at parse time, whatever its CASE says.
  const [exists] = await queryRows<{ ok: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  if (!exists?.ok) return 0;
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0);
}

async function openPglite(options: Extract<DatabaseOptions, { kind: 'pglite' }>): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    if (options.lock !== false) lock = acquireDataDirLock(options.dataDir);
  }
  let client: PGlite;
  try {
    client = new PGlite({
      dataDir: options.dataDir ? path.join(options.dataDir, 'pg') : undefined,
      loadDataDir: options.loadDataDir,
    });
    await client.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client) as unknown as Db;
  const takeAppRole = async () => {
    // PGlite's only connection is a superuser; the application role is taken for the session
    // once migrations are done (and SET LOCAL ROLE NONE gives maintenance the owner back).
    const exists = await client.query(`select 1 from pg_roles where rolname = '${APP_ROLE}'`);
    if (exists.rows.length > 0) await client.exec(`set role ${APP_ROLE}`);
  };
  await takeAppRole();
  return {
    kind: 'pglite',
    db,
    withProgramme: programmeTransaction(db),
    transaction: (fn) => db.transaction(fn),
    asOwner: ownerTransaction(db),
    async migrate() {
      // Nothing to apply is the common case at start-up; the migrator's full check costs ~0.5 s.
      if ((await countAppliedMigrations(db)) >= countShippedMigrations()) return;
      await client.exec('reset role');
      try {
        await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await takeAppRole();
      }
    },
    async isMigrated() {
      return (await countAppliedMigrations(db)) >= countShippedMigrations();
    },
    async listen(channel, onPayload) {
      const stop = await client.listen(channel, onPayload);
      return () => stop();
    },
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(options: Extract<DatabaseOptions, { kind: 'postgres' }>): Promise<Database> {
  const appName = options.applicationName ?? 'makker';
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: appName,
    // Every pooled connection starts as the application role; see the module comment.
    options: `-c role=${APP_ROLE}`,
  });
  // An idle client's error (e.g. the server restarted) must not crash the process.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    withProgramme: programmeTransaction(db),
    transaction: (fn) => db.transaction(fn),
    asOwner: ownerTransaction(db),
    async migrate() {
      const client = new pg.Client({ connectionString: options.url, application_name: `${appName}-migrate` });
      await client.connect();
      try {
        // Instances that start together take turns; the second finds nothing left to do.
        await client.query('select pg_advisory_lock(7243011)');
        await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('select pg_advisory_unlock(7243011)').catch(() => {});
        await client.end();
      }
    },
    async isMigrated() {
      return (await countAppliedMigrations(db)) >= countShippedMigrations();
    },
    listen: (channel, onPayload) => listenPostgres(options.url, `${appName}-listen`, channel, onPayload),
    close: () => pool.end(),
  };
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When the
 * connection drops it is opened again, 0.25 s doubling to 10 s; notifications sent meanwhile are
 * lost, which is why listeners only learn "something changed" and refetch.
 */
async function listenPostgres(
  url: string,
  applicationName: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  // An identifier cannot be a parameter; the name is checked so nothing else can reach the SQL.
  if (!CHANNEL.test(channel)) throw new TypeError('a channel name is a lower-case identifier');
  let stopped = false;
  let client: pg.Client | null = null;
  let delay = 250;
  let timer: NodeJS.Timeout | null = null;
  const connect = async (initial: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: applicationName });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    const retry = () => {
      if (stopped || client !== next) return;
      client = null;
      next.end().catch(() => {});
      timer = setTimeout(() => {
        timer = null;
        connect(false).catch(() => {});
      }, delay);
      delay = Math.min(delay * 2, 10_000);
    };
    next.on('error', retry);
    next.on('end', retry);
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
      delay = 250;
    } catch (error) {
      // At start-up the caller hears of it; later, the connection is tried again.
      if (initial) {
        stopped = true;
        await next.end().catch(() => {});
        throw error;
      }
      retry();
    }
  };
  await connect(true);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const last = client;
    client = null;
    await last?.end().catch(() => {});
  };
}

/** Opens the embedded or the server database; does not migrate. */
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

/** Chooses the database from configuration: PostgreSQL when a URL is given, else PGlite. */
export function databaseOptionsFromEnv(env: {
  DATABASE_URL?: string;
  dataDir: string;
  DATABASE_POOL_SIZE: number;
}): DatabaseOptions {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: env.dataDir };
}
