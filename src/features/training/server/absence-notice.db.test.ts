/**
 * Notices of absence over HTTP on a real database: a member sends one for an upcoming session
 * with a reason (encrypted at rest); it reads as "absent with notice" for them and for staff
 * until staff register something else; staff read the reason (audited); the member withdraws it
 * before the session begins, not after; only their own sessions, only members.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addMonths } from '../course-plan.ts';
import type { CohortDetail, CourseSession, MyTraining } from '../training.contract.ts';

const REASON = 'Jeg skal til samtale på jobcentret';

describe('notice of absence', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let ada: TestPerson;
  let bo: TestPerson;
  let cohort: CohortDetail;

  function call(method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, cookie?: string, payload?: object) {
    return s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  }
  const noticeUrl = (session: CourseSession) =>
    `/api/programmes/${programmeId}/my-training/cohorts/${cohort.id}/sessions/${session.id}/absence`;
  const give = (person: TestPerson, session: CourseSession, reason = REASON) =>
    call('POST', noticeUrl(session), person.cookie, { reason });
  const mine = async (person: TestPerson, session: CourseSession) => {
    const res = await call('GET', `/api/programmes/${programmeId}/my-training`, person.cookie);
    const training = res.json() as MyTraining;
    return training.cohorts.flatMap((c) => c.sessions).find((x) => x.id === session.id);
  };
  const staffMark = async (person: TestPerson, session: CourseSession) => {
    const res = await call('GET', `/api/programmes/${programmeId}/cohorts/${cohort.id}`, staff.cookie);
    const detail = res.json() as CohortDetail;
    return detail.attendance.find((a) => a.sessionId === session.id && a.userId === person.id)?.mark ?? null;
  };
  const moveTo = async (session: CourseSession, startsAt: Date) => {
    const res = await call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}`,
      staff.cookie,
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: session.place,
        topic: session.topic,
        teacher: session.teacher,
        materials: session.materials,
        links: session.links,
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CourseSession;
  };

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    ada = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ada Afbud' });
    bo = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Bo Afbud' });
    const res = await call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
      name: 'Afbudsholdet',
      startMonth: addMonths(copenhagenDate().slice(0, 7), 2),
      capacity: 12,
      leadIds: [staff.id],
      memberIds: [ada.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json();
  }, 60_000);
  afterAll(() => s.close());

  it('reads as absent with notice, with the reason encrypted and read by staff audited', async () => {
    const session = cohort.sessions[1]!;
    const res = await give(ada, session);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ sessionId: session.id, userId: ada.id, reason: REASON });
    expect(await mine(ada, session)).toMatchObject({ mark: 'absent-notice', noticeGiven: true });
    expect(await staffMark(ada, session)).toBe('absent-notice');

    const stored = await s.t.db.db.execute(sql`select reason_sealed from absence_notice`);
    expect(JSON.stringify(stored)).not.toContain('jobcentret');

    const list = await call(
      'GET',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}/absence-notices`,
      staff.cookie,
    );
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().notices).toEqual([expect.objectContaining({ userId: ada.id, reason: REASON })]);
    const reads = await s.t.db.db
      .select({ purpose: auditEvent.purpose })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.subjectId, ada.id),
          eq(auditEvent.actorId, staff.id),
          eq(auditEvent.action, 'read'),
        ),
      );
    expect(reads.some((r) => r.purpose.endsWith('/absence-notices'))).toBe(true);

    // A second notice changes the reason; it stays one notice.
    expect((await give(ada, session, 'Syg barn')).statusCode).toBe(201);
    const again = await call(
      'GET',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}/absence-notices`,
      staff.cookie,
    );
    expect(again.json().notices.map((n: { reason: string }) => n.reason)).toEqual(['Syg barn']);
  });

  it('gives way to what staff register in the room', async () => {
    const soon = await moveTo(cohort.sessions[2]!, new Date(Date.now() + 30 * 60_000));
    expect((await give(ada, soon)).statusCode).toBe(201);
    const tap = await call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${soon.id}/attendance/${ada.id}`,
      staff.cookie,
      { mark: 'present' },
    );
    expect(tap.statusCode, tap.body).toBe(200);
    expect(await mine(ada, soon)).toMatchObject({ mark: 'present', noticeGiven: true });
    expect(await staffMark(ada, soon)).toBe('present');
  });

  it('is withdrawn before the session begins, and cannot be sent or withdrawn after', async () => {
    const session = cohort.sessions[3]!;
    expect((await give(ada, session)).statusCode).toBe(201);
    const withdrawn = await call('DELETE', noticeUrl(session), ada.cookie);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await mine(ada, session)).toMatchObject({ mark: null, noticeGiven: false });
    expect(await staffMark(ada, session)).toBeNull();
    const twice = await call('DELETE', noticeUrl(session), ada.cookie);
    expect(twice.statusCode).toBe(404);
    expect(twice.json().code).toBe('ABSENCE_NOTICE_NOT_FOUND');

    const later = cohort.sessions[4]!;
    expect((await give(ada, later)).statusCode).toBe(201);
    const begun = await moveTo(later, new Date(Date.now() - 10 * 60_000));
    for (const res of [await give(ada, begun), await call('DELETE', noticeUrl(begun), ada.cookie)]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ABSENCE_NOTICE_TOO_LATE');
    }
    expect(await mine(ada, begun)).toMatchObject({ mark: 'absent-notice', noticeGiven: true });
  });

  it('is for members of the cohort only, with a reason, and never for staff', async () => {
    const session = cohort.sessions[5]!;
    const notMember = await give(bo, session);
    expect(notMember.statusCode).toBe(404);
    expect(notMember.json().code).toBe('COHORT_MEMBER_NOT_FOUND');
    const empty = await give(ada, session, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('VALIDATION_FAILED');
    expect((await give(staff, session)).statusCode).toBe(403);
    expect(await mine(ada, session)).toMatchObject({ mark: null, noticeGiven: false });
  });
});
