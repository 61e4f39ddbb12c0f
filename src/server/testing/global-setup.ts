/**
 * Builds the migrated templates once per test run: a PGlite data directory dumped to a file, and
 * (with TEST_DATABASE_URL) a PostgreSQL template database. Every test file then clones a fresh
 * copy. Everything created here is dropped in teardown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_FOLDER, openDatabase } from '../db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
    postgresPrefix: string | null;
  }
}

export function adminUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-test-'));
  const client = new PGlite();
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  const templateFile = path.join(dir, 'template.tar.gz');
  fs.writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', templateFile);

  const url = process.env.TEST_DATABASE_URL;
  let prefix: string | null = null;
  if (url) {
    prefix = `makker_t${Date.now().toString(36)}${process.pid}`;
    const template = `${prefix}_tpl`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    await admin.end();
    const db = await openDatabase({ kind: 'postgres', url: adminUrl(url, template), poolSize: 1 });
    await db.migrate();
    await db.close();
    project.provide('postgresTemplate', template);
  } else {
    project.provide('postgresTemplate', null);
  }
  project.provide('postgresPrefix', prefix);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && prefix) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${prefix}%`],
      );
      for (const { datname } of rows) {
        // Names come from the catalog and match our own prefix; quoted anyway.
        await admin.query(`drop database if exists "${datname}" with (force)`);
      }
      await admin.end();
    }
  };
}
