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
import { daysBetween } from '../calendar-days.ts';
import { endDateOf, MENTORSHIP_STATES } from '../mentorship-states.ts';
import type { Overview, OverviewQuery, StaffMentorship } from '../mentorships.contract.ts';
import { lightOf } from '../rhythm.ts';
import { timelineOf } from '../timeline.ts';
import { courseSummary, meetingsOf, openNote, pausesOf, ratingsOf } from './course-facts.ts';
import { lockMentorship } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorshipEvent } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';
import { overviewFacts } from './overview-facts.ts';
import { notesOf, tasksOf } from './staff-tasks.ts';

/** The latest cohort of each mentor (training's, composed in src/app/server.ts). */
export type MentorCohorts = (tx: Tx) => Promise<Map<string, { id: string; name: string }>>;

/** Names by id of these people (null: everyone of the programme, one query without a list). */
async function namesOf(tx: Tx, programmeId: string, ids: (string | null)[] | null) {
  const wanted = ids && [...new Set(ids.filter((id): id is string => id !== null))];
  const people = await findPeopleWithRole(
    tx,
    programmeId,
    ['peer', 'mentor', 'staff', 'admin'],
    wanted ?? undefined,
  );
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
}

/** Who needs a call first: red, amber, green running pairs, then paused, ending, proposed, closed. */
const ORDER = ['red', 'amber', 'green', 'paused', 'ending', 'proposed', 'closed'];
const rank = (p: { light: string | null; state: string }) => ORDER.indexOf(p.light ?? p.state);

/** Due to end: ending already, or running with its end date within 4 weeks. */
export const isDueToEnd = (state: string, endDate: string, today: string) =>
  state === 'ending' || ((state === 'active' || state === 'paused') && daysBetween(today, endDate) <= 28);

/** Every pair, filtered by state, light, cohort, open tasks, due to end or a name; who needs a call first. */
export async function listOverview(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  query: OverviewQuery;
  cohorts?: MentorCohorts | undefined;
  requestId?: string | undefined;
  now?: Date;
}): Promise<Overview> {
  const granting = authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const now = deps.now ?? new Date();
    const today = copenhagenDate(now);
    const rows = await overviewFacts(tx, today, now);
    const { query } = deps;
    const q = query.q?.toLocaleLowerCase('da');
    // A name search needs every name; otherwise only the names of the pairs listed are read.
    const allNames = q ? await namesOf(tx, deps.programmeId, null) : null;
    const cohortOf = (await deps.cohorts?.(tx)) ?? new Map<string, { id: string; name: string }>();
    const counts = Object.fromEntries(MENTORSHIP_STATES.map((s) => [s, 0])) as Overview['counts'];
    const cohorts = new Map<string, { id: string; name: string }>();
    const matched = rows.flatMap((row) => {
      counts[row.state]++;
      const cohort = (row.mentorId && cohortOf.get(row.mentorId)) || null;
      if (cohort) cohorts.set(cohort.id, cohort);
      const endDate = endDateOf(row);
      const pair = {
        row,
        id: row.id,
        state: row.state,
        rhythm: row.rhythm,
        startDate: row.startDate,
        endDate,
        ...lightOf({ ...row, today }),
        homeFlags: row.homeFlags,
        nextMeeting: row.nextMeeting?.toISOString() ?? null,
        openTasks: row.openTasks,
        cohort,
        dueToEnd: isDueToEnd(row.state, endDate, today),
      };
      if (query.state && row.state !== query.state) return [];
      if (query.light && pair.light !== query.light) return [];
      if (query.cohort && cohort?.id !== query.cohort) return [];
      if (query.tasks && pair.openTasks === 0) return [];
      if (query.due && !pair.dueToEnd) return [];
      if (
        allNames &&
        ![allNames(row.peerId)?.name, allNames(row.mentorId)?.name].some((n) =>
          n?.toLocaleLowerCase('da').includes(q!),
        )
      )
        return [];
      return [pair];
    });
    // Stable: within a rank, the database's order (state, start date).
    matched.sort((a, b) => rank(a) - rank(b));
    const listed = matched.slice(0, typeof query.limit === 'number' ? query.limit : 50);
    const person =
      allNames ??
      (await namesOf(
        tx,
        deps.programmeId,
        listed.flatMap((p) => [p.row.peerId, p.row.mentorId]),
      ));
    const pairs = listed.map(({ row, ...pair }) => ({
      ...pair,
      peer: person(row.peerId),
      mentor: person(row.mentorId),
    }));
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/mentorships',
      subjectIds: pairs.flatMap((p) => [p.peer?.id ?? null, p.mentor?.id ?? null]),
    });
    return {
      pairs,
      total: matched.length,
      counts,
      cohorts: [...cohorts.values()].sort((a, b) => a.name.localeCompare(b.name, 'da')),
    };
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
    const tasks = await tasksOf(tx, row.id);
    const notes = await notesOf(tx, row.id);
    const person = await namesOf(tx, deps.programmeId, [
      row.peerId,
      row.mentorId,
      ...events.map((e) => e.actorId),
      ...tasks.flatMap((t) => [t.createdBy, t.doneBy]),
      ...notes.map((n) => n.authorId),
    ]);
    const summary = courseSummary(row, meetings, pauses);
    const ratingBy = (meetingId: string, userId: string | null) =>
      ratings.find((r) => r.meetingId === meetingId && r.userId === userId)?.rating ?? null;
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      // The staff notes are read with the pair: this record covers them too.
      purpose: 'GET /api/programmes/:programmeId/mentorships/:mentorshipId',
      subjectIds: [row.peerId, row.mentorId],
    });
    const history = events.map((e) => ({
      type: e.type,
      from: e.fromState,
      to: e.toState,
      by: e.byParty,
      actor: person(e.actorId),
      at: e.at.toISOString(),
      reason: e.reason,
      note: e.noteSealed ? openNote(e, 'mentorship_event') : null,
    }));
    const staffTasks = tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      text: t.text,
      dueOn: t.dueOn,
      createdAt: t.createdAt.toISOString(),
      createdBy: person(t.createdBy),
      doneAt: t.doneAt?.toISOString() ?? null,
      doneBy: person(t.doneBy),
    }));
    const staffNotes = notes.map((n) => ({
      id: n.id,
      at: n.at.toISOString(),
      author: person(n.authorId),
      text: n.text,
    }));
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
      history,
      tasks: staffTasks,
      notes: staffNotes,
      extensionOutcome: row.extensionOutcome,
      timeline: timelineOf({
        history,
        meetings: meetings.map((m) => ({
          startsAt: m.startsAt.toISOString(),
          status: m.status,
          placeType: m.placeType,
          by: person(m.loggedBy ?? m.plannedBy),
        })),
        tasks: staffTasks,
        notes: staffNotes,
      }),
    };
  });
}
