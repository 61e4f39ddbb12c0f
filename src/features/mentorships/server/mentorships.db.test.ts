/**
 * Mentorships over HTTP on a real database: staff start a pair by hand; the pair plans and logs
 * meetings, each with a private rating the partner never sees; a home-like note is flagged to
 * staff; a pause's reason reaches staff only and resuming needs both and staff; an early end is
 * told kindly; illegal steps are refused with a translated problem; matching's two functions.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, logIn, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addCalendarMonths, addDays } from '../calendar-days.ts';
import type { Meeting, MyMentorships, Overview, StaffMentorship } from '../mentorships.contract.ts';
import { openMentorshipCounts, seedDemoMentorships, startMentorship } from './index.ts';
import { mentorshipEvent } from './mentorships.table.ts';

describe('mentorships', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let peer: TestPerson;
  let mentor: TestPerson;
  let stranger: TestPerson;
  let pairId: string;
  const today = copenhagenDate();

  function call(method: 'GET' | 'PUT' | 'POST', url: string, who?: TestPerson, payload?: object) {
    return s.app.inject({
      method,
      url: `/api/programmes/${programmeId}${url}`,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(who ? { cookie: who.cookie } : {}) },
    });
  }
  const mine = async (who: TestPerson) => {
    const res = await call('GET', '/my-mentorships', who);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as MyMentorships).mentorships[0]!;
  };
  const forStaff = async () => (await call('GET', `/mentorships/${pairId}`, staff)).json() as StaffMentorship;

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Makkere')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    peer = await addPerson(s, { programmeId, roles: ['peer'], name: 'Pia Peer' });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mads Mentor' });
    stranger = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Stine Fremmed' });
  });
  afterAll(() => s.close());

  it('lets staff start a pair by hand, and refuses a wrong one with a translated problem', async () => {
    const wrong = await call('POST', '/mentorships', staff, {
      peerId: mentor.id,
      mentorId: peer.id,
      startDate: today,
      rhythm: 'weekly',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'MENTORSHIP_NOT_PEER',
      title: 'Den første person skal være peer i projektet.',
    });
    const start = addDays(today, -21);
    const res = await call('POST', '/mentorships', staff, {
      peerId: peer.id,
      mentorId: mentor.id,
      startDate: start,
      rhythm: 'weekly',
    });
    expect(res.statusCode, res.body).toBe(201);
    pairId = res.json().id;
    const again = await call('POST', '/mentorships', staff, {
      peerId: peer.id,
      mentorId: stranger.id,
      startDate: today,
      rhythm: 'weekly',
    });
    expect(again.json().code).toBe('MENTORSHIP_PEER_HAS_OPEN');
    const view = await mine(peer);
    expect(view).toMatchObject({
      id: pairId,
      state: 'active',
      me: 'peer',
      partner: { name: 'Mads Mentor' },
      plannedEnd: addCalendarMonths(start, 6),
    });
    expect((await forStaff()).history.map((h) => `${h.type}:${h.from}→${h.to}:${h.by}`)).toEqual([
      'propose:proposed→proposed:staff',
      'start:proposed→active:staff',
    ]);
  });

  it('plans and logs meetings with private ratings the partner never sees', async () => {
    const planned = await call('POST', `/mentorships/${pairId}/meetings`, mentor, {
      date: addDays(today, -2),
      time: '10:00',
      placeType: 'walk',
      note: 'Ved broen',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const meetingId = (planned.json() as Meeting).id;
    const logged = await call('PUT', `/mentorships/${pairId}/meetings/${meetingId}`, peer, {
      outcome: 'happened',
      rating: 2,
    });
    expect(logged.json()).toMatchObject({ status: 'happened', myRating: 2 });
    const twice = await call('PUT', `/mentorships/${pairId}/meetings/${meetingId}`, mentor, {
      outcome: 'cancelled',
    });
    expect(twice.json().code).toBe('MEETING_ALREADY_LOGGED');
    const rated = await call('PUT', `/mentorships/${pairId}/meetings/${meetingId}/my-rating`, mentor, {
      rating: 5,
    });
    expect(rated.json().myRating).toBe(5);
    // Each sees their own rating only; the responses hold no other.
    const peerView = await mine(peer);
    const mentorView = await mine(mentor);
    expect(peerView.meetings.find((m) => m.id === meetingId)!.myRating).toBe(2);
    expect(mentorView.meetings.find((m) => m.id === meetingId)!.myRating).toBe(5);
    expect(JSON.stringify(mentorView)).not.toMatch(/"rating"|"ratings"/);
    expect((await forStaff()).meetings.find((m) => m.id === meetingId)!.ratings).toEqual({
      peer: 2,
      mentor: 5,
    });
    expect(peerView.weeks.filter((w) => w.mark === 'met')).toHaveLength(1);

    const future = await call('POST', `/mentorships/${pairId}/meetings`, peer, {
      date: addDays(today, 5),
      time: '16:30',
      placeType: 'programme-cafe',
    });
    const futureId = future.json().id as string;
    const early = await call('PUT', `/mentorships/${pairId}/meetings/${futureId}`, peer, {
      outcome: 'happened',
    });
    expect(early.json().code).toBe('MEETING_NOT_YET');
    const moved = await call('PUT', `/mentorships/${pairId}/meetings/${futureId}`, peer, {
      outcome: 'moved',
      date: addDays(today, 6),
      time: '17:00',
    });
    expect(moved.json()).toMatchObject({ status: 'planned', placeType: 'programme-cafe' });
    expect((await mine(mentor)).nextMeeting!.id).toBe(moved.json().id);
  });

  it('flags a note that looks like a home to staff and says so', async () => {
    const res = await call('POST', `/mentorships/${pairId}/meetings`, peer, {
      date: addDays(today, 3),
      time: '12:00',
      placeType: 'other',
      note: 'Hos mig, Vestergade 12, 2. th.',
    });
    expect(res.json().homeFlagged).toBe(true);
    const overview = (await call('GET', '/mentorships', staff)).json() as Overview;
    expect(overview.pairs.find((p) => p.id === pairId)!.homeFlags).toBe(1);
    expect((await forStaff()).meetings.find((m) => m.id === res.json().id)!.homeFlag).toBe('home-word');
  });

  it('keeps other people out of the pair', async () => {
    const res = await call('POST', `/mentorships/${pairId}/meetings`, stranger, {
      date: today,
      time: '12:00',
      placeType: 'cafe',
    });
    expect(res.statusCode).toBe(404);
    expect((await call('GET', `/mentorships/${pairId}`, peer)).statusCode).toBe(403);
    expect((await call('POST', `/mentorships/${pairId}/pause`, stranger, { reason: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('pauses with a reason for staff only; resuming needs both and staff; the end moves', async () => {
    const reason = 'Jeg har haft et tilbagefald';
    const paused = await call('POST', `/mentorships/${pairId}/pause`, peer, { reason });
    expect(paused.json()).toMatchObject({ state: 'paused' });
    const seen = await mine(mentor);
    expect(seen.state).toBe('paused');
    expect(JSON.stringify(seen)).not.toContain(reason);
    expect(JSON.stringify(await mine(peer))).not.toContain(reason);
    expect((await forStaff()).history.at(-1)).toMatchObject({ type: 'pause', by: 'peer', note: reason });
    const [stored] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx
        .select({ note: mentorshipEvent.noteSealed })
        .from(mentorshipEvent)
        .where(eq(mentorshipEvent.type, 'pause')),
    );
    expect(stored!.note).not.toContain('tilbagefald');

    const tooSoon = await call('POST', `/mentorships/${pairId}/resume`, staff);
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().code).toBe('MENTORSHIP_RESUME_NEEDS_BOTH');
    expect(
      (
        await call('POST', `/mentorships/${pairId}/meetings`, peer, {
          date: today,
          time: '12:00',
          placeType: 'cafe',
        })
      ).json().code,
    ).toBe('MENTORSHIP_NOT_ACTIVE');
    await call('POST', `/mentorships/${pairId}/ready`, peer);
    expect((await mine(mentor)).resumeAgreed).toEqual({ me: false, partner: true });
    await call('POST', `/mentorships/${pairId}/ready`, mentor);
    expect((await call('POST', `/mentorships/${pairId}/resume`, peer)).statusCode).toBe(403);
    const resumed = await call('POST', `/mentorships/${pairId}/resume`, staff);
    expect(resumed.json()).toMatchObject({ state: 'active' });
    const again = await call('POST', `/mentorships/${pairId}/resume`, staff);
    expect(again.json()).toMatchObject({
      code: 'MENTORSHIP_TRANSITION_NOT_ALLOWED',
      title: 'Det kan ikke lade sig gøre, som forløbet står nu. Opdater siden for at se, hvor det står.',
    });
  });

  it('ends early with a reason for staff and tells the partner kindly', async () => {
    const ended = await call('POST', `/mentorships/${pairId}/end`, mentor, {
      reason: 'not-a-good-match',
      note: 'Vi taler ikke godt sammen',
    });
    expect(ended.json()).toMatchObject({ state: 'ending' });
    const peerView = await mine(peer);
    expect(peerView).toMatchObject({ state: 'ending', endedBy: 'partner' });
    expect(JSON.stringify(peerView)).not.toMatch(/not-a-good-match|taler ikke/);
    const staffView = await forStaff();
    expect(staffView.endReason).toBe('not-a-good-match');
    expect(staffView.history.at(-1)!.note).toBe('Vi taler ikke godt sammen');
    const mails = (await s.app.inject({ url: '/api/dev/mail' })).json().messages as {
      to: string;
      text: string;
    }[];
    const toPeer = mails.find((m) => m.to === peer.email)!;
    expect(toPeer.text).toContain('ikke din skyld');
    expect(mails.some((m) => m.to === mentor.email && m.text.includes('ikke din skyld'))).toBe(false);
    expect((await call('POST', `/mentorships/${pairId}/close`, staff)).json().state).toBe('closed');
  });

  it('gives matching a start and counts open pairs per mentor', async () => {
    const next = await addPerson(s, { programmeId, roles: ['peer'] });
    const counts = await s.t.db.withProgramme(programmeId, async (tx) => {
      await startMentorship(tx, {
        programmeId,
        peerId: next.id,
        mentorId: stranger.id,
        startDate: today,
        rhythm: 'fortnightly',
        by: 'matching',
        actorId: null,
      });
      return openMentorshipCounts(tx, [mentor.id, stranger.id]);
    });
    expect(counts).toEqual(new Map([[stranger.id, 1]]));
    const overview = (await call('GET', '/mentorships?state=active', staff)).json() as Overview;
    expect(overview.pairs.map((p) => p.mentor?.name)).toEqual(['Stine Fremmed']);
    expect(overview.counts).toMatchObject({ active: 1, closed: 1 });
  });

  it('seeds demo pairs in every state and light once, the demo pair active and alive', async () => {
    // The test template is the migrated, demo-seeded database.
    const demo = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!;
    const demoStaff = await addPerson(s, { programmeId: demo.id, roles: ['staff'] });
    await seedDemoMentorships(s.t.db, demo.id, { staffId: null, peerId: null, mentorId: null });
    const demoPeer = {
      cookie: await logIn(s.app, s.env.publicUrl, 'peer@makker.example', 'demo-peer-makker'),
    };
    const res = await s.app.inject({
      url: `/api/programmes/${demo.id}/mentorships`,
      headers: { cookie: demoStaff.cookie },
    });
    const overview = res.json() as Overview;
    // Seven active pairs: the extension seed's Sara Lund, the pair matching's demo offers started,
    // and the relapse seed's mentor Rikke Thorsen with two peers.
    expect(overview.counts).toEqual({ proposed: 1, active: 7, paused: 1, ending: 1, closed: 1 });
    expect(new Set(overview.pairs.map((p) => p.light).filter(Boolean))).toEqual(
      new Set(['green', 'amber', 'red']),
    );
    expect(overview.pairs.some((p) => p.homeFlags > 0)).toBe(true);
    const own = await s.app.inject({
      url: `/api/programmes/${demo.id}/my-mentorships`,
      headers: { cookie: demoPeer.cookie },
    });
    const [pair] = (own.json() as MyMentorships).mentorships;
    expect(pair).toMatchObject({ state: 'active', rhythm: 'weekly' });
    expect(pair!.nextMeeting).not.toBeNull();
    expect(pair!.weeks.filter((w) => w.mark === 'met').length).toBeGreaterThanOrEqual(8);

    // Staff start the proposed pair by hand, and record the new rhythm its two agreed on.
    const proposed = overview.pairs.find((p) => p.state === 'proposed')!;
    const step = (name: string, payload?: object) =>
      s.app.inject({
        method: 'POST',
        url: `/api/programmes/${demo.id}/mentorships/${proposed.id}/${name}`,
        ...(payload ? { payload } : {}),
        headers: { origin: s.env.publicUrl, cookie: demoStaff.cookie },
      });
    expect((await step('start')).json()).toMatchObject({ state: 'active' });
    expect((await step('withdraw')).json().code).toBe('MENTORSHIP_TRANSITION_NOT_ALLOWED');
    expect((await step('rhythm', { rhythm: 'fortnightly' })).statusCode).toBe(200);
    const view = await s.app.inject({
      url: `/api/programmes/${demo.id}/mentorships/${proposed.id}`,
      headers: { cookie: demoStaff.cookie },
    });
    expect(view.json()).toMatchObject({ state: 'active', rhythm: 'fortnightly' });
    expect((view.json() as StaffMentorship).history.at(-1)).toMatchObject({
      type: 'change-rhythm',
      from: 'active',
      to: 'active',
      by: 'staff',
      reason: 'fortnightly',
    });
  });

  it("starts new pairs by the programme's rules, which staff change", async () => {
    const other = await createProgramme(s.t.db, 'Regler');
    const boss = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    const p = await addPerson(s, { programmeId: other.id, roles: ['peer'] });
    const m = await addPerson(s, { programmeId: other.id, roles: ['mentor'] });
    const url = `/api/programmes/${other.id}/mentorship-settings`;
    const headers = { origin: s.env.publicUrl, cookie: boss.cookie };
    expect((await s.app.inject({ url, headers })).json()).toEqual({
      months: 6,
      extensionMonths: 3,
      pauseMovesEnd: true,
    });
    const bad = await s.app.inject({
      method: 'PUT',
      url,
      headers,
      payload: { months: 0, extensionMonths: 3, pauseMovesEnd: true },
    });
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    const saved = await s.app.inject({
      method: 'PUT',
      url,
      headers,
      payload: { months: 9, extensionMonths: 0, pauseMovesEnd: false },
    });
    expect(saved.json()).toEqual({ months: 9, extensionMonths: 0, pauseMovesEnd: false });
    const start = '2026-01-31';
    const made = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${other.id}/mentorships`,
      headers,
      payload: { peerId: p.id, mentorId: m.id, startDate: start, rhythm: 'weekly' },
    });
    const view = await s.app.inject({
      url: `/api/programmes/${other.id}/mentorships/${made.json().id}`,
      headers,
    });
    expect(view.json().plannedEnd).toBe('2026-10-31');
  });
});
