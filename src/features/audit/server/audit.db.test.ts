import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/test-database.ts';
import { auditEvent } from './audit-event.table.ts';
import { type AuditEventInput, recordAudit, recordAuditForEach } from './record-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

const event = (overrides: Partial<AuditEventInput> = {}): AuditEventInput => ({
  actorId: randomUUID(),
  actorRole: 'staff',
  action: 'read',
  subjectId: randomUUID(),
  programmeId: randomUUID(),
  purpose: 'GET /api/test',
  requestId: randomUUID(),
  details: { fields: 3 },
  ...overrides,
});

describe('audit trail', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('chains every record to the one before and verifies', async () => {
    for (let i = 0; i < 5; i++) await t.db.transaction((tx) => recordAudit(tx, event()));
    const rows = await t.db.db.select().from(auditEvent).orderBy(auditEvent.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 5, firstBrokenSeq: null });
  });

  it('does not let the application role update, delete or truncate records', async () => {
    await expect(t.db.db.execute(sql`update audit_event set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(t.db.db.execute(sql`delete from audit_event where seq = 1`)).rejects.toThrow();
    await expect(t.db.db.execute(sql`truncate audit_event`)).rejects.toThrow();
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('does not let the application role forge the sequence or the hashes', async () => {
    await t.db.db
      .insert(auditEvent)
      .values({ ...event(), seq: 999, hash: 'f'.repeat(64), prevHash: 'e'.repeat(64) });
    const [last] = await t.db.db.select().from(auditEvent).orderBy(sql`seq desc`).limit(1);
    expect(last!.seq).toBe(6);
    expect(last!.hash).not.toBe('f'.repeat(64));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('rolls the record back with the action it belongs to', async () => {
    const before = (await verifyAuditChain(t.db)).checked;
    await expect(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, event());
        throw new Error('the action failed');
      }),
    ).rejects.toThrow();
    expect((await verifyAuditChain(t.db)).checked).toBe(before);
  });

  it('chains correctly when many writers record at once', async () => {
    const other = t.kind === 'postgres' ? await t.openAnother(4) : t.db;
    const before = (await verifyAuditChain(t.db)).checked;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? t.db : other).transaction((tx) => recordAudit(tx, event())),
      ),
    );
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: before + 30, firstBrokenSeq: null });
  });

  it('finds the first record that was changed or removed behind its back', async () => {
    await t.db.asOwner(async (tx) => {
      await tx.execute(sql`alter table audit_event disable trigger audit_event_append_only`);
      await tx.execute(sql`update audit_event set purpose = 'tampered' where seq = 3`);
      await tx.execute(sql`alter table audit_event enable trigger audit_event_append_only`);
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    const gap = await createTestDatabase();
    try {
      for (let i = 0; i < 4; i++) await gap.db.transaction((tx) => recordAudit(tx, event()));
      await gap.db.asOwner(async (tx) => {
        await tx.execute(sql`alter table audit_event disable trigger audit_event_append_only`);
        await tx.execute(sql`delete from audit_event where seq = 2`);
      });
      expect(await verifyAuditChain(gap.db)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    } finally {
      await gap.close();
    }
  });
});

describe('audit records for many people at once', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('chains the records of one action on many people, written many rows at a time', async () => {
    const before = 0;
    const subjects = Array.from({ length: 1203 }, () => randomUUID());
    const { subjectId: _, ...shared } = event();
    // Duplicates and nulls are dropped: one record per distinct person.
    await t.db.transaction((tx) => recordAuditForEach(tx, shared, [...subjects, subjects[0]!, null]));
    const rows = await t.db.db.select().from(auditEvent).orderBy(auditEvent.seq);
    const added = rows.slice(before);
    expect(added.map((r) => r.subjectId)).toEqual(subjects);
    expect(added.map((r) => r.seq)).toEqual(subjects.map((_, i) => before + i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: before + 1203, firstBrokenSeq: null });
  });
});
