/**
 * A fresh, migrated database for one test file: a PGlite copy of the template, or a PostgreSQL
 * database cloned from the template database when the file runs in the `postgres` project.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db.ts';
import { adminUrl } from './global-setup.ts';

export interface TestDatabase {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Opens another connection pool to the same database (PostgreSQL only): a second instance. */
  openAnother(poolSize?: number): Promise<Database>;
  /** The connection string (PostgreSQL only). */
  url: string | null;
  close(): Promise<void>;
}

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.MAKKER_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** Creates a fresh migrated database (see module comment). */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    const db = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: blob });
    return {
      db,
      kind: 'pglite',
      url: null,
      openAnother: () => Promise.reject(new Error('PGlite has one connection')),
      close: () => db.close(),
    };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const template = inject('postgresTemplate')!;
  const name = `${inject('postgresPrefix')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = adminUrl(base, name);
  const others: Database[] = [];
  const db = await openDatabase({ kind: 'postgres', url, poolSize: options.poolSize ?? 4 });
  return {
    db,
    kind: 'postgres',
    url,
    async openAnother(poolSize = 4) {
      const other = await openDatabase({ kind: 'postgres', url, poolSize });
      others.push(other);
      return other;
    },
    async close() {
      await Promise.all([db, ...others].map((d) => d.close()));
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
