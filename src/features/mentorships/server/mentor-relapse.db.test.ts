/**
 * Staff record a mentor's relapse over HTTP on a real database (decision 049): every active pair
 * of that mentor is paused (not another mentor's, not an ended one), the mentor leaves matching,
 * the peers see only "paused", the event is counted without details and audited, and nobody but
 * the programme's staff and admins may do it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import { wishesProfile } from '../../matching/server/index.ts';
import { addDays } from '../calendar-days.ts';
import type { MyMentorships, StaffMentorship } from '../mentorships.contract.ts';
import { mentorRelapseCounts, mentorRelapsePersonalData, startMentorship } from './index.ts';
import { MENTOR_RELAPSE_PURPOSE } from './mentor-relapse.ts';
import { mentorRelapse, mentorship } from './mentorships.table.ts';

describe("a mentor's relapse", () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  let mentor: TestPerson;
  let otherMentor: TestPerson;
  const peers: TestPerson[] = [];
  const pairs: Record<'first' | 'second' | 'closed' | 'others', string> = {
    first: '',
    second: '',
    closed: '',
    others: '',
  };
  const today = copenhagenDate();

  function call(method: 'GET' | 'POST', url: string, who: TestPerson) {
    return s.app.inject({
      method,
      url: `/api/programmes/${programmeId}${url}`,
      headers: { origin: s.env.publicUrl, cookie: who.cookie },
    });
  }
  const start = (peer: TestPerson, m: TestPerson) =>
    s.t.db.withProgramme(programmeId, (tx) =>
      startMentorship(tx, {
        programmeId,
        peerId: peer.id,
        mentorId: m.id,
        startDate: addDays(today, -40),
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
  const stateOf = async (id: string) =>
    (
      await s.t.db.withProgramme(programmeId, (tx) =>
        tx.select({ state: mentorship.state }).from(mentorship).where(eq(mentorship.id, id)),
      )
    )[0]?.state;

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Makkere')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'] });
    mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Mette Mentor' });
    otherMentor = await addPerson(s, { programmeId, roles: ['mentor'], name: 'Ole Mentor' });
    for (const name of ['Peter Peer', 'Pernille Peer', 'Poul Peer', 'Pia Peer'])
      peers.push(await addPerson(s, { programmeId, roles: ['peer'], name }));
    pairs.first = await start(peers[0]!, mentor);
    pairs.second = await start(peers[1]!, mentor);
    pairs.closed = await start(peers[2]!, mentor);
    pairs.others = await start(peers[3]!, otherMentor);
    const ended = await s.app.inject({
      method: 'POST',
      url: `/api/programmes/${programmeId}/mentorships/${pairs.closed}/end`,
      payload: { reason: 'moved' },
      headers: { origin: s.env.publicUrl, cookie: staff.cookie },
    });
    expect(ended.statusCode, ended.body).toBe(200);
  });
  afterAll(() => s.close());

  it('refuses the pair themselves, another mentor and anyone without the staff role', async () => {
    for (const who of [mentor, peers[0]!, otherMentor]) {
      const res = await call('POST', `/mentors/${mentor.id}/relapse`, who);
      expect(res.statusCode).toBe(403);
    }
    const notMentor = await call('POST', `/mentors/${peers[0]!.id}/relapse`, staff);
    expect(notMentor.statusCode).toBe(404);
    expect(notMentor.json()).toMatchObject({ code: 'MENTOR_NOT_FOUND' });
    expect(await stateOf(pairs.first)).toBe('active');
  });

  it("pauses all of the mentor's active pairs and their matching, and nothing else", async () => {
    const res = await call('POST', `/mentors/${mentor.id}/relapse`, staff);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      pausedMentorshipIds: expect.arrayContaining([pairs.first, pairs.second]),
      matchingPaused: true,
      recordedOn: today,
    });
    expect(res.json().pausedMentorshipIds).toHaveLength(2);
    expect(await stateOf(pairs.first)).toBe('paused');
    expect(await stateOf(pairs.second)).toBe('paused');
    expect(await stateOf(pairs.closed)).toBe('ending');
    expect(await stateOf(pairs.others)).toBe('active');
    const [profile] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(wishesProfile).where(eq(wishesProfile.userId, mentor.id)),
    );
    expect(profile?.paused).toBe(true);
    const again = await call('POST', `/mentors/${mentor.id}/relapse`, staff);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'MENTOR_RELAPSE_ALREADY_RECORDED' });
  });

  it('shows staff the reason in the history and the peer only "paused"', async () => {
    const forStaff = (await call('GET', `/mentorships/${pairs.first}`, staff)).json() as StaffMentorship;
    const step = forStaff.history.at(-1)!;
    expect(step).toMatchObject({ type: 'pause', by: 'staff', reason: 'mentor-relapse' });
    expect(step.actor?.id).toBe(staff.id);
    const res = await call('GET', '/my-mentorships', peers[0]!);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/relapse/i);
    const view = (res.json() as MyMentorships).mentorships[0]!;
    expect(view.state).toBe('paused');
  });

  it('resumes as any pause: both ready, then staff; the planned end moves by the pause', async () => {
    const pausedDays = 10;
    const before = await s.t.db.withProgramme(programmeId, async (tx) => {
      const [row] = await tx
        .update(mentorship)
        .set({ pausedSince: addDays(today, -pausedDays) })
        .where(eq(mentorship.id, pairs.second))
        .returning();
      return row!;
    });
    const step = (name: string, who: TestPerson) => call('POST', `/mentorships/${pairs.second}/${name}`, who);
    expect((await step('resume', staff)).statusCode).toBe(409);
    expect((await step('ready', peers[1]!)).statusCode).toBe(200);
    expect((await step('ready', mentor)).statusCode).toBe(200);
    const resumed = await step('resume', staff);
    expect(resumed.statusCode, resumed.body).toBe(200);
    const [after] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(mentorship).where(eq(mentorship.id, pairs.second)),
    );
    expect(after?.state).toBe('active');
    expect(after?.plannedEnd).toBe(addDays(before.plannedEnd, pausedDays));
  });

  it('counts the event for evaluation without details, and audits the mentor and both peers', async () => {
    const counts = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorRelapseCounts(tx, { from: addDays(today, -1), to: today }),
    );
    expect(counts).toEqual({ events: 1, mentors: 1 });
    const before = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorRelapseCounts(tx, { from: addDays(today, -30), to: addDays(today, -1) }),
    );
    expect(before).toEqual({ events: 0, mentors: 0 });
    const [row] = await s.t.db.withProgramme(programmeId, (tx) => tx.select().from(mentorRelapse));
    expect(row).toMatchObject({
      mentorId: mentor.id,
      recordedBy: staff.id,
      pausedPairs: 2,
      recordedOn: today,
    });
    const audited = await s.t.db.db
      .select({ subjectId: auditEvent.subjectId })
      .from(auditEvent)
      .where(and(eq(auditEvent.purpose, MENTOR_RELAPSE_PURPOSE), eq(auditEvent.actorId, staff.id)));
    expect(audited.map((a) => a.subjectId).sort()).toEqual([mentor.id, peers[0]!.id, peers[1]!.id].sort());
  });

  it("exports the mentor's relapse and erases them from it while the count stays", async () => {
    const subject = {
      userId: mentor.id,
      email: '',
      phones: [],
      programmeIds: [programmeId],
      wholeAccount: false,
    };
    const exported = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorRelapsePersonalData.export(tx, subject),
    );
    expect(exported).toEqual({ relapses: [{ recordedOn: today, pausedPairs: 2 }], recordedForOthers: [] });
    await s.t.db.withProgramme(programmeId, (tx) => mentorRelapsePersonalData.erase(tx, subject));
    const [row] = await s.t.db.withProgramme(programmeId, (tx) => tx.select().from(mentorRelapse));
    expect(row?.mentorId).toBeNull();
    const counts = await s.t.db.withProgramme(programmeId, (tx) =>
      mentorRelapseCounts(tx, { from: today, to: today }),
    );
    expect(counts.events).toBe(1);
  });
});
