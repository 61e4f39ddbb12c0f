/**
 * The reminder the day before a session, on a real database: each member gets one on their own
 * channel (SMS when invited on their phone), none who sent notice of absence, and none twice
 * however often and from however many instances the daily job runs.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { job } from '../../../server/jobs.table.ts';
import { JobRunner, scheduleJob } from '../../../server/jobs.ts';
import { mailMessage } from '../../../server/mail.table.ts';
import { smsMessage } from '../../../server/sms.table.ts';
import { silentLogger } from '../../../server/testing/silent-logger.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { invitation } from '../../accounts/server/index.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addMonths } from '../course-plan.ts';
import type { CohortDetail } from '../training.contract.ts';
import { sendSessionReminders } from './session-reminders.ts';

const DAY = 86_400_000;

describe('reminders the day before a session', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let ada: TestPerson;
  let bo: TestPerson;
  let cy: TestPerson;
  const now = new Date();

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    ada = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ada Mail' });
    bo = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Bo Sms' });
    cy = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Cy Afbud' });
    // Bo was invited on his phone, and accepted.
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx.insert(invitation).values({
        programmeId,
        name: 'Bo Sms',
        phone: '+4520304050',
        channel: 'sms',
        roles: ['mentor'],
        tokenHash: 'reminder-test-bo',
        expiresAt: new Date(now.getTime() + 7 * DAY),
        acceptedAt: new Date(now.getTime() - DAY),
        acceptedUserId: bo.id,
      }),
    );
    const created = await s.call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
      name: 'Påmindelsesholdet',
      startMonth: addMonths(copenhagenDate(now).slice(0, 7), 3),
      capacity: 12,
      leadIds: [],
      memberIds: [ada.id, bo.id, cy.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const cohort = created.json() as CohortDetail;
    // The first session moves to tomorrow at 09:30 in Copenhagen; the second to the day after.
    const tomorrow = new Date(Date.parse(`${copenhagenDate(now)}T12:00:00Z`) + DAY)
      .toISOString()
      .slice(0, 10);
    const later = new Date(Date.parse(`${tomorrow}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
    for (const [session, date] of [
      [cohort.sessions[0]!, tomorrow],
      [cohort.sessions[1]!, later],
    ] as const) {
      const startsAt = copenhagenInstant(date, '09:30');
      const res = await s.call(
        'PUT',
        `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}`,
        staff.cookie,
        {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 5.5 * 3_600_000).toISOString(),
          place: 'Havnegade 1, Vejle',
          topic: 'Rollen som peer-mentor',
          teacher: '',
          materials: '',
          links: [],
        },
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    const notice = await s.call(
      'POST',
      `/api/programmes/${programmeId}/my-training/cohorts/${cohort.id}/sessions/${cohort.sessions[0]!.id}/absence`,
      cy.cookie,
      { reason: 'På arbejde' },
    );
    expect(notice.statusCode, notice.body).toBe(201);
  }, 60_000);
  afterAll(() => s.close());

  const mailsTo = (email: string) =>
    s.t.db.db.select().from(mailMessage).where(eq(mailMessage.toAddress, email));

  it('reaches each member once on their channel, and not those who sent notice', async () => {
    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    await Promise.all([
      sendSessionReminders(s.t.db, { publicUrl: s.env.publicUrl, now }),
      sendSessionReminders(other, { publicUrl: s.env.publicUrl, now }),
    ]);
    await sendSessionReminders(s.t.db, { publicUrl: s.env.publicUrl, now: new Date(now.getTime() + 60_000) });
    const toAda = await mailsTo(ada.email);
    expect(toAda.map((m) => m.subject)).toEqual(['Påmindelse: undervisningsdag 1 i morgen kl. 09:30']);
    expect(await mailsTo(bo.email)).toEqual([]);
    const toBo = await s.t.db.db.select().from(smsMessage).where(eq(smsMessage.toPhone, '+4520304050'));
    expect(toBo).toHaveLength(1);
    expect(await mailsTo(cy.email)).toEqual([]);
    // The body is encrypted like all mail; nothing of the session is in the clear but the subject.
    expect(toAda[0]!.textBody).not.toContain('Havnegade');
  });

  it('runs as a job queued once a day (the daily key), and a rerun sends nothing again', async () => {
    // As daily-jobs.ts queues it from each instance: one key per UTC day.
    const key = `daily:training.reminders:${now.toISOString().slice(0, 10)}`;
    const queued = await Promise.all([
      scheduleJob(s.t.db.db, { kind: 'training.reminders', idempotencyKey: key }),
      scheduleJob(s.t.db.db, { kind: 'training.reminders', idempotencyKey: key }),
    ]);
    expect(queued.filter((q) => q.created)).toHaveLength(1);
    const runner = new JobRunner({
      db: s.t.db,
      log: silentLogger,
      handlers: {
        'training.reminders': async (_payload, { db }) => {
          await sendSessionReminders(db, { publicUrl: s.env.publicUrl });
        },
      },
    });
    await runner.runDue();
    const [done] = await s.t.db.db.select().from(job).where(eq(job.id, queued[0]!.id));
    expect(done?.status).toBe('succeeded');
    expect(await mailsTo(ada.email)).toHaveLength(1);
  });
});
