/**
 * Logical backup and restore of every table, for the embedded database (PostgreSQL deployments
 * should prefer pg_dump; this works there too). The file is gzip'd JSON lines: a header, then one
 * line per row in foreign-key order. Reading and writing row-level-secured tables needs a role
 * that bypasses row-level security (PGlite's own connection does; on PostgreSQL a superuser or a
 * BYPASSRLS role), so both refuse to run otherwise rather than silently miss rows.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { countShippedMigrations, type Database, queryRows, type Tx } from './db.ts';

export const BACKUP_FORMAT = 'makker-backup';
export const BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = 'drizzle.__drizzle_migrations';

interface TableRef {
  schema: string;
  name: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: number;
  tables: string[];
}

export class BackupError extends Error {}

const ident = (t: TableRef) => sql`${sql.identifier(t.schema)}.${sql.identifier(t.name)}`;
const label = (t: TableRef) => `${t.schema}.${t.name}`;

async function assertBypassesRls(tx: Tx) {
  const result = await queryRows<{ ok: boolean }>(
    tx,
    sql`select (rolsuper or rolbypassrls) as ok from pg_roles where rolname = session_user`,
  );
  if (!result[0]?.ok) {
    throw new BackupError(
      'Backup and restore need a database role that bypasses row-level security (superuser or BYPASSRLS). ' +
        'On PostgreSQL, use pg_dump/pg_restore or connect as such a role.',
    );
  }
}

/** The application's tables, parents before children (foreign-key order). */
async function listTables(tx: Tx): Promise<TableRef[]> {
  const tables = await queryRows<{ name: string }>(
    tx,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const edges = await queryRows<{ child: string; parent: string }>(
    tx,
    sql`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`,
  );
  const names = tables.map((r) => r.name);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  const bare = (n: string) => n.replace(/^public\./, '').replaceAll('"', '');
  for (const e of edges) parents.get(bare(e.child))?.add(bare(e.parent));
  const ordered: string[] = [];
  const visit = (name: string, seen: Set<string>) => {
    if (ordered.includes(name) || seen.has(name)) return;
    seen.add(name);
    for (const p of parents.get(name) ?? []) visit(p, seen);
    ordered.push(name);
  };
  for (const n of names) visit(n, new Set());
  const hasMigrations = await queryRows<{ ok: boolean }>(
    tx,
    sql`select to_regclass(${MIGRATIONS_TABLE}) is not null as ok`,
  );
  const refs = ordered.map((name) => ({ schema: 'public', name }));
  return hasMigrations[0]?.ok ? [{ schema: 'drizzle', name: '__drizzle_migrations' }, ...refs] : refs;
}

/** Writes every row of every table to `file`. Returns the header written. */
export async function backupDatabase(db: Database, file: string): Promise<BackupHeader & { rows: number }> {
  return db.asOwner(
    async (tx) => {
      await assertBypassesRls(tx);
      const tables = await listTables(tx);
      const applied = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations: Number(applied[0]?.n ?? 0),
        tables: tables.map(label),
      };
      const lines: string[] = [JSON.stringify(header)];
      let rows = 0;
      for (const table of tables) {
        const result = await queryRows<{ r: unknown }>(
          tx,
          sql`select row_to_json(t) as r from ${ident(table)} t`,
        );
        for (const row of result) {
          lines.push(JSON.stringify({ t: label(table), r: row.r }));
          rows++;
        }
      }
      const tmp = `${file}.tmp-${process.pid}`;
      await pipeline(
        async function* () {
          for (const line of lines) yield `${line}\n`;
        },
        zlib.createGzip(),
        fs.createWriteStream(tmp),
      );
      fs.renameSync(tmp, file); // a crash mid-write never leaves a half backup under the real name
      return { ...header, rows };
    },
    { isolationLevel: 'repeatable read' },
  ); // one consistent snapshot of all tables
}

async function readBackup(file: string): Promise<{ header: BackupHeader; rows: Map<string, unknown[]> }> {
  if (!fs.existsSync(file)) throw new BackupError(`No such file: ${file}`);
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  let header: BackupHeader | null = null;
  const rows = new Map<string, unknown[]>();
  let lineNo = 0;
  try {
    for await (const line of input) {
      lineNo++;
      if (line === '') continue;
      const parsed = JSON.parse(line) as { t?: string; r?: unknown };
      if (!header) {
        header = parsed as unknown as BackupHeader;
        if (
          header.format !== BACKUP_FORMAT ||
          header.version !== BACKUP_VERSION ||
          !Array.isArray(header.tables)
        ) {
          throw new BackupError(`${file} is not a makker backup (version ${BACKUP_VERSION})`);
        }
        for (const t of header.tables) rows.set(t, []);
        continue;
      }
      const list = typeof parsed.t === 'string' ? rows.get(parsed.t) : undefined;
      if (!list || typeof parsed.r !== 'object' || parsed.r === null) {
        throw new BackupError(`Line ${lineNo} of ${file} does not belong to a table in its header`);
      }
      list.push(parsed.r);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read at line ${lineNo}: ${(error as Error).message}`);
  }
  if (!header) throw new BackupError(`${file} is empty`);
  return { header, rows };
}

/**
 * Replaces the content of every table with the backup's, in one transaction: on any error nothing
 * changes. The database must be migrated to the same version the backup was made with.
 */
export async function restoreDatabase(db: Database, file: string): Promise<{ tables: number; rows: number }> {
  const { header, rows } = await readBackup(file);
  const shipped = countShippedMigrations();
  if (header.migrations !== shipped) {
    throw new BackupError(
      `The backup was made at migration ${header.migrations}; this version of makker has ${shipped}. ` +
        'Restore it with the matching version, then upgrade.',
    );
  }
  return db.asOwner(async (tx) => {
    await assertBypassesRls(tx);
    const tables = await listTables(tx);
    const known = new Set(tables.map(label));
    for (const name of header.tables) {
      if (!known.has(name)) throw new BackupError(`The backup has a table this database does not: ${name}`);
    }
    const publicTables = tables.filter((t) => t.schema === 'public');
    if (publicTables.length > 0) {
      await tx.execute(sql`truncate ${sql.join(publicTables.map(ident), sql`, `)} cascade`);
    }
    await tx.execute(sql`delete from drizzle.__drizzle_migrations`);
    let count = 0;
    for (const table of tables) {
      const list = rows.get(label(table)) ?? [];
      for (let i = 0; i < list.length; i += 500) {
        const batch = JSON.stringify(list.slice(i, i + 500));
        await tx.execute(
          sql`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, ${batch}::json)`,
        );
      }
      count += list.length;
    }
    // Serial columns continue after the restored rows.
    const sequences = await queryRows<{ seq: string; schema: string; tbl: string; col: string }>(
      tx,
      sql`
      select s.oid::regclass::text as seq, n.nspname as schema, t.relname as tbl, a.attname as col
      from pg_class s
      join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
      join pg_class t on t.oid = d.refobjid
      join pg_namespace n on n.oid = t.relnamespace
      join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where s.relkind = 'S'`,
    );
    for (const s of sequences) {
      const table = ident({ schema: s.schema, name: s.tbl });
      await tx.execute(sql`select setval(${s.seq}::regclass,
        coalesce((select max(${sql.identifier(s.col)}) from ${table}), 0) + 1, false)`);
    }
    return { tables: tables.length, rows: count };
  });
}
