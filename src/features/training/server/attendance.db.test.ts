/**
 * Attendance over HTTP on a real database: one tap per member and session, corrected by another
 * tap; make-ups count; the cohort shows each member on track, at risk or complete by the
 * programme's rules; `mentorReadiness` answers the matching feature; wrong targets and times are
 * refused with a problem and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { AttendanceMark, CohortDetail, CohortSummary } from '../training.contract.ts';
import { mentorReadiness } from './index.ts';

describe('attendance, completion and readiness', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let mentors: TestPerson[];
  let cohort: CohortDetail;
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    mentors = [];
    for (const name of ['Ada Fremmøde', 'Bo Fremmøde', 'Cai Fremmøde'])
      mentors.push(await addPerson(s, { programmeId, roles: ['mentor'], name }));
    // Started a year ago: all 14 sessions are over. Rules: 6 of 7 and 5 of 7; ready after 2.
    const start = copenhagenDate(new Date(Date.now() - 400 * 86_400_000)).slice(0, 7);
    const res = await call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
      name: 'Fremmødeholdet',
      startMonth: start,
      capacity: 2,
      leadIds: [staff.id],
      memberIds: mentors.map((m) => m.id),
    });
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json();
  }, 60_000);
  afterAll(() => s.close());

  function call(method: 'GET' | 'PUT' | 'POST', url: string, cookie?: string, payload?: object) {
    return s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  }
  const tap = (sessionId: string, userId: string, body: object) =>
    call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${sessionId}/attendance/${userId}`,
      staff.cookie,
      body,
    );
  const detail = async () =>
    (
      await call('GET', `/api/programmes/${programmeId}/cohorts/${cohort.id}`, staff.cookie)
    ).json() as CohortDetail;
  const of = (kind: 'teaching' | 'supervision') => cohort.sessions.filter((x) => x.kind === kind);

  async function markAll(userId: string, teaching: AttendanceMark[], supervision: AttendanceMark[]) {
    for (const [i, mark] of teaching.entries())
      expect((await tap(of('teaching')[i]!.id, userId, { mark })).statusCode).toBe(200);
    for (const [i, mark] of supervision.entries())
      expect((await tap(of('supervision')[i]!.id, userId, { mark })).statusCode).toBe(200);
  }

  it('registers one tap per member, a second tap corrects it, and only members are registered', async () => {
    const [ada, bo] = cohort.memberList;
    const first = of('teaching')[0]!.id;
    expect((await tap(first, ada!.id, { mark: 'late' })).json()).toMatchObject({
      mark: 'late',
      madeUpOn: null,
    });
    expect((await tap(first, ada!.id, { mark: 'present' })).json()).toMatchObject({ mark: 'present' });
    const marks = (await detail()).attendance.filter((a) => a.sessionId === first);
    expect(marks).toEqual([{ sessionId: first, userId: ada!.id, mark: 'present', madeUpOn: null }]);
    expect(bo).toBeDefined();
    // Cai is on the waiting list: not registered at sessions.
    const waiting = cohort.waitingList[0]!;
    expect((await tap(first, waiting.id, { mark: 'present' })).json().code).toBe('COHORT_MEMBER_NOT_FOUND');
    expect((await tap(first, ada!.id, { mark: 'here' })).json().code).toBe('VALIDATION_FAILED');
    expect((await tap(first, ada!.id, {})).json().code).toBe('VALIDATION_FAILED');
    const mentor = mentors.find((m) => m.id === ada!.id)!;
    const self = await call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${first}/attendance/${ada!.id}`,
      mentor.cookie,
      { mark: 'present' },
    );
    expect(self.statusCode).toBe(403);
  });

  it('completes at 6 of 7 and 5 of 7; at 5 teaching days a make-up completes the course', async () => {
    const [ada, bo] = cohort.memberList;
    await markAll(
      ada!.id,
      ['present', 'present', 'late', 'absent', 'present', 'present', 'present'],
      ['present', 'absent-notice', 'present', 'present', 'absent', 'present', 'present'],
    );
    await markAll(
      bo!.id,
      ['present', 'absent-notice', 'present', 'present', 'absent', 'present', 'present'],
      ['present', 'present', 'present', 'present', 'present', 'present', 'present'],
    );
    let progress = (await detail()).progress;
    expect(progress.find((p) => p.userId === ada!.id)).toMatchObject({
      teaching: 6,
      supervision: 5,
      state: 'complete',
      ready: true,
    });
    expect(progress.find((p) => p.userId === bo!.id)).toMatchObject({
      teaching: 5,
      state: 'not-complete',
      ready: true,
    });

    const missed = of('teaching')[4]!;
    const tooSoon = await tap(missed.id, bo!.id, { madeUpOn: '2000-01-01' });
    expect(tooSoon.json().code).toBe('MAKE_UP_DATE_INVALID');
    const made = await tap(missed.id, bo!.id, { madeUpOn: copenhagenDate() });
    expect(made.json()).toMatchObject({ mark: 'absent', madeUpOn: copenhagenDate() });
    progress = (await detail()).progress;
    expect(progress.find((p) => p.userId === bo!.id)).toMatchObject({ teaching: 6, state: 'complete' });

    const readiness = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorReadiness(tx, [ada!.id, bo!.id, staff.id]),
    );
    expect(readiness.get(ada!.id)).toEqual({ ready: true, state: 'complete', cohortId: cohort.id });
    expect(readiness.get(staff.id)).toEqual({ ready: false, state: null, cohortId: null });
  });

  it("shows a mentor their own plan, marks and progress, and nobody else's", async () => {
    const ada = mentors[0]!;
    const res = await call('GET', `/api/programmes/${programmeId}/my-training`, ada.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().cohorts.find((c: { id: string }) => c.id === cohort.id);
    expect(mine).toMatchObject({
      place: 'member',
      progress: { teaching: 6, supervision: 5, state: 'complete', ready: true },
    });
    expect(mine.sessions).toHaveLength(14);
    expect(mine.sessions.filter((x: { mark: string | null }) => x.mark === 'absent')).toHaveLength(2);
    expect(res.body).not.toContain('Bo Fremmøde');
    expect(res.body).not.toContain(mentors[1]!.id);
    const cai = (await call('GET', `/api/programmes/${programmeId}/my-training`, mentors[2]!.cookie)).json();
    expect(cai.cohorts[0]).toMatchObject({ place: 'waiting', progress: null });
    expect((await call('GET', `/api/programmes/${programmeId}/my-training`, staff.cookie)).statusCode).toBe(
      403,
    );
  });

  it('refuses a mark before the session begins', async () => {
    const later = (
      await call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
        name: 'Senere',
        startMonth: copenhagenDate(new Date(Date.now() + 70 * 86_400_000)).slice(0, 7),
        capacity: 12,
        leadIds: [],
        memberIds: [mentors[0]!.id],
      })
    ).json() as CohortDetail;
    const res = await call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${later.id}/sessions/${later.sessions[0]!.id}/attendance/${mentors[0]!.id}`,
      staff.cookie,
      { mark: 'present' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ATTENDANCE_TOO_EARLY');
    // Ada's latest cohort is now the one not begun: she is not ready on it.
    const readiness = await s.t.db.withProgramme(programmeId, (tx) => mentorReadiness(tx, [mentors[0]!.id]));
    expect(readiness.get(mentors[0]!.id)).toMatchObject({
      ready: false,
      state: 'on-track',
      cohortId: later.id,
    });
  });

  it("shows the demo's running cohort with two members at risk and the rest ready", async () => {
    const list = (await call('GET', `/api/programmes/${programmeId}/cohorts`, staff.cookie)).json()
      .cohorts as CohortSummary[];
    const running = list.find((c) => c.name.startsWith('Hold 2'))!;
    const demo = (
      await call('GET', `/api/programmes/${programmeId}/cohorts/${running.id}`, staff.cookie)
    ).json() as CohortDetail;
    const states = demo.progress.map((p) => p.state);
    expect(states.filter((x) => x === 'at-risk')).toHaveLength(2);
    expect(demo.progress.every((p) => p.ready)).toBe(true);
    const finished = (
      await call(
        'GET',
        `/api/programmes/${programmeId}/cohorts/${list.find((c) => c.name.startsWith('Hold 1'))!.id}`,
        staff.cookie,
      )
    ).json() as CohortDetail;
    // The twelfth stopped after two months and is recorded as having left: no longer counted.
    expect(finished.progress.filter((p) => p.state === 'complete')).toHaveLength(11);
    expect(finished.progress).toHaveLength(11);
    expect(finished.certificates).toHaveLength(11);
  });
});
