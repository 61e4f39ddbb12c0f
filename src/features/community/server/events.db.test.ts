/**
 * Events over HTTP on a real database: a place or the waiting list, cancelling moves the queue
 * up and mails the person (outbox), two people taking the last place at once never overbook
 * (run on PostgreSQL with TEST_DATABASE_URL: four connections, truly concurrent), reminders
 * the day before go once however often the job runs, attendance counts for the evaluation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { testDatabaseKind } from '../../../server/testing/test-database.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { CommunityEvent, EventDetail, MySignUp } from '../community.contract.ts';
import { communityParticipation, sendEventReminders } from './index.ts';

const DAY = 86_400_000;

describe('events: sign-up, waiting list, reminders, attendance', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let peers: TestPerson[];
  let mentor: TestPerson;
  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'] });
    peers = [];
    for (let i = 0; i < 5; i++) peers.push(await addPerson(s, { programmeId, roles: ['peer'] }));
  }, 60_000);
  afterAll(() => s.close());

  async function newEvent(overrides: Partial<Record<string, unknown>> = {}): Promise<CommunityEvent> {
    const startsAt = new Date(Date.now() + 10 * DAY);
    const res = await s.call('POST', `/api/programmes/${programmeId}/events`, staff.cookie, {
      title: 'Julefrokost',
      description: 'Sild og risalamande.',
      place: 'Caféen',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      capacity: 3,
      costKr: 50,
      signUpDeadline: new Date(startsAt.getTime() - DAY).toISOString(),
      audience: 'peers',
      guestAllowed: true,
      ...overrides,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const signUp = (e: CommunityEvent, p: TestPerson, guest = false) =>
    s.call('POST', `/api/programmes/${programmeId}/my-community/events/${e.id}/sign-up`, p.cookie, { guest });
  const cancel = (e: CommunityEvent, p: TestPerson) =>
    s.call('DELETE', `/api/programmes/${programmeId}/my-community/events/${e.id}/sign-up`, p.cookie);
  const detail = async (e: CommunityEvent) =>
    (
      await s.call('GET', `/api/programmes/${programmeId}/events/${e.id}`, staff.cookie)
    ).json() as EventDetail;
  const mailTo = async (p: TestPerson) =>
    (
      (await s.call('GET', '/api/dev/mail')).json().messages as {
        to: string;
        subject: string;
        text: string;
      }[]
    ).filter((m) => m.to === p.email);

  it('gives places until full, then the waiting list; a cancellation moves it up and mails the person', async () => {
    const e = await newEvent();
    expect((await signUp(e, peers[0]!, true)).json()).toMatchObject({ status: 'confirmed', guest: true });
    expect((await signUp(e, peers[1]!)).json()).toMatchObject({ status: 'confirmed' });
    const third = (await signUp(e, peers[2]!)).json() as MySignUp;
    expect(third).toEqual({ status: 'waiting', guest: false, queuePosition: 1 });
    expect((await signUp(e, peers[3]!)).json()).toMatchObject({ status: 'waiting', queuePosition: 2 });
    // Signing up twice changes nothing.
    expect((await signUp(e, peers[2]!)).json()).toMatchObject({ status: 'waiting', queuePosition: 1 });

    const cancelled = await cancel(e, peers[0]!);
    expect(cancelled.json()).toEqual({ status: null, guest: false, queuePosition: null });
    const after = await detail(e);
    expect(after.confirmed.map((p) => p.id)).toEqual([peers[1]!.id, peers[2]!.id, peers[3]!.id]);
    expect(after.waitingList).toEqual([]);
    expect(after.event).toMatchObject({ taken: 3, waiting: 0 });
    const mails = await mailTo(peers[2]!);
    expect(mails.map((m) => m.subject)).toEqual(['Du har fået en plads: Julefrokost']);
    expect(mails[0]!.text).toContain('Caféen');
  });

  it('refuses those the event is not for, guests where none may come, and late sign-ups', async () => {
    const e = await newEvent({ guestAllowed: false });
    expect((await signUp(e, mentor)).json().code).toBe('EVENT_NOT_FOR_YOU');
    expect((await signUp(e, peers[0]!, true)).json().code).toBe('EVENT_NO_GUESTS');
    const closed = await newEvent({ signUpDeadline: new Date(Date.now() - DAY).toISOString() });
    const late = await signUp(closed, peers[0]!);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('EVENT_SIGN_UP_CLOSED');
    expect((await cancel(e, peers[4]!)).json().code).toBe('EVENT_SIGN_UP_NOT_FOUND');
    expect((await signUp(e, staff)).statusCode).toBe(403);
  });

  it('never gives the last place twice when two take it at once', async () => {
    for (let round = 0; round < 3; round++) {
      const e = await newEvent({ capacity: 1 });
      const answers = await Promise.all([signUp(e, peers[0]!), signUp(e, peers[1]!), signUp(e, peers[2]!)]);
      const statuses = answers.map((a) => (a.json() as MySignUp).status).sort();
      expect(statuses).toEqual(['confirmed', 'waiting', 'waiting']);
      expect((await detail(e)).event.taken).toBe(1);
    }
  });

  it('changes an event: more places move the queue up, a new time is told, fewer places than taken are refused', async () => {
    const e = await newEvent({ title: 'Bowling', capacity: 1, guestAllowed: false });
    await signUp(e, peers[0]!);
    await signUp(e, peers[1]!);
    const body = (overrides: Record<string, unknown>) => ({
      title: e.title,
      description: e.description,
      place: e.place,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      capacity: e.capacity,
      costKr: e.costKr,
      signUpDeadline: e.signUpDeadline,
      audience: e.audience,
      guestAllowed: e.guestAllowed,
      ...overrides,
    });
    const put = (payload: object) =>
      s.call('PUT', `/api/programmes/${programmeId}/events/${e.id}`, staff.cookie, payload);

    const bigger = await put(body({ capacity: 2 }));
    expect(bigger.statusCode, bigger.body).toBe(200);
    expect(bigger.json()).toMatchObject({ capacity: 2, taken: 2, waiting: 0 });
    expect((await mailTo(peers[1]!)).map((m) => m.subject)).toContain('Du har fået en plads: Bowling');
    // Same time and place: nobody is told of a change.
    expect((await mailTo(peers[0]!)).filter((m) => m.subject.startsWith('Ændret'))).toEqual([]);

    const smaller = await put(body({ capacity: 1 }));
    expect(smaller.statusCode).toBe(409);
    expect(smaller.json().code).toBe('EVENT_CAPACITY_BELOW_TAKEN');
    expect((await detail(e)).event.capacity).toBe(2);

    const later = new Date(Date.parse(e.startsAt) + 2 * 3_600_000);
    const moved = await put(
      body({
        capacity: 2,
        place: 'Bowlinghallen, Vejle',
        startsAt: later.toISOString(),
        endsAt: new Date(later.getTime() + 3_600_000).toISOString(),
      }),
    );
    expect(moved.statusCode, moved.body).toBe(200);
    for (const p of [peers[0]!, peers[1]!]) {
      const told = (await mailTo(p)).filter((m) => m.subject === 'Ændret tid eller sted: Bowling');
      expect(told).toHaveLength(1);
      expect(told[0]!.text).toContain('Bowlinghallen, Vejle');
    }
    const invalid = await put(body({ endsAt: e.startsAt }));
    expect(invalid.statusCode).toBe(400);
    expect((await put(body({ capacity: 3 }))).statusCode).toBe(200);
    expect(
      (await s.call('PUT', `/api/programmes/${programmeId}/events/${e.id}`, peers[0]!.cookie, body({})))
        .statusCode,
    ).toBe(403);
  });

  it('cancels an event: everyone signed up or waiting is told why, and nobody can sign up', async () => {
    const e = await newEvent({ title: 'Sankthans', capacity: 1 });
    await signUp(e, peers[2]!);
    await signUp(e, peers[3]!);
    const cancelEvent = (payload: object) =>
      s.call('POST', `/api/programmes/${programmeId}/events/${e.id}/cancel`, staff.cookie, payload);
    expect((await cancelEvent({ reason: ' ' })).statusCode).toBe(400);
    const done = await cancelEvent({ reason: 'Bålet er forbudt pga. tørke.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().cancelledAt).not.toBeNull();
    for (const p of [peers[2]!, peers[3]!]) {
      const told = (await mailTo(p)).filter((m) => m.subject === 'Aflyst: Sankthans');
      expect(told).toHaveLength(1);
      expect(told[0]!.text).toContain('Bålet er forbudt pga. tørke.');
    }
    expect((await cancelEvent({ reason: 'Igen' })).json().code).toBe('EVENT_CANCELLED');
    expect((await signUp(e, peers[4]!)).json().code).toBe('EVENT_CANCELLED');
    // The one with a place cancels hers: the queue does not move on a cancelled event.
    expect((await cancel(e, peers[2]!)).statusCode).toBe(200);
    expect(
      (await mailTo(peers[3]!)).filter((m) => m.subject.startsWith('Du har fået en plads: Sankthans')),
    ).toEqual([]);
    // Those still signed up read it on their page; those who never signed up do not see it.
    const page = async (p: TestPerson) =>
      (await s.call('GET', `/api/programmes/${programmeId}/my-community`, p.cookie)).json()
        .events as CommunityEvent[];
    expect((await page(peers[3]!)).find((x) => x.id === e.id)?.cancelReason).toBe(
      'Bålet er forbudt pga. tørke.',
    );
    expect((await page(peers[4]!)).find((x) => x.id === e.id)).toBeUndefined();
  });

  it('reminds those with a place the day before, once however often the job runs', async () => {
    const tomorrow = new Date(Date.now() + DAY);
    tomorrow.setUTCHours(11, 0, 0, 0);
    const e = await newEvent({
      title: 'Sommerudflugt',
      startsAt: tomorrow.toISOString(),
      endsAt: new Date(tomorrow.getTime() + 3_600_000).toISOString(),
      signUpDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      capacity: 1,
    });
    await signUp(e, peers[3]!);
    await signUp(e, peers[4]!);
    const first = await sendEventReminders(s.t.db);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await sendEventReminders(s.t.db)).toBe(0);
    const reminders = (await mailTo(peers[3]!)).filter((m) => m.subject === 'I morgen: Sommerudflugt');
    expect(reminders).toHaveLength(1);
    expect((await mailTo(peers[4]!)).filter((m) => m.subject.startsWith('I morgen'))).toEqual([]);
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'sends each reminder once when two instances run the job at once',
    async () => {
      const other = await s.t.openAnother();
      const tomorrow = new Date(Date.now() + DAY);
      tomorrow.setUTCHours(12, 0, 0, 0);
      const e = await newEvent({
        title: 'Juletræsfest',
        startsAt: tomorrow.toISOString(),
        endsAt: new Date(tomorrow.getTime() + 3_600_000).toISOString(),
        signUpDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      });
      await signUp(e, peers[0]!);
      await signUp(e, peers[1]!);
      const [a, b] = await Promise.all([sendEventReminders(s.t.db), sendEventReminders(other)]);
      expect(a + b).toBe(2);
      for (const p of [peers[0]!, peers[1]!])
        expect((await mailTo(p)).filter((m) => m.subject === 'I morgen: Juletræsfest')).toHaveLength(1);
    },
  );

  it("gives an erased person's place to the waiting list and exports a person's sign-ups", async () => {
    const e = await newEvent({ capacity: 1, title: 'Nytårskur' });
    const leaving = await addPerson(s, { programmeId, roles: ['peer'] });
    await signUp(e, leaving);
    await signUp(e, peers[4]!);
    const admin = await addPerson(s, { programmeId, roles: ['admin'] });
    const mine = await s.call('GET', '/api/me/export', leaving.cookie);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(JSON.stringify(mine.json())).toContain('Nytårskur');
    const erased = await s.call(
      'POST',
      `/api/programmes/${programmeId}/people/${leaving.id}/erase`,
      admin.cookie,
    );
    expect(erased.statusCode, erased.body).toBe(200);
    const after = await detail(e);
    expect(after.confirmed.map((p) => p.id)).toEqual([peers[4]!.id]);
    expect((await mailTo(peers[4]!)).some((m) => m.subject === 'Du har fået en plads: Nytårskur')).toBe(true);
  });

  it('takes attendance from the start only, and counts it for the evaluation', async () => {
    const e = await newEvent();
    await signUp(e, peers[1]!);
    const early = await s.call(
      'PUT',
      `/api/programmes/${programmeId}/events/${e.id}/attendance/${peers[1]!.id}`,
      staff.cookie,
      { attended: true },
    );
    expect(early.json().code).toBe('EVENT_ATTENDANCE_TOO_EARLY');
    const past = await s.call('GET', `/api/programmes/${programmeId}/events`, staff.cookie);
    const trip = (past.json().events as CommunityEvent[]).find(
      (x) => x.title === 'Sommerudflugt til Jelling',
    )!;
    expect(trip.attended).toBeGreaterThan(0);
    const participation = await communityParticipation(s.t.db, programmeId, {
      from: new Date(Date.now() - 200 * DAY),
      to: new Date(),
    });
    expect(participation.people.filter((p) => p.eventsAttended > 0)).toHaveLength(trip.attended);
    expect(participation.sessions.length).toBeGreaterThan(5);
    expect(participation.sessions.every((x) => x.visits >= 0)).toBe(true);
  });
});
