/**
 * The pair's reminders on a real database (issue #8 point 4, decision 043): the day before a
 * meeting both are reminded; after 1.5 × the agreed interval without a meeting both get a nudge,
 * after 2 × staff are told; never while paused; each once, also with two instances running the job.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { listOutbox } from '../../../server/mail.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { createNotifier, type Notifier } from '../../notifications/server/index.ts';
import { notification } from '../../notifications/server/notifications.table.ts';
import { addDays } from '../calendar-days.ts';
import { sendMeetingReminders, sendSlipNudges } from './rhythm-reminders.ts';

describe('rhythm reminders: the day before, the nudge, staff told, once each', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let notifier: Notifier;
  let programmeId: string;
  let staff: TestPerson;
  const people: Record<string, TestPerson> = {};
  const pairs: Record<string, string> = {};
  const today = copenhagenDate();
  const metOn = addDays(today, -2);
  const at10 = (date: string) => copenhagenInstant(date, '10:00');

  const call = (method: 'POST' | 'PUT', url: string, who: TestPerson, payload?: object) =>
    s.call(method, `/api/programmes/${programmeId}${url}`, who.cookie, payload);
  const notificationsOf = (who: TestPerson, kind: string) =>
    s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .select()
        .from(notification)
        .where(and(eq(notification.personId, who.id), eq(notification.kind, kind))),
    );
  const twice = async (job: typeof sendSlipNudges, now: Date) => {
    const other = s.t.kind === 'postgres' ? await s.t.openAnother() : s.t.db;
    const notify = notifier.notify.bind(notifier);
    const sent = await Promise.all([job({ db: s.t.db, notify, now }), job({ db: other, notify, now })]);
    // Only this programme's people: the demo programme's pairs are reminded too.
    const ours = new Set([staff.id, ...Object.values(people).map((p) => p.id)]);
    return sent.flatMap((x) => x.personIds).filter((id) => ours.has(id));
  };

  beforeAll(async () => {
    s = await createTestServer();
    notifier = createNotifier({ publicUrl: s.env.publicUrl, secret: s.env.authSecret });
    programmeId = (await createProgramme(s.t.db, 'Rytme')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    for (const name of ['a', 'b']) {
      people[`${name}Peer`] = await addPerson(s, { programmeId, roles: ['peer'] });
      people[`${name}Mentor`] = await addPerson(s, { programmeId, roles: ['mentor'] });
      const res = await call('POST', '/mentorships', staff, {
        peerId: people[`${name}Peer`]!.id,
        mentorId: people[`${name}Mentor`]!.id,
        startDate: addDays(today, -30),
        rhythm: 'weekly',
      });
      expect(res.statusCode, res.body).toBe(201);
      pairs[name] = res.json().id;
    }
    // Pair a met two days ago and plans to meet in five days; pair b is paused.
    const met = await call('POST', `/mentorships/${pairs.a}/meetings`, people.aPeer!, {
      date: metOn,
      time: '10:00',
      placeType: 'walk',
    });
    expect(met.statusCode, met.body).toBe(201);
    const logged = await call('PUT', `/mentorships/${pairs.a}/meetings/${met.json().id}`, people.aMentor!, {
      outcome: 'happened',
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const planned = await call('POST', `/mentorships/${pairs.a}/meetings`, people.aPeer!, {
      date: addDays(today, 5),
      time: '17:00',
      placeType: 'cafe',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const paused = await call('POST', `/mentorships/${pairs.b}/pause`, people.bPeer!, {
      reason: 'Brug for ro',
    });
    expect(paused.statusCode, paused.body).toBe(200);
  }, 90_000);
  afterAll(() => s.close());

  it('reminds both of a pair the day before a meeting, once', async () => {
    expect(await twice(sendMeetingReminders, at10(addDays(today, 3)))).toEqual([]);
    const sent = await twice(sendMeetingReminders, at10(addDays(today, 4)));
    expect(sent.sort()).toEqual([people.aPeer!.id, people.aMentor!.id].sort());
    expect(await notificationsOf(people.aPeer!, 'meeting.reminder')).toHaveLength(1);
    const mails = (await listOutbox(s.t.db, 500)).filter((m) => m.toAddress === people.aMentor!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain('Du har en ny besked i makker.');
  });

  it('nudges both after 1.5 × the interval, tells staff after 2 ×, once each, never a paused pair', async () => {
    // Weekly: 10 days without a meeting is not yet a slip, 11 is a nudge, 15 tells staff.
    expect(await twice(sendSlipNudges, at10(addDays(metOn, 10)))).toEqual([]);
    const nudged = await twice(sendSlipNudges, at10(addDays(metOn, 11)));
    expect(nudged.sort()).toEqual([people.aPeer!.id, people.aMentor!.id].sort());
    expect(await twice(sendSlipNudges, at10(addDays(metOn, 12)))).toEqual([]);

    const told = await twice(sendSlipNudges, at10(addDays(metOn, 15)));
    expect(told).toEqual([staff.id]);
    const [staffNote, ...more] = await notificationsOf(staff, 'mentorship.slip-staff');
    expect(more).toEqual([]);
    expect(staffNote!.link).toBe(`/forloeb/${pairs.a}`);
    expect(await notificationsOf(people.aPeer!, 'mentorship.slip')).toHaveLength(1);
    for (const who of [people.bPeer!, people.bMentor!])
      expect(await notificationsOf(who, 'mentorship.slip')).toEqual([]);
  });
});
