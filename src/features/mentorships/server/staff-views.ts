/**
 * What staff see: every pair of the programme with its traffic light (the overview), and one
 * pair with both ratings, the reasons of pauses and endings, and its whole history. Each read is
 * audited per person of the pairs shown.
 */
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { MENTORSHIP_STATES } from '../mentorship-states.ts';
import type { Overview, OverviewQuery, StaffMentorship } from '../mentorships.contract.ts';
import { courseSummary, meetingsOf, openNote, pausesOf, ratingsOf } from './course-facts.ts';
import { lockMentorship } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorship, mentorshipEvent } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';

async function namesOf(tx: Tx, programmeId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const people = await findPeopleWithRole(tx, programmeId, ['peer', 'mentor', 'staff', 'admin'], wanted);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
}

/** Who needs a call first: red, amber, green running pairs, then paused, ending, proposed, closed. */
const ORDER = ['red', 'amber', 'green', 'paused', 'ending', 'proposed', 'closed'];
const rank = (p: { light: string | null; state: string }) => ORDER.indexOf(p.light ?? p.state);

/** Every pair, filtered by state, light or a name; those who need a call first. */
export async function listOverview(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  query: OverviewQuery;
  requestId?: string | undefined;
}): Promise<Overview> {
  const granting = authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx.select().from(mentorship).orderBy(asc(mentorship.state), asc(mentorship.startDate));
    const ids = rows.map((r) => r.id);
    const meetings = await meetingsOf(tx, ids);
    const pauses = await pausesOf(tx, ids);
    const person = await namesOf(
      tx,
      deps.programmeId,
      rows.flatMap((r) => [r.peerId, r.mentorId]),
    );
    const today = copenhagenDate();
    const counts = Object.fromEntries(MENTORSHIP_STATES.map((s) => [s, 0])) as Overview['counts'];
    const q = deps.query.q?.toLocaleLowerCase('da');
    const pairs = rows.flatMap((row) => {
      counts[row.state]++;
      const summary = courseSummary(row, meetings.get(row.id)!, pauses.get(row.id)!, today);
      const pair = {
        id: row.id,
        peer: person(row.peerId),
        mentor: person(row.mentorId),
        state: row.state,
        rhythm: row.rhythm,
        startDate: row.startDate,
        endDate: summary.course.endDate,
        ...summary.rhythmKept,
        homeFlags: meetings.get(row.id)!.filter((m) => m.homeFlag).length,
        nextMeeting: summary.next?.startsAt.toISOString() ?? null,
      };
      if (deps.query.state && row.state !== deps.query.state) return [];
      if (deps.query.light && pair.light !== deps.query.light) return [];
      if (q && ![pair.peer?.name, pair.mentor?.name].some((n) => n?.toLocaleLowerCase('da').includes(q)))
        return [];
      return [pair];
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/mentorships',
      subjectIds: pairs.flatMap((p) => [p.peer?.id ?? null, p.mentor?.id ?? null]),
    });
    pairs.sort((a, b) => rank(a) - rank(b));
    return { pairs, counts };
  });
}

/** One pair for staff: both ratings, reasons and the whole history. */
export async function getStaffMentorship(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  mentorshipId: string;
  requestId?: string | undefined;
}): Promise<StaffMentorship> {
  const granting = authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const meetings = (await meetingsOf(tx, [row.id])).get(row.id)!;
    const pauses = (await pausesOf(tx, [row.id])).get(row.id)!;
    const ratings = await ratingsOf(
      tx,
      meetings.map((m) => m.id),
    );
    const events = await tx
      .select()
      .from(mentorshipEvent)
      .where(eq(mentorshipEvent.mentorshipId, row.id))
      .orderBy(asc(mentorshipEvent.at));
    const person = await namesOf(tx, deps.programmeId, [
      row.peerId,
      row.mentorId,
      ...events.map((e) => e.actorId),
    ]);
    const summary = courseSummary(row, meetings, pauses);
    const ratingBy = (meetingId: string, userId: string | null) =>
      ratings.find((r) => r.meetingId === meetingId && r.userId === userId)?.rating ?? null;
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/mentorships/:mentorshipId',
      subjectIds: [row.peerId, row.mentorId],
    });
    return {
      ...summary.course,
      peer: person(row.peerId),
      mentor: person(row.mentorId),
      endReason: row.endReason,
      resumeAgreed: row.resumeAgreed,
      rhythmKept: summary.rhythmKept,
      meetings: meetings
        .slice()
        .reverse()
        .map((m) => ({
          id: m.id,
          startsAt: m.startsAt.toISOString(),
          placeType: m.placeType,
          note: openNote(m),
          status: m.status,
          homeFlagged: m.homeFlag !== null,
          homeFlag: m.homeFlag,
          ratings: { peer: ratingBy(m.id, row.peerId), mentor: ratingBy(m.id, row.mentorId) },
        })),
      history: events.map((e) => ({
        type: e.type,
        from: e.fromState,
        to: e.toState,
        by: e.byParty,
        actor: person(e.actorId),
        at: e.at.toISOString(),
        reason: e.reason,
        note: e.noteSealed ? openNote(e, 'mentorship_event') : null,
      })),
    };
  });
}
