import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLoginThrottle,
  purgeInvitations,
  purgeLoginThrottle,
} from '../features/accounts/server/index.ts';
import { invitation } from '../features/accounts/server/invitation.table.ts';
import { loginThrottle } from '../features/accounts/server/login-throttle.table.ts';
import { job } from '../server/jobs.table.ts';
import { JobRunner } from '../server/jobs.ts';
import { mailMessage } from '../server/mail.table.ts';
import { queueMail } from '../server/mail.ts';
import { smsMessage } from '../server/sms.table.ts';
import { queueSms } from '../server/sms.ts';
import { createProgramme } from '../server/testing/factories.ts';
import { silentLogger } from '../server/testing/silent-logger.ts';
import { createTestDatabase, type TestDatabase } from '../server/testing/test-database.ts';
import { DAILY_JOB_KINDS, HOURLY_JOB_KINDS, scheduleDailyJobs, scheduleHourlyJobs } from './daily-jobs.ts';
import { jobHandlers } from './jobs.ts';

const DAY = 86_400_000;

describe('daily housekeeping', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('queues each daily job once a day, however often and from however many instances it is asked', async () => {
    const other = t.kind === 'postgres' ? await t.openAnother() : t.db;
    const now = new Date('2026-12-01T08:00:00Z');
    const created = await Promise.all([scheduleDailyJobs(t.db, now), scheduleDailyJobs(other, now)]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(DAILY_JOB_KINDS.length);
    expect(await scheduleDailyJobs(t.db, new Date('2026-12-01T23:59:00Z'))).toBe(0);
    expect(await scheduleDailyJobs(t.db, new Date('2026-12-02T00:01:00Z'))).toBe(DAILY_JOB_KINDS.length);
  });

  it('queues each hourly job once an hour, however many instances ask', async () => {
    const other = t.kind === 'postgres' ? await t.openAnother() : t.db;
    const now = new Date('2026-12-01T09:10:00Z');
    const created = await Promise.all([scheduleHourlyJobs(t.db, now), scheduleHourlyJobs(other, now)]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(HOURLY_JOB_KINDS.length);
    expect(await scheduleHourlyJobs(t.db, new Date('2026-12-01T09:59:00Z'))).toBe(0);
    expect(await scheduleHourlyJobs(t.db, new Date('2026-12-01T10:00:00Z'))).toBe(HOURLY_JOB_KINDS.length);
  });

  it('deletes delivered and failed messages after the retention time, never queued or recent ones', async () => {
    await t.db.db.delete(mailMessage);
    await t.db.db.delete(smsMessage);
    const old = new Date(Date.now() - 31 * DAY);
    const sentOld = await queueMail(t.db.db, { to: 'a@makker.example', subject: 'gammel', text: 'x' });
    const queuedOld = await queueMail(t.db.db, { to: 'b@makker.example', subject: 'i kø', text: 'x' });
    const sentNew = await queueMail(t.db.db, { to: 'c@makker.example', subject: 'ny', text: 'x' });
    await t.db.db
      .update(mailMessage)
      .set({ createdAt: old, status: 'sent' })
      .where(eq(mailMessage.id, sentOld));
    await t.db.db.update(mailMessage).set({ createdAt: old }).where(eq(mailMessage.id, queuedOld));
    await t.db.db.update(mailMessage).set({ status: 'sent' }).where(eq(mailMessage.id, sentNew));
    const smsOld = await queueSms(t.db.db, { to: '+4512345678', text: 'gammel' });
    await t.db.db
      .update(smsMessage)
      .set({ createdAt: old, status: 'failed' })
      .where(eq(smsMessage.id, smsOld));
    await t.db.db.delete(job);
    await scheduleDailyJobs(t.db);
    const runner = new JobRunner({
      db: t.db,
      log: silentLogger,
      handlers: jobHandlers({ MAIL_FROM: 'makker <x@localhost>', OUTBOX_RETENTION_DAYS: 30 }),
    });
    while ((await runner.runDue()) > 0) {}
    const left = await t.db.db.select({ id: mailMessage.id }).from(mailMessage);
    expect(left.map((m) => m.id).sort()).toEqual([queuedOld, sentNew].sort());
    expect(await t.db.db.select().from(smsMessage)).toEqual([]);
    const jobs = await t.db.db.select({ kind: job.kind, status: job.status }).from(job);
    expect(jobs.filter((j) => j.kind.endsWith('.purge')).every((j) => j.status === 'succeeded')).toBe(true);
  });

  it('forgets login-failure counts a day after their window, unless they still lock', async () => {
    const throttle = createLoginThrottle({ db: t.db, secret: 'test-secret-test-secret-test-secret!' });
    const keys = throttle.keys('password', 'someone@makker.example', '10.0.0.1');
    await throttle.record(keys);
    const before = await t.db.db.select().from(loginThrottle);
    expect(before.length).toBeGreaterThan(0);
    expect(await purgeLoginThrottle(t.db.db)).toBe(0);
    expect(await purgeLoginThrottle(t.db.db, new Date(Date.now() + 2 * DAY))).toBe(before.length);
  });

  it('forgets invitations nobody accepted a month after they expired or were withdrawn', async () => {
    const p = await createProgramme(t.db, 'Invitations');
    const now = new Date();
    const at = (days: number) => new Date(now.getTime() + days * DAY);
    await t.db.withProgramme(p.id, (tx) =>
      tx.insert(invitation).values([
        {
          programmeId: p.id,
          name: 'Udløbet gammel',
          email: 'a@x.test',
          channel: 'email',
          roles: ['peer'],
          tokenHash: 'h1',
          expiresAt: at(-31),
        },
        {
          programmeId: p.id,
          name: 'Udløbet ny',
          email: 'b@x.test',
          channel: 'email',
          roles: ['peer'],
          tokenHash: 'h2',
          expiresAt: at(-3),
        },
        {
          programmeId: p.id,
          name: 'Trukket tilbage',
          email: 'c@x.test',
          channel: 'email',
          roles: ['peer'],
          tokenHash: 'h3',
          expiresAt: at(10),
          revokedAt: at(-40),
        },
        {
          programmeId: p.id,
          name: 'Taget imod',
          email: 'd@x.test',
          channel: 'email',
          roles: ['peer'],
          tokenHash: 'h4',
          expiresAt: at(-90),
          acceptedAt: at(-95),
        },
      ]),
    );
    expect(await purgeInvitations(t.db, now)).toBe(2);
    const left = await t.db.withProgramme(p.id, (tx) =>
      tx.select({ name: invitation.name }).from(invitation),
    );
    expect(left.map((i) => i.name).sort()).toEqual(['Taget imod', 'Udløbet ny']);
  });
});
