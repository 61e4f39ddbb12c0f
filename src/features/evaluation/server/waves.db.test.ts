/**
 * The waves on a real database (issue #9 point 2, decision 045): the daily job sends each peer
 * and mentor T0 at the start, T1 after 3 months, T2 at the end — planned, moved by a pause or an
 * extension, or an early end — and T3 3 months after, once however many runners take the job;
 * reminders go on the programme's days; the partner never reaches the other's questionnaire;
 * staff edit the settings (validated) and see response rates with small counts suppressed.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { JobRunner, jobNow, scheduleJob } from '../../../server/jobs.ts';
import { mailMessage } from '../../../server/mail.table.ts';
import { listOutbox } from '../../../server/mail.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { mentorship } from '../../mentorships/server/mentorships.table.ts';
import { DEMO_PROGRAMME_SLUG, programme } from '../../programmes/server/index.ts';
import { addCalendarMonths, addDays } from '../instruments/wave-schedule.ts';
import type { ResponseRates } from '../waves.contract.ts';
import { questionnaire } from './evaluation.table.ts';
import { sendDueWaves, WAVE_MAIL_SUBJECT, WAVE_REMINDER_SUBJECT } from './waves-send.ts';

const silent = { info() {}, warn() {}, error() {}, debug() {} } as never;

describe('waves: scheduled, moved with the end, sent once, reminded, counted', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  const peers: Record<string, TestPerson> = {};
  const mentors: Record<string, TestPerson> = {};
  const pairs: Record<string, string> = {};
  const today = copenhagenDate();
  const start = addDays(today, -2);
  const plannedEnd = addCalendarMonths(start, 6);
  const api = (path: string) => `/api/programmes/${programmeId}${path}`;
  /** The job as of 09:00 Copenhagen on a day. */
  const runOn = (day: string) =>
    sendDueWaves(s.t.db, { now: copenhagenInstant(day, '09:00'), publicUrl: s.env.publicUrl });
  const wavesOf = async (who: TestPerson) =>
    (
      await s.t.db.withProgramme(programmeId, (tx) =>
        tx.select().from(questionnaire).where(eq(questionnaire.userId, who.id)),
      )
    )
      .map((q) => `${q.role}:${q.wave}`)
      .sort();
  const mailsTo = (who: TestPerson, subject = WAVE_MAIL_SUBJECT) =>
    s.t.db.db
      .select()
      .from(mailMessage)
      .where(and(eq(mailMessage.toAddress, who.email), eq(mailMessage.subject, subject)));
  const step = async (who: TestPerson, pair: string, name: string, body?: object) => {
    const res = await s.call('POST', api(`/mentorships/${pairs[pair]}/${name}`), who.cookie, body);
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Målinger')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      peers[name] = await addPerson(s, { programmeId, roles: ['peer'], name: `Peer ${name}` });
      mentors[name] = await addPerson(s, { programmeId, roles: ['mentor'], name: `Mentor ${name}` });
      const res = await s.call('POST', api('/mentorships'), staff.cookie, {
        peerId: peers[name]!.id,
        mentorId: mentors[name]!.id,
        startDate: start,
        rhythm: 'weekly',
      });
      expect(res.statusCode, res.body).toBe(201);
      pairs[name] = res.json().id;
    }
  }, 90_000);
  afterAll(() => s.close());

  it('sends T0 to the peer and the mentor once, with two runners taking the job at once', async () => {
    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    // The job as src/app/jobs.ts runs it (a feature's test does not import the composition).
    const handlers = {
      'evaluation.waves': async (payload: Record<string, unknown>, { db }: { db: typeof s.t.db }) => {
        await sendDueWaves(db, { now: jobNow(payload), publicUrl: s.env.publicUrl });
      },
    };
    const runners = ['a', 'b'].map(
      (id, i) =>
        new JobRunner({
          db: i ? other : s.t.db,
          handlers,
          log: silent,
          workerId: `instance-${id}`,
          batchSize: 1,
        }),
    );
    const now = copenhagenInstant(today, '09:00').toISOString();
    // Two instances each queued the day's job (a key per instance: both run it).
    for (const key of ['one', 'two'])
      await scheduleJob(s.t.db.db, {
        kind: 'evaluation.waves',
        payload: { now },
        idempotencyKey: `waves-test-${key}`,
      });
    const drain = async (r: JobRunner) => {
      while ((await r.runDue()) > 0) {}
    };
    await Promise.all(runners.map(drain));
    await Promise.all(runners.map(drain)); // the mails queued by the job
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      expect(await wavesOf(peers[name]!)).toEqual(['peer:T0']);
      expect(await wavesOf(mentors[name]!)).toEqual(['mentor:T0']);
      expect(await mailsTo(peers[name]!)).toHaveLength(1);
      expect(await mailsTo(mentors[name]!)).toHaveLength(1);
    }
    expect((await runOn(today)).sent).toBe(0);
    // A generic mail: a link, no wave, no instrument, nothing about health.
    const mail = (await listOutbox(s.t.db, 500)).find((m) => m.toAddress === peers.a!.email)!;
    expect(mail.textBody).toContain(`${s.env.publicUrl}/min-side/trivsel`);
    expect(mail.textBody.replace(`${s.env.publicUrl}/min-side/trivsel`, '')).not.toMatch(
      /T0|WHO|trivsel|ensom|stof|alkohol|mentor|peer/i,
    );
    const [row] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(questionnaire).where(eq(questionnaire.userId, peers.a!.id)),
    );
    expect(row).toMatchObject({ opensOn: start, closesOn: addDays(start, 21), sentBy: null });
  });

  it('lets the demo seed record what earlier runs would have sent, without a single mail', async () => {
    const [demo] = await s.t.db.db
      .select({ id: programme.id })
      .from(programme)
      .where(eq(programme.slug, DEMO_PROGRAMME_SLUG));
    const automatic = await s.t.db.withProgramme(demo!.id, (tx) =>
      tx.select().from(questionnaire).where(isNull(questionnaire.sentBy)),
    );
    expect(automatic.length).toBeGreaterThan(0);
    const outbox = await listOutbox(s.t.db, 500);
    expect(
      outbox.filter((m) => m.subject === WAVE_MAIL_SUBJECT && m.toAddress.endsWith('makker.example')),
    ).toEqual([]);
  });

  it('never lets the partner reach the other one’s questionnaire', async () => {
    const mine = await s.call('GET', api('/my-questionnaires'), mentors.a!.cookie);
    expect(mine.statusCode).toBe(200);
    const ids = (mine.json().questionnaires as { id: string; role: string }[]).map((q) => q.role);
    expect(ids).toEqual(['mentor']);
    const [peerOwn] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(questionnaire).where(eq(questionnaire.userId, peers.a!.id)),
    );
    const res = await s.call('GET', api(`/my-questionnaires/${peerOwn!.id}`), mentors.a!.cookie);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('QUESTIONNAIRE_NOT_FOUND');
    const answer = await s.call('PUT', api(`/my-questionnaires/${peerOwn!.id}/answers`), mentors.a!.cookie, {
      instrument: 'who-5',
      item: 1,
      value: 3,
      language: 'da',
    });
    expect(answer.statusCode).toBe(404);
  });

  it('reminds on day 3 and the day before it closes, once each, and not once it is finished', async () => {
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx.update(questionnaire).set({ completedAt: new Date() }).where(eq(questionnaire.userId, peers.b!.id)),
    );
    const reminders = async () => {
      let n = 0;
      for (const who of [...Object.values(peers), ...Object.values(mentors)])
        n += (await mailsTo(who, WAVE_REMINDER_SUBJECT)).length;
      return n;
    };
    await runOn(addDays(start, 2));
    expect(await reminders()).toBe(0);
    await runOn(addDays(start, 3));
    expect(await reminders()).toBe(9); // five mentors and four peers: b has finished
    await runOn(addDays(start, 4));
    expect(await reminders()).toBe(9);
    expect(await mailsTo(peers.a!, WAVE_REMINDER_SUBJECT)).toHaveLength(1);
    expect(await mailsTo(peers.b!, WAVE_REMINDER_SUBJECT)).toHaveLength(0);
    await runOn(addDays(start, 20));
    expect(await reminders()).toBe(18);
    expect(await mailsTo(peers.a!, WAVE_REMINDER_SUBJECT)).toHaveLength(2);
    await runOn(addDays(start, 22)); // closed
    expect(await reminders()).toBe(18);
    const [mail] = await mailsTo(peers.a!, WAVE_REMINDER_SUBJECT);
    expect(mail!.subject).toBe('Påmindelse: Du har et spørgeskema i makker');
  });

  it('moves T2 with the end: a pause, an extension, an early end', async () => {
    // d pauses for ten days (the pause began ten days ago), both are ready, staff resume.
    await step(peers.d!, 'd', 'pause', { reason: 'Brug for ro' });
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .update(mentorship)
        .set({ pausedSince: addDays(today, -10) })
        .where(eq(mentorship.id, pairs.d!)),
    );
    // e was extended by both saying yes (decision 042): the end is three months later.
    await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .update(mentorship)
        .set({ extendedEnd: addCalendarMonths(plannedEnd, 3), extensionOutcome: 'extended' })
        .where(eq(mentorship.id, pairs.e!)),
    );
    // c ends early today (the peer moves): T2 is due now, for both; T1 never comes.
    await step(peers.c!, 'c', 'end', { reason: 'moved' });
    await runOn(today);
    expect(await wavesOf(peers.c!)).toEqual(['peer:T0', 'peer:T2']);
    expect(await wavesOf(mentors.c!)).toEqual(['mentor:T0', 'mentor:T2']);
    await runOn(addCalendarMonths(start, 3));
    expect(await wavesOf(peers.c!)).toEqual(['peer:T0', 'peer:T2']);
    // c's T3 comes three months after its early end.
    await runOn(addCalendarMonths(today, 3));
    expect(await wavesOf(peers.c!)).toEqual(['peer:T0', 'peer:T2', 'peer:T3']);
    expect(await wavesOf(peers.a!)).toEqual(['peer:T0', 'peer:T1']);
    expect(await wavesOf(mentors.d!)).toEqual(['mentor:T0', 'mentor:T1']);

    // While d is paused its end is not known: nothing from the end is sent.
    await runOn(plannedEnd);
    expect(await wavesOf(peers.d!)).toEqual(['peer:T0', 'peer:T1']);
    await step(peers.d!, 'd', 'ready');
    await step(mentors.d!, 'd', 'ready');
    await step(staff, 'd', 'resume');

    // At the planned end: a and b get T2, d (ten days later) and e (extended) do not yet.
    await runOn(plannedEnd);
    expect(await wavesOf(peers.a!)).toEqual(['peer:T0', 'peer:T1', 'peer:T2']);
    expect(await wavesOf(mentors.b!)).toEqual(['mentor:T0', 'mentor:T1', 'mentor:T2']);
    expect(await wavesOf(peers.d!)).toEqual(['peer:T0', 'peer:T1']);
    expect(await wavesOf(peers.e!)).toEqual(['peer:T0', 'peer:T1']);
    await runOn(addDays(plannedEnd, 10));
    expect(await wavesOf(peers.d!)).toEqual(['peer:T0', 'peer:T1', 'peer:T2']);
    expect(await wavesOf(mentors.d!)).toEqual(['mentor:T0', 'mentor:T1', 'mentor:T2']);
    await runOn(addCalendarMonths(plannedEnd, 3));
    expect(await wavesOf(peers.e!)).toEqual(['peer:T0', 'peer:T1', 'peer:T2']);
    expect(await wavesOf(peers.a!)).toEqual(['peer:T0', 'peer:T1', 'peer:T2', 'peer:T3']);
    const t2 = await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .select()
        .from(questionnaire)
        .where(and(eq(questionnaire.wave, 'T2'), inArray(questionnaire.userId, [peers.d!.id, peers.e!.id]))),
    );
    expect(t2.map((q) => q.opensOn).sort()).toEqual(
      [addDays(plannedEnd, 10), addCalendarMonths(plannedEnd, 3)].sort(),
    );
  });

  it('lets staff edit the waves, refusing an order or a reminder that cannot be', async () => {
    const read = await s.call('GET', api('/wave-settings'), staff.cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ windowDays: 21, reminderDays: [3, 20] });
    const settings = read.json();
    const bad = structuredClone(settings);
    bad.waves[1].months = 7;
    bad.waves[1].from = 'end';
    const refused = await s.call('PUT', api('/wave-settings'), staff.cookie, bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('WAVE_SETTINGS_ORDER');
    const late = await s.call('PUT', api('/wave-settings'), staff.cookie, {
      ...settings,
      reminderDays: [3, 21],
    });
    expect(late.json().code).toBe('WAVE_REMINDER_OUTSIDE_WINDOW');
    expect((await s.call('PUT', api('/wave-settings'), peers.a!.cookie, settings)).statusCode).toBe(403);
    const saved = await s.call('PUT', api('/wave-settings'), staff.cookie, {
      ...settings,
      windowDays: 28,
      reminderDays: [27, 7],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ windowDays: 28, reminderDays: [7, 27] });
  });

  it('shows staff response rates per wave and role, counts under 5 as “< 5”', async () => {
    const res = await s.call('GET', api('/response-rates'), staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const { rates } = res.json() as ResponseRates;
    const of = (wave: string, role: string) => rates.find((r) => r.wave === wave && r.role === role)!;
    // T0: five each, all still open today; one peer finished (one: suppressed).
    expect(of('T0', 'peer')).toMatchObject({ sent: 5, answered: null, answeredRate: null });
    expect(of('T0', 'mentor')).toMatchObject({ sent: 5, answered: null, open: 5, expired: null });
    expect(of('T2', 'peer')).toMatchObject({ sent: 5 });
    expect(of('T3', 'peer').sent).toBeNull(); // four
    expect((await s.call('GET', api('/response-rates'), peers.a!.cookie)).statusCode).toBe(403);
  });
});
