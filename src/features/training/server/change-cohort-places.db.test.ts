/**
 * Changing who is on a cohort after it was made, over HTTP: added as a member while there is
 * room, else on the waiting list; a free place given from the list; a place given by mistake
 * taken back, but not once attendance is registered; someone who left comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import { addMonths } from '../course-plan.ts';
import type { CohortDetail } from '../training.contract.ts';

describe('changing the places on a cohort', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let ada: TestPerson;
  let bo: TestPerson;
  let cohort: CohortDetail;
  const url = () => `/api/programmes/${programmeId}/cohorts/${cohort.id}/members`;
  const people = (c: CohortDetail) => ({
    members: c.memberList.map((p) => p.id),
    waiting: c.waitingList.map((p) => p.id),
  });

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    ada = await addPerson(s, { programmeId, roles: ['mentor'] });
    bo = await addPerson(s, { programmeId, roles: ['mentor'] });
    const res = await s.call('POST', `/api/programmes/${programmeId}/cohorts`, staff.cookie, {
      name: 'Et lille hold',
      startMonth: addMonths(copenhagenDate().slice(0, 7), 2),
      capacity: 1,
      leadIds: [],
      memberIds: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json();
  }, 60_000);
  afterAll(() => s.close());

  it('adds, gives a free place and takes a mistaken place back', async () => {
    const first = await s.call('POST', url(), staff.cookie, { userId: ada.id });
    expect(first.statusCode, first.body).toBe(200);
    expect(people(first.json())).toEqual({ members: [ada.id], waiting: [] });
    const second = await s.call('POST', url(), staff.cookie, { userId: bo.id });
    expect(people(second.json())).toEqual({ members: [ada.id], waiting: [bo.id] });
    const twice = await s.call('POST', url(), staff.cookie, { userId: bo.id });
    expect(twice.json().code).toBe('COHORT_ALREADY_ON');
    const notMentor = await s.call('POST', url(), staff.cookie, { userId: staff.id });
    expect(notMentor.json().code).toBe('COHORT_MEMBER_NOT_MENTOR');
    const full = await s.call('PUT', `${url()}/${bo.id}/place`, staff.cookie);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('COHORT_FULL');
    const removed = await s.call('DELETE', `${url()}/${ada.id}`, staff.cookie);
    expect(people(removed.json())).toEqual({ members: [], waiting: [bo.id] });
    const placed = await s.call('PUT', `${url()}/${bo.id}/place`, staff.cookie);
    expect(people(placed.json())).toEqual({ members: [bo.id], waiting: [] });
    expect((await s.call('POST', url(), ada.cookie, { userId: ada.id })).statusCode).toBe(403);
  });

  it('keeps a place with attendance (leave instead), and lets someone who left come back', async () => {
    const session = cohort.sessions[0]!;
    const startsAt = new Date(Date.now() - 10 * 60_000);
    await s.call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}`,
      staff.cookie,
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: '',
        topic: '',
        teacher: '',
        materials: '',
        links: [],
      },
    );
    const mark = await s.call(
      'PUT',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/sessions/${session.id}/attendance/${bo.id}`,
      staff.cookie,
      { mark: 'present' },
    );
    expect(mark.statusCode, mark.body).toBe(200);
    const keep = await s.call('DELETE', `${url()}/${bo.id}`, staff.cookie);
    expect(keep.statusCode).toBe(409);
    expect(keep.json().code).toBe('COHORT_MEMBER_HAS_RECORD');
    const left = await s.call('POST', `${url()}/${bo.id}/departure`, staff.cookie, { reason: 'moved' });
    expect(left.statusCode, left.body).toBe(201);
    const back = await s.call('POST', url(), staff.cookie, { userId: bo.id });
    expect(back.statusCode, back.body).toBe(200);
    expect(people(back.json())).toEqual({ members: [bo.id], waiting: [] });
    const stats = await s.call(
      'GET',
      `/api/programmes/${programmeId}/cohorts/${cohort.id}/stats`,
      staff.cookie,
    );
    expect(stats.json().departures).toEqual([]);
  });
});
