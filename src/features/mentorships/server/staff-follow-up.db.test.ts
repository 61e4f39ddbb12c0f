/**
 * Staff's follow-up of a pair over HTTP (issue #8 points 5, 7, 8; decision 044): a pause opens a
 * follow-up task, an early end a rematch task, the daily sweep a task for a slipped rhythm and for
 * a pair at its end date, each once; staff add their own tasks and notes (encrypted at rest,
 * audited) and mark tasks done; the timeline holds all of it; filters find the pairs; and the
 * peer of a pair that ended is back in matching's pool (the seam composed in src/app/server.ts).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer } from '../../../app/testing/test-server.ts';
import { queryRows } from '../../../server/db.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { addDays } from '../calendar-days.ts';
import type { Overview, StaffMentorship } from '../mentorships.contract.ts';
import { openDueTasks, startMentorship } from './index.ts';
import { mentorshipNote } from './mentorships.table.ts';

describe("staff's follow-up of pairs", () => {
  let s: Awaited<ReturnType<typeof createTestServer>>;
  let programmeId: string;
  let staff: TestPerson;
  const today = copenhagenDate();

  function call(method: 'GET' | 'POST', url: string, who: TestPerson, payload?: object) {
    return s.app.inject({
      method,
      url: `/api/programmes/${programmeId}${url}`,
      ...(payload ? { payload } : {}),
      headers: { origin: s.env.publicUrl, cookie: who.cookie },
    });
  }
  const forStaff = async (id: string) =>
    (await call('GET', `/mentorships/${id}`, staff)).json() as StaffMentorship;
  async function pair(startDate: string, names: [string, string]) {
    const peer = await addPerson(s, { programmeId, roles: ['peer'], name: names[0] });
    const mentor = await addPerson(s, { programmeId, roles: ['mentor'], name: names[1] });
    const id = await s.t.db.withProgramme(programmeId, (tx) =>
      startMentorship(tx, {
        programmeId,
        peerId: peer.id,
        mentorId: mentor.id,
        startDate,
        rhythm: 'weekly',
        by: 'staff',
        actorId: null,
      }),
    );
    return { id, peer, mentor };
  }

  beforeAll(async () => {
    s = await createTestServer();
    programmeId = (await createProgramme(s.t.db, 'Opfølgning')).id;
    staff = await addPerson(s, { programmeId, roles: ['staff'], name: 'Sara Staff' });
  });
  afterAll(() => s.close());

  it('opens a follow-up on a pause and lets staff add, do and write; all in the timeline', async () => {
    const { id, peer } = await pair(addDays(today, -10), ['Pia Pause', 'Mads Pause']);
    expect((await call('POST', `/mentorships/${id}/pause`, peer, { reason: 'Tilbagefald' })).statusCode).toBe(
      200,
    );
    let view = await forStaff(id);
    expect(view.tasks.map((t) => [t.kind, t.doneAt])).toEqual([['follow-up-pause', null]]);

    const own = await call('POST', `/mentorships/${id}/tasks`, staff, {
      text: 'Ring til Pia fredag',
      dueOn: today,
    });
    expect(own.statusCode, own.body).toBe(201);
    const note = await call('POST', `/mentorships/${id}/notes`, staff, {
      text: 'Pia vil gerne ses på caféen',
    });
    expect(note.statusCode).toBe(201);
    const followUp = view.tasks[0]!.id;
    expect((await call('POST', `/mentorships/${id}/tasks/${followUp}/done`, staff)).statusCode).toBe(200);
    const again = await call('POST', `/mentorships/${id}/tasks/${followUp}/done`, staff);
    expect(again.json()).toMatchObject({ code: 'MENTORSHIP_TASK_NOT_OPEN' });
    // The pair never reaches staff's routes.
    expect((await call('POST', `/mentorships/${id}/notes`, peer, { text: 'x' })).statusCode).toBe(403);

    view = await forStaff(id);
    expect(view.tasks.find((t) => t.id === followUp)).toMatchObject({ doneBy: { name: 'Sara Staff' } });
    expect(view.tasks.find((t) => t.kind === 'own')).toMatchObject({
      text: 'Ring til Pia fredag',
      dueOn: today,
    });
    expect(view.notes).toMatchObject([
      { text: 'Pia vil gerne ses på caféen', author: { name: 'Sara Staff' } },
    ]);
    const kinds = view.timeline.map((e) => `${e.kind}:${e.what}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'step:start',
        'step:pause',
        'task-opened:follow-up-pause',
        'task-done:follow-up-pause',
        'note:note',
      ]),
    );
    expect(view.timeline.find((e) => e.what === 'pause')?.detail).toBe('Tilbagefald');
    // Newest first.
    const times = view.timeline.map((e) => e.at);
    expect(times).toEqual(times.slice().sort().reverse());

    // Sealed at rest, and the read was audited for both of the pair.
    const [stored] = await s.t.db.withProgramme(programmeId, (tx) =>
      tx.select().from(mentorshipNote).where(eq(mentorshipNote.mentorshipId, id)),
    );
    expect(stored!.textSealed).not.toContain('caféen');
    const audited = await queryRows<{ n: number }>(
      s.t.db.db,
      sql`select count(*)::int as n from audit_event where subject_id = ${peer.id}
          and purpose = 'GET /api/programmes/:programmeId/mentorships/:mentorshipId'`,
    );
    expect(audited[0]!.n).toBeGreaterThanOrEqual(2);

    const withTasks = (await call('GET', '/mentorships?tasks=open', staff)).json() as Overview;
    expect(withTasks.pairs.map((p) => [p.id, p.openTasks])).toEqual([[id, 1]]);
  });

  it('asks staff to offer a rematch after an early end, and the peer is back in the pool', async () => {
    const { id, peer } = await pair(addDays(today, -30), ['Rikke Rematch', 'Mikkel Rematch']);
    const end = await call('POST', `/mentorships/${id}/end`, staff, {
      reason: 'not-a-good-match',
      note: 'Kemien manglede',
    });
    expect(end.statusCode, end.body).toBe(200);
    const view = await forStaff(id);
    expect(view.tasks.map((t) => t.kind)).toEqual(['offer-rematch']);
    // Matching's pool (through the ActiveMentorships seam) has the peer again.
    const round = await call('POST', '/matching-rounds', staff);
    expect(round.statusCode, round.body).toBe(201);
    const peers = (round.json() as { peers: { userId: string }[] }).peers.map((p) => p.userId);
    expect(peers).toContain(peer.id);
  });

  it('opens a task once for a slipped rhythm and for a pair at its end date, by the daily sweep', async () => {
    const slipped = await pair(addDays(today, -20), ['Sofie Slip', 'Søren Slip']);
    const ended = (await pair(addDays(today, -200), ['Erik Ende', 'Eva Ende'])).id;
    const first = await openDueTasks(s.t.db);
    const second = await openDueTasks(s.t.db);
    expect(second).toBe(0);
    expect(first).toBeGreaterThanOrEqual(2);
    expect((await forStaff(slipped.id)).tasks.map((t) => t.kind)).toContain('rhythm-slipped');
    expect((await forStaff(ended)).tasks.map((t) => t.kind)).toContain('closure');
    const due = (await call('GET', '/mentorships?due=soon', staff)).json() as Overview;
    expect(due.pairs.map((p) => p.id)).toContain(ended);
    expect(due.pairs.map((p) => p.id)).not.toContain(slipped.id);
  });

  it('counts the figures of the programme exactly: pairs, pauses, endings with reasons', async () => {
    const res = await call('GET', '/mentorship-figures', staff);
    expect(res.statusCode, res.body).toBe(200);
    const { programme, cohorts } = res.json() as import('../mentorships.contract.ts').MentorshipFigures;
    // Four pairs above: paused, ended early (not a good match), slipped, at its end date.
    expect(programme).toMatchObject({
      pairs: 4,
      pauses: 1,
      earlyEndings: 1,
      plannedEndings: 0,
      rematches: 0,
    });
    expect(programme.earlyReasons).toMatchObject({ 'not-a-good-match': 1, moved: 0 });
    expect(cohorts).toEqual([]);
  });
});
