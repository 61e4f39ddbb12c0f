/**
 * The café over HTTP on a real database: the demo's weekly times and rota, swapping the rota,
 * a cancellation that mails those who usually come, the public calendar feed, staff tapping
 * who came, and the room's code (right, wrong, and too many wrong tries); a person sees their
 * own record and nobody else's.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { CafeCheckInList, CafeOverview, MyCommunity } from '../community.contract.ts';
import { MAX_WRONG_CODES } from './cafe-check-in.ts';
import { cafeSession } from './community.table.ts';

describe('the café: rota, cancellations, feed and check-in', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let peer: TestPerson;
  let other: TestPerson;
  let openSessionId: string;
  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Café' });
    other = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ole Café' });
    // A session going on right now (the demo's are on Tuesdays and Thursdays).
    const now = Date.now();
    const [row] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .insert(cafeSession)
        .values({
          programmeId,
          startsAt: new Date(now - 20 * 60_000),
          endsAt: new Date(now + 100 * 60_000),
          place: 'Caféen',
        })
        .returning({ id: cafeSession.id }),
    );
    openSessionId = row!.id;
  }, 60_000);
  afterAll(() => s.close());

  const base = () => `/api/programmes/${programmeId}`;
  const overview = async () => (await s.call('GET', `${base()}/cafe`, staff.cookie)).json() as CafeOverview;

  it('shows Tuesday afternoon and Thursday morning, past visits as counts, and the rota', async () => {
    const cafe = await overview();
    expect(cafe.slots.map((x) => [x.weekday, x.start, x.end])).toEqual([
      [2, '13:00', '16:00'],
      [4, '09:30', '12:00'],
    ]);
    const past = cafe.sessions.filter((x) => new Date(x.endsAt) < new Date() && x.visits > 0);
    expect(past.length).toBeGreaterThan(5);
    expect(cafe.sessions.some((x) => x.host === null)).toBe(true);
    expect(JSON.stringify(cafe)).not.toContain('Anders Holm');
    expect(cafe.feedUrl).toMatch(/\/api\/public\/programmes\/[^/]+\/cafe\.ics$/);
  });

  it('fills and swaps the rota with staff only', async () => {
    const future = (await overview()).sessions.find((x) => new Date(x.startsAt) > new Date())!;
    const set = await s.call('PUT', `${base()}/cafe/sessions/${future.id}/host`, staff.cookie, {
      hostId: staff.id,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().host).toEqual({ id: staff.id, name: expect.any(String) });
    const refused = await s.call('PUT', `${base()}/cafe/sessions/${future.id}/host`, staff.cookie, {
      hostId: peer.id,
    });
    expect(refused.json().code).toBe('CAFE_HOST_NOT_STAFF');
  });

  it('cancels a session, tells those who usually come by e-mail, and the public feed says so', async () => {
    const cafe = await overview();
    const next = cafe.sessions.find(
      (x) => new Date(x.startsAt) > new Date() && cafe.slots.length && !x.cancelled,
    )!;
    const res = await s.call('POST', `${base()}/cafe/sessions/${next.id}/cancel`, staff.cookie, {
      reason: 'Personalet er på kursus.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().notified).toBeGreaterThanOrEqual(3);
    const mails = (await s.call('GET', '/api/dev/mail')).json().messages as {
      to: string;
      subject: string;
      text: string;
    }[];
    const cancelled = mails.filter((m) => m.subject === 'Caféen er aflyst');
    expect(cancelled).toHaveLength(res.json().notified);
    expect(cancelled[0]!.text).toContain('Personalet er på kursus.');
    expect(
      (await s.call('POST', `${base()}/cafe/sessions/${next.id}/cancel`, staff.cookie, { reason: '' })).json()
        .code,
    ).toBe('CAFE_SESSION_CANCELLED');

    const feed = await s.app.inject({ url: cafe.feedUrl.replace(s.env.publicUrl, '') });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain(`UID:cafe-session-${next.id}@makker`);
    expect(feed.body).toContain('SUMMARY:Aflyst: Caféen');
    expect(feed.body).not.toMatch(/ORGANIZER|ATTENDEE/);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(cafe.sessions.length);
    const tuesday = events.find(
      (x) => x.startDate.toJSDate().getTime() === Date.parse(cafe.sessions[0]!.startsAt),
    )!;
    expect(tuesday.location).toBe(cafe.sessions[0]!.place);
    expect((await s.app.inject({ url: '/api/public/programmes/findes-ikke/cafe.ics' })).statusCode).toBe(404);
  });

  it('lets staff tap who came, one tap each, and take it back', async () => {
    const tap = (userId: string, came: boolean) =>
      s.call('PUT', `${base()}/cafe/sessions/${openSessionId}/visits/${userId}`, staff.cookie, { came });
    expect((await tap(other.id, true)).json()).toEqual({ userId: other.id, came: true });
    expect((await tap(other.id, true)).statusCode).toBe(200);
    const list = (
      await s.call('GET', `${base()}/cafe/sessions/${openSessionId}/check-in`, staff.cookie)
    ).json() as CafeCheckInList;
    expect(list.people.find((p) => p.id === other.id)).toMatchObject({ came: true, via: 'staff' });
    expect(list.people.find((p) => p.id === peer.id)).toMatchObject({ came: false });
    await tap(other.id, false);
    const again = (
      await s.call('GET', `${base()}/cafe/sessions/${openSessionId}/check-in`, staff.cookie)
    ).json() as CafeCheckInList;
    expect(again.people.find((p) => p.id === other.id)?.came).toBe(false);
    expect((await tap(staff.id, true)).json().code).toBe('CAFE_PERSON_NOT_FOUND');
  });

  it('checks a person in with the code shown in the room, and stops guessing', async () => {
    const made = await s.call('POST', `${base()}/cafe/sessions/${openSessionId}/code`, staff.cookie);
    expect(made.statusCode, made.body).toBe(201);
    const { code } = made.json() as { code: string };
    expect(code).toMatch(/^\d{6}$/);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const checkIn = (p: TestPerson, c: string) =>
      s.call('POST', `${base()}/my-community/check-in`, p.cookie, { code: c });

    const ok = await checkIn(peer, code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().session.id).toBe(openSessionId);
    const mine = (await s.call('GET', `${base()}/my-community`, peer.cookie)).json() as MyCommunity;
    expect(mine.visits.total).toBe(1);
    expect(mine.cafe.length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).not.toContain('Ole Café');

    for (let i = 0; i < MAX_WRONG_CODES; i++) {
      const res = await checkIn(other, wrong);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('CHECK_IN_CODE_WRONG');
    }
    const blocked = await checkIn(other, code);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('CHECK_IN_TOO_MANY_TRIES');
    expect((await checkIn(staff, code)).statusCode).toBe(403);
  });
});
