import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../features/audit/server/index.ts';
import { seedDemoProgramme } from '../features/programmes/server/index.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';
import { type Database, queryRows } from './db.ts';
import { scheduleJob } from './jobs.ts';
import { queueMail } from './mail.ts';
import { createProgramme } from './testing/factories.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

/** Every table's rows, as canonical text, read as the owner (so row-level security hides nothing). */
async function snapshot(db: Database): Promise<Record<string, string[]>> {
  return db.asOwner(async (tx) => {
    const tables = await queryRows<{ name: string }>(
      tx,
      sql`select schemaname || '.' || tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const [schema, table] = name.split('.') as [string, string];
      const rows = await queryRows<{ r: string }>(
        tx,
        sql`select row_to_json(t)::text as r from ${sql.identifier(schema)}.${sql.identifier(table)} t`,
      );
      out[name] = rows.map((r) => r.r).sort();
    }
    return out;
  });
}

describe('backup and restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'makker-backup-'));
  const file = path.join(dir, 'backup.jsonl.gz');

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    await seedDemoProgramme(source.db);
    await createProgramme(source.db, 'Andet projekt');
    await source.db.transaction(async (tx) => {
      await queueMail(tx, {
        to: 'peer@example.org',
        subject: 'Æ ø å – "quoted" \\ backslash',
        text: 'linje 1\nlinje 2',
      });
      for (const action of ['read', 'update', 'export'] as const) {
        await recordAudit(tx, {
          actorId: null,
          actorRole: 'system',
          action,
          subjectId: null,
          programmeId: null,
          purpose: 'test',
        });
      }
      await scheduleJob(tx, {
        kind: 'later',
        payload: { nested: { list: [1, 2, 3] } },
        runAt: new Date('2030-01-02T03:04:05.678Z'),
      });
    });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reproduces every table exactly in another database', async () => {
    const before = await snapshot(source.db);
    const written = await backupDatabase(source.db, file);
    expect(written.rows).toBeGreaterThan(5);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(written.tables));

    await createProgramme(target.db, 'Skal overskrives');
    const restored = await restoreDatabase(target.db, file);
    expect(restored.rows).toBe(written.rows);
    expect(await snapshot(target.db)).toEqual(before);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('restores over changed data in the same database', async () => {
    const before = await snapshot(source.db);
    await createProgramme(source.db, 'Ny efter backup');
    await source.db.asOwner((tx) => tx.execute(sql`delete from mail_message`));
    await restoreDatabase(source.db, file);
    expect(await snapshot(source.db)).toEqual(before);
  });

  it('refuses a file that is not a backup, whole, and changes nothing', async () => {
    const before = await snapshot(target.db);
    const bad = path.join(dir, 'bad.gz');
    fs.writeFileSync(bad, zlib.gzipSync('{"format":"something-else"}\n'));
    await expect(restoreDatabase(target.db, bad)).rejects.toThrow(BackupError);
    fs.writeFileSync(bad, 'not gzip at all');
    await expect(restoreDatabase(target.db, bad)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(target.db, path.join(dir, 'missing.gz'))).rejects.toThrow(/No such file/);

    // A valid header with a row for a table it never declared.
    const header = zlib.gunzipSync(fs.readFileSync(file)).toString().split('\n')[0];
    fs.writeFileSync(bad, zlib.gzipSync(`${header}\n{"t":"public.nope","r":{}}\n`));
    await expect(restoreDatabase(target.db, bad)).rejects.toThrow(/does not belong/);
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('rolls back a restore that fails half-way', async () => {
    const before = await snapshot(target.db);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().trim().split('\n');
    // A programme page whose programme is not in the file: the foreign key fails late.
    const broken = lines.filter((l) => !l.startsWith('{"t":"public.programme",'));
    const bad = path.join(dir, 'broken.gz');
    fs.writeFileSync(bad, zlib.gzipSync(`${broken.join('\n')}\n`));
    await expect(restoreDatabase(target.db, bad)).rejects.toThrow();
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('refuses a backup made at another migration', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations = 999;
    const other = path.join(dir, 'other.gz');
    fs.writeFileSync(other, zlib.gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    await expect(restoreDatabase(target.db, other)).rejects.toThrow(/migration 999/);
  });
});
