/**
 * Changing and stopping a weekly café time on a real database: the coming sessions follow (a new
 * place keeps the rota, a new hour replaces them), the past stays with its visits, and those who
 * usually come are told by e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { CafeOverview } from '../community.contract.ts';

describe('the café: changing and stopping a weekly time', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let peer: TestPerson;
  beforeAll(async () => {
    s = await createTestServer({ RATE_LIMIT_PER_MINUTE: String(Number.MAX_SAFE_INTEGER) });
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    peer = await addPerson(s, { programmeId, roles: ['peer'] });
  }, 60_000);
  afterAll(() => s.close());

  const base = () => `/api/programmes/${programmeId}`;
  const overview = async () => (await s.call('GET', `${base()}/cafe`, staff.cookie)).json() as CafeOverview;
  const mails = async (subject: string) =>
    (
      (await s.call('GET', '/api/dev/mail')).json().messages as {
        to: string;
        subject: string;
        text: string;
      }[]
    ).filter((m) => m.subject === subject);
  const now = () => Date.now();
  const weekdayOf = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Copenhagen' }).format(
      new Date(iso),
    );

  it('a new place goes into the coming sessions and keeps the rota; the regulars are told', async () => {
    const before = await overview();
    const tuesday = before.slots.find((x) => x.weekday === 2)!;
    const coming = before.sessions.filter(
      (x) => Date.parse(x.startsAt) > now() && weekdayOf(x.startsAt) === 'Tue',
    );
    const hosted = coming[0]!;
    await s.call('PUT', `${base()}/cafe/sessions/${hosted.id}/host`, staff.cookie, { hostId: staff.id });
    const pastPlaces = before.sessions.filter((x) => Date.parse(x.startsAt) < now()).map((x) => x.place);

    const res = await s.call('PUT', `${base()}/cafe/slots/${tuesday.id}`, staff.cookie, {
      ...tuesday,
      id: undefined,
      place: 'Kulturhuset, Vejle',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().slot.place).toBe('Kulturhuset, Vejle');
    expect(res.json().notified).toBeGreaterThan(0);
    const after = await overview();
    const moved = after.sessions.find((x) => x.id === hosted.id)!;
    expect(moved.place).toBe('Kulturhuset, Vejle');
    expect(moved.host?.id).toBe(staff.id);
    expect(after.sessions.filter((x) => Date.parse(x.startsAt) < now()).map((x) => x.place)).toEqual(
      pastPlaces,
    );
    const told = await mails('Caféen har fået ny tid eller nyt sted');
    expect(told).toHaveLength(res.json().notified);
    expect(told[0]!.text).toContain(
      'tirsdag 13:00–16:00 er fra nu af om tirsdag 13:00–16:00, Kulturhuset, Vejle',
    );
  });

  it('a new day replaces the coming sessions; the visits of past ones stay', async () => {
    const before = await overview();
    const thursday = before.slots.find((x) => x.weekday === 4)!;
    const pastVisits = before.sessions
      .filter((x) => Date.parse(x.startsAt) < now())
      .reduce((n, x) => n + x.visits, 0);
    const res = await s.call('PUT', `${base()}/cafe/slots/${thursday.id}`, staff.cookie, {
      weekday: 5,
      start: '10:00',
      end: '12:00',
      place: thursday.place,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await overview();
    const coming = after.sessions.filter((x) => Date.parse(x.startsAt) > now());
    const weekdayOf = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Copenhagen' }).format(
        new Date(iso),
      );
    expect(new Set(coming.map((x) => weekdayOf(x.startsAt)))).toEqual(new Set(['Tue', 'Fri']));
    expect(
      after.sessions.filter((x) => Date.parse(x.startsAt) < now()).reduce((n, x) => n + x.visits, 0),
    ).toBe(pastVisits);
    expect(after.slots.map((x) => [x.weekday, x.start])).toEqual([
      [2, '13:00'],
      [5, '10:00'],
    ]);
  });

  it('stops a weekly time: no coming sessions, the past stays, and it cannot be changed again', async () => {
    const before = await overview();
    const friday = before.slots.find((x) => x.weekday === 5)!;
    const pastCount = before.sessions.filter((x) => Date.parse(x.startsAt) < now()).length;
    const res = await s.call('DELETE', `${base()}/cafe/slots/${friday.id}`, staff.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const after = await overview();
    expect(after.slots.map((x) => x.weekday)).toEqual([2]);
    expect(after.sessions.filter((x) => Date.parse(x.startsAt) < now())).toHaveLength(pastCount);
    const again = await s.call('DELETE', `${base()}/cafe/slots/${friday.id}`, staff.cookie);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('CAFE_SLOT_NOT_FOUND');
  });

  it('refuses a peer, a time that ends before it starts, and an unknown slot', async () => {
    const slot = (await overview()).slots[0]!;
    const body = { weekday: 2, start: '13:00', end: '16:00', place: 'Caféen' };
    expect((await s.call('PUT', `${base()}/cafe/slots/${slot.id}`, peer.cookie, body)).statusCode).toBe(403);
    const wrong = await s.call('PUT', `${base()}/cafe/slots/${slot.id}`, staff.cookie, {
      ...body,
      end: '12:00',
    });
    expect(wrong.statusCode).toBe(400);
    const unknown = await s.call(
      'PUT',
      `${base()}/cafe/slots/00000000-0000-4000-8000-000000000000`,
      staff.cookie,
      body,
    );
    expect(unknown.json().code).toBe('CAFE_SLOT_NOT_FOUND');
  });
});
