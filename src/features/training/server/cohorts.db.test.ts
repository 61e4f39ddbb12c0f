/**
 * Cohorts and their course plans over HTTP on a real database: a cohort is created with a plan
 * from the programme's settings (members past the capacity wait, in order), leads and members are
 * checked against their roles, each session can be edited, reads of members are audited, another
 * programme's cohort is out of sight, and the demo has its two cohorts.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDateAndTime } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { DEMO_PROGRAMME_SLUG, findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { CohortDetail, CohortSummary, TrainingSettings } from '../training.contract.ts';

describe('cohorts and course plans', () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let mentors: TestPerson[];
  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await findProgrammeBySlug(s.t.db, DEMO_PROGRAMME_SLUG))!.id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    mentors = [];
    for (const name of ['Asta Test', 'Bent Test', 'Carl Test'])
      mentors.push(await addPerson(s, { programmeId, roles: ['mentor'], name }));
  }, 60_000);
  afterAll(() => s.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    s.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, ...(cookie ? { cookie } : {}) },
    });
  const cohorts = () => `/api/programmes/${programmeId}/cohorts`;
  const create = (body: object, cookie = staff.cookie) => call('POST', cohorts(), cookie, body);

  it('creates a cohort with its plan from the settings; those past the capacity wait in order', async () => {
    const settings: TrainingSettings = {
      months: 7,
      teaching: { weekday: 4, week: 'fourth', start: '09:30', end: '15:00' },
      supervision: { weekday: 2, week: 'last', start: '17:00', end: '19:00' },
      place: 'Kirketorvet 1, Vejle',
      defaultCapacity: 12,
      rules: { completion: { teaching: 6, supervision: 5 }, readiness: { teaching: 2 } },
    };
    const saved = await call(
      'PUT',
      `/api/programmes/${programmeId}/training-settings`,
      staff.cookie,
      settings,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await create({
      name: 'Hold forår 2030',
      startMonth: '2030-03',
      capacity: 2,
      leadIds: [staff.id],
      memberIds: [mentors[2]!.id, mentors[0]!.id, mentors[1]!.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const cohort = res.json() as CohortDetail;
    expect(cohort).toMatchObject({
      name: 'Hold forår 2030',
      capacity: 2,
      members: 2,
      waiting: 1,
      status: 'planned',
    });
    expect(cohort.memberList.map((m) => m.name)).toEqual(['Asta Test', 'Carl Test']);
    expect(cohort.waitingList.map((m) => m.name)).toEqual(['Bent Test']);
    expect(cohort.leads).toEqual([{ id: staff.id, name: staff.name }]);
    expect(cohort.sessions).toHaveLength(14);
    const teaching = cohort.sessions.filter((x) => x.kind === 'teaching');
    // Maundy Thursday 2030 is the third Thursday of April and Ascension Day the fifth of May: no moves.
    expect(teaching.map((x) => copenhagenDateAndTime(new Date(x.startsAt)).date)).toEqual([
      '2030-03-28',
      '2030-04-25',
      '2030-05-23',
      '2030-06-27',
      '2030-07-25',
      '2030-08-22',
      '2030-09-26',
    ]);
    expect(teaching.every((x) => copenhagenDateAndTime(new Date(x.startsAt)).time === '09:30')).toBe(true);
    expect(cohort.sessions.every((x) => x.place === 'Kirketorvet 1, Vejle')).toBe(true);

    const list = await call('GET', cohorts(), staff.cookie);
    const mine = (list.json().cohorts as CohortSummary[]).find((c) => c.id === cohort.id);
    expect(mine).toMatchObject({ members: 2, waiting: 1, status: 'planned' });
    expect(JSON.stringify(list.json())).not.toContain('Asta Test');
  });

  it('moves a teaching day off Easter and keeps 09:30 across the change to summer time', async () => {
    await call('PUT', `/api/programmes/${programmeId}/training-settings`, staff.cookie, {
      months: 2,
      teaching: { weekday: 1, week: 'fourth', start: '09:30', end: '15:00' },
      supervision: { weekday: 3, week: 'first', start: '17:00', end: '19:00' },
      place: '',
      defaultCapacity: 12,
      rules: { completion: { teaching: 2, supervision: 2 }, readiness: { teaching: 1 } },
    });
    // 2019: 31 March ends winter time; 22 April (the fourth Monday) is Anden påskedag.
    const res = await create({
      name: 'Påskeholdet',
      startMonth: '2019-03',
      capacity: 12,
      leadIds: [],
      memberIds: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    const teaching = (res.json() as CohortDetail).sessions.filter((x) => x.kind === 'teaching');
    expect(teaching.map((x) => x.startsAt)).toEqual(['2019-03-25T08:30:00.000Z', '2019-04-29T07:30:00.000Z']);
    expect(teaching.map((x) => x.movedForHoliday)).toEqual([null, 'Anden påskedag']);
    expect((res.json() as CohortDetail).status).toBe('finished');
  });

  it('refuses a lead who is not staff and a member who is not a mentor, and saves nothing', async () => {
    const before = (await call('GET', cohorts(), staff.cookie)).json().cohorts.length;
    const peer = await addPerson(s, { programmeId, roles: ['peer'] });
    const notStaff = await create({
      name: 'X',
      startMonth: '2031-09',
      capacity: 12,
      leadIds: [mentors[0]!.id],
      memberIds: [],
    });
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.headers['content-type']).toContain('application/problem+json');
    expect(notStaff.json().code).toBe('COHORT_LEAD_NOT_STAFF');
    const notMentor = await create({
      name: 'X',
      startMonth: '2031-09',
      capacity: 12,
      leadIds: [],
      memberIds: [peer.id],
    });
    expect(notMentor.json().code).toBe('COHORT_MEMBER_NOT_MENTOR');
    const badMonth = await create({
      name: 'X',
      startMonth: '2031-13',
      capacity: 12,
      leadIds: [],
      memberIds: [],
    });
    expect(badMonth.json().code).toBe('VALIDATION_FAILED');
    expect((await call('GET', cohorts(), staff.cookie)).json().cohorts.length).toBe(before);
  });

  it('edits a session: time, place, topic, teacher, materials and links', async () => {
    const cohort = (
      await create({ name: 'Redigeres', startMonth: '2032-01', capacity: 12, leadIds: [], memberIds: [] })
    ).json() as CohortDetail;
    const session = cohort.sessions[0]!;
    const url = `${cohorts()}/${cohort.id}/sessions/${session.id}`;
    const body = {
      startsAt: '2032-01-14T09:00:00+01:00',
      endsAt: '2032-01-14T14:00:00+01:00',
      place: 'Biblioteket, Vejle',
      topic: 'Rollen som peer-mentor',
      teacher: 'Lene Sørensen',
      materials: 'Læs kapitel 1 før vi mødes.',
      links: ['https://example.org/kapitel-1.pdf'],
    };
    const res = await call('PUT', url, staff.cookie, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ...body,
      startsAt: '2032-01-14T08:00:00.000Z',
      endsAt: '2032-01-14T13:00:00.000Z',
    });
    const again = (await call('GET', `${cohorts()}/${cohort.id}`, staff.cookie)).json() as CohortDetail;
    expect(again.sessions.find((x) => x.id === session.id)).toMatchObject({
      topic: 'Rollen som peer-mentor',
    });

    const backwards = await call('PUT', url, staff.cookie, { ...body, endsAt: '2032-01-14T08:00:00+01:00' });
    expect(backwards.json().code).toBe('SESSION_ENDS_BEFORE_START');
    const script = await call('PUT', url, staff.cookie, { ...body, links: ['javascript:alert(1)'] });
    expect(script.json().code).toBe('VALIDATION_FAILED');
    const elsewhere = await call(
      'PUT',
      `${cohorts()}/${cohort.id}/sessions/${cohort.id}`,
      staff.cookie,
      body,
    );
    expect(elsewhere.json().code).toBe('SESSION_NOT_FOUND');
  });

  it('audits each read of a member and keeps cohorts to their own programme and to staff', async () => {
    const cohort = (
      await create({
        name: 'Revision',
        startMonth: '2033-09',
        capacity: 12,
        leadIds: [],
        memberIds: [mentors[0]!.id],
      })
    ).json() as CohortDetail;
    const read = await call('GET', `${cohorts()}/${cohort.id}`, staff.cookie);
    expect(read.statusCode).toBe(200);
    const audits = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, mentors[0]!.id), eq(auditEvent.actorId, staff.id)));
    expect(audits.map((a) => a.purpose)).toContain('GET /api/programmes/:programmeId/cohorts/:cohortId');

    const mentor = await call('GET', cohorts(), mentors[0]!.cookie);
    expect(mentor.statusCode).toBe(403);
    const other = await createProgramme(s.t.db);
    const otherStaff = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    const crossed = await call('GET', `/api/programmes/${other.id}/cohorts/${cohort.id}`, otherStaff.cookie);
    expect(crossed.json().code).toBe('COHORT_NOT_FOUND');
    expect(
      (await call('GET', `/api/programmes/${other.id}/cohorts`, otherStaff.cookie)).json().cohorts,
    ).toEqual([]);
  });

  it('seeds the demo: a finished cohort with the demo mentor and a running one with a waiting list', async () => {
    const list = (await call('GET', cohorts(), staff.cookie)).json().cohorts as CohortSummary[];
    const demo = list.filter((c) => /^Hold \d/.test(c.name));
    expect(demo.map((c) => c.status)).toEqual(['running', 'finished']);
    expect(demo.map((c) => [c.members, c.waiting])).toEqual([
      [12, 2],
      [11, 0], // one of the twelve left after two months
    ]);
    const finished = (await call('GET', `${cohorts()}/${demo[1]!.id}`, staff.cookie)).json() as CohortDetail;
    expect(finished.memberList.map((m) => m.name)).toContain('Mette Nielsen');
    expect(finished.leads.map((m) => m.name).sort()).toEqual(['Birgitte Holm', 'Lene Sørensen']);
    expect(finished.sessions.filter((x) => x.kind === 'teaching').map((x) => x.topic)[0]).toBe(
      'Rollen som peer-mentor',
    );
  });
});
