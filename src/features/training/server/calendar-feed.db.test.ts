/**
 * The calendar feed over HTTP on a real database, parsed back with ical.js: every session of the
 * member's cohort, at the right Copenhagen time on both sides of a clock change, nothing about
 * other people; a new link revokes the old one, turning it off revokes it, and a revoked or
 * unknown address answers a bare 404.
 */
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { CalendarFeed, CohortDetail } from '../training.contract.ts';

const copenhagenClock = (instant: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return {
        uid: event.uid,
        summary: event.summary,
        location: event.location,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        stamp: c.getFirstPropertyValue('dtstamp'),
      };
    }),
  };
}

describe('calendar feed', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let ada: TestPerson;
  let bo: TestPerson;
  let autumn: CohortDetail;
  let winter: CohortDetail;

  function call(method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, cookie?: string, payload?: object) {
    return s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  }
  const feedUrl = (_person: TestPerson) => `/api/programmes/${programmeId}/my-training/calendar`;
  const makeLink = async (person: TestPerson) => {
    const res = await call('POST', feedUrl(person), person.cookie);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CalendarFeed;
  };
  const fetchFeed = (feed: CalendarFeed) => call('GET', new URL(feed.url!).pathname);

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'], name: 'Sille Kalenderleder' });
    ada = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ada Kalendersen' });
    bo = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Bo Kalendersen' });
    const cohortOf = async (name: string, startMonth: string, member: TestPerson) => {
      const res = await call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
        name,
        startMonth,
        capacity: 12,
        leadIds: [staff.id],
        memberIds: [member.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as CohortDetail;
    };
    // September to March: summer time ends in October and begins again at the end of March.
    autumn = await cohortOf('Efterårsholdet', '2030-09', ada);
    winter = await cohortOf('Vinterholdet', '2030-11', bo);
    const first = autumn.sessions[0]!;
    const edit = await call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${autumn.id}/sessions/${first.id}`,
      staff.cookie,
      {
        startsAt: first.startsAt,
        endsAt: first.endsAt,
        place: 'Caféen, Vejle',
        topic: 'Samtaler, der bærer',
        teacher: 'Lærer Hemmeligsen',
        materials: '',
        links: [],
      },
    );
    expect(edit.statusCode, edit.body).toBe(200);
  }, 60_000);
  afterAll(() => s.close());

  it('has every session of the cohort at its Copenhagen time across the clock changes', async () => {
    const feed = await makeLink(ada);
    expect(feed.url).toMatch(/^http.*\/api\/public\/calendar\/[0-9a-f]{32}\.[\w-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url!.replace(/^https?:/, 'webcal:'));
    const res = await fetchFeed(feed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const parsed = parseFeed(res.body);
    expect(parsed.name).toContain('uddannelse');
    expect(parsed.events.map((e) => e.uid).sort()).toEqual(
      autumn.sessions.map((x) => `course-session-${x.id}@makker`).sort(),
    );
    const offsets = new Set<number>();
    for (const session of autumn.sessions) {
      const event = parsed.events.find((e) => e.uid === `course-session-${session.id}@makker`)!;
      expect(event.start.toISOString()).toBe(new Date(session.startsAt).toISOString());
      expect(event.end.toISOString()).toBe(new Date(session.endsAt).toISOString());
      expect(copenhagenClock(event.start)).toBe(session.kind === 'teaching' ? '09:30' : '17:00');
      expect(copenhagenClock(event.end)).toBe(session.kind === 'teaching' ? '15:00' : '19:00');
      expect(event.summary).toMatch(
        session.kind === 'teaching' ? /^Undervisningsdag \d/ : /^Gruppesparring \d/,
      );
      expect(event.stamp).toBeTruthy();
      offsets.add(event.start.getUTCHours() - Number(copenhagenClock(event.start).slice(0, 2)));
    }
    // Both UTC+1 and UTC+2 occur: the plan crosses a change of the clock.
    expect(offsets.size).toBe(2);
    const first = parsed.events.find((e) => e.uid === `course-session-${autumn.sessions[0]!.id}@makker`)!;
    expect(first.summary).toBe('Undervisningsdag 1: Samtaler, der bærer');
    expect(first.location).toBe('Caféen, Vejle');
    // Nobody's name: not the teacher, the lead, the member or anyone else.
    for (const name of ['Hemmeligsen', 'Kalenderleder', 'Kalendersen', 'Efterårsholdet'])
      expect(res.body).not.toContain(name);
  });

  it("shows another person only their own cohort's sessions", async () => {
    const feed = await makeLink(bo);
    const parsed = parseFeed((await fetchFeed(feed)).body);
    expect(parsed.events.map((e) => e.uid).sort()).toEqual(
      winter.sessions.map((x) => `course-session-${x.id}@makker`).sort(),
    );
    const autumnUids = new Set(autumn.sessions.map((x) => `course-session-${x.id}@makker`));
    expect(parsed.events.some((e) => autumnUids.has(e.uid))).toBe(false);
  });

  it('revokes the old link when a new one is made, and every link when turned off', async () => {
    const old = await makeLink(ada);
    expect((await fetchFeed(old)).statusCode).toBe(200);
    const renewed = await makeLink(ada);
    const gone = await fetchFeed(old);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/public/calendar/[redacted]' });
    const token = new URL(old.url!).pathname.split('/').pop()!;
    expect(gone.body).not.toContain(token.slice(33, 60));
    expect(gone.body).not.toContain('Undervisningsdag');
    expect((await fetchFeed(renewed)).statusCode).toBe(200);
    const status = (await call('GET', feedUrl(ada), ada.cookie)).json() as CalendarFeed;
    expect(status).toMatchObject({ active: true });
    expect(status.url).toBeUndefined();

    const off = await call('DELETE', feedUrl(ada), ada.cookie);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ active: false, createdAt: null });
    const after = await fetchFeed(renewed);
    expect(after.statusCode).toBe(404);
    expect(after.body).toBe(gone.body.replace(gone.json().requestId, after.json().requestId));
    expect((await call('GET', feedUrl(ada), ada.cookie)).json()).toEqual({ active: false, createdAt: null });

    const audits = await s.t.db.db
      .select({ action: auditEvent.action, purpose: auditEvent.purpose })
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, ada.id), eq(auditEvent.actorId, ada.id)));
    expect(audits.filter((a) => a.purpose.endsWith('/my-training/calendar')).map((a) => a.action)).toEqual([
      'create',
      'create',
      'create',
      'delete',
    ]);
  });

  it('answers an unknown or malformed address with the same bare 404', async () => {
    const [bogus, malformed] = await Promise.all([
      call('GET', `/api/public/calendar/${programmeId.replaceAll('-', '')}.${'A'.repeat(43)}.ics`),
      call('GET', '/api/public/calendar/nothing-here'),
    ]);
    for (const res of [bogus, malformed]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/public/calendar/[redacted]' });
    }
  });

  it('is for mentors only: staff cannot make a link, a visitor cannot see one', async () => {
    expect((await call('POST', feedUrl(staff), staff.cookie)).statusCode).toBe(403);
    expect((await call('GET', feedUrl(ada))).statusCode).toBe(401);
  });
});
