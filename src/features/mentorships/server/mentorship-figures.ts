/**
 * Figures per programme and per cohort (issue #8 point 9, decision 044): meetings per pair per
 * month, the share of running pairs on rhythm (green), pauses, extensions, planned and early
 * endings with reasons, rematches. The programme's own line is exact (staff follow every pair
 * anyway); a cohort's line shows counts from 1 to 4 as "< 5" (null) and rates only from 5 pairs,
 * since a cohort is small enough that a printed table would point at one person.
 */
import { count, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { daysBetween } from '../calendar-days.ts';
import { END_REASONS, endDateOf } from '../mentorship-states.ts';
import type { FigureRow, MentorshipFigures } from '../mentorships.contract.ts';
import { lightOf } from '../rhythm.ts';
import { authorize } from './mentorships.policy.ts';
import { meeting, mentorship, mentorshipEvent } from './mentorships.table.ts';
import { overviewFacts } from './overview-facts.ts';
import type { MentorCohorts } from './staff-views.ts';

const SMALL = 5;

/** The figures of the programme and of each cohort of its mentors. */
export async function getMentorshipFigures(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohorts?: MentorCohorts | undefined;
  now?: Date;
}): Promise<MentorshipFigures> {
  authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const now = deps.now ?? new Date();
    const today = copenhagenDate(now);
    const pairs = (await overviewFacts(tx, today, now)).filter((p) => p.state !== 'proposed');
    const met = new Map(
      (
        await tx
          .select({ id: meeting.mentorshipId, n: count() })
          .from(meeting)
          .where(eq(meeting.status, 'happened'))
          .groupBy(meeting.mentorshipId)
      ).map((r) => [r.id, Number(r.n)]),
    );
    const steps = await tx
      .select({
        id: mentorshipEvent.mentorshipId,
        type: mentorshipEvent.type,
        reason: mentorshipEvent.reason,
        day: sql<string>`(${mentorshipEvent.at} at time zone 'Europe/Copenhagen')::date::text`,
      })
      .from(mentorshipEvent);
    const peers = await tx
      .select({ id: mentorship.id, peerId: mentorship.peerId, start: mentorship.startDate })
      .from(mentorship);
    const cohortOf = (await deps.cohorts?.(tx)) ?? new Map<string, { id: string; name: string }>();

    const figure = (name: string, cohortId: string | null, ids: Set<string>, exact: boolean): FigureRow => {
      const mask = (n: number) => (exact || n === 0 || n >= SMALL ? n : null);
      const mine = pairs.filter((p) => ids.has(p.id));
      const stepsHere = steps.filter((s) => ids.has(s.id));
      const monthsRunning = mine.reduce((sum, p) => {
        const end = p.state === 'closed' || p.state === 'ending' ? endDateOf(p) : today;
        const last = end < today ? end : today;
        return sum + Math.max(0, daysBetween(p.startDate, last)) / 30.44;
      }, 0);
      const meetings = mine.reduce((sum, p) => sum + (met.get(p.id) ?? 0), 0);
      const running = mine.filter((p) => p.state === 'active');
      const green = running.filter((p) => lightOf({ ...p, today }).light === 'green').length;
      const ends = stepsHere.filter((s) => s.type === 'end');
      const early = ends.filter((s) => s.reason !== 'planned');
      // A rematch: the peer of an early end has a pair that started on or after that end.
      const rematches = early.filter((e) => {
        const peerId = peers.find((p) => p.id === e.id)?.peerId;
        return peerId && peers.some((p) => p.peerId === peerId && p.id !== e.id && p.start >= e.day);
      }).length;
      const enough = exact || mine.length >= SMALL;
      return {
        name,
        cohortId,
        pairs: mask(mine.length),
        meetingsPerPairMonth:
          enough && monthsRunning > 0 ? Math.round((meetings / monthsRunning) * 10) / 10 : null,
        onRhythmShare: enough && running.length ? Math.round((green / running.length) * 100) : null,
        pauses: mask(stepsHere.filter((s) => s.type === 'pause').length),
        extensions: mask(stepsHere.filter((s) => s.type === 'extend').length),
        plannedEndings: mask(ends.length - early.length),
        earlyEndings: mask(early.length),
        earlyReasons: Object.fromEntries(
          END_REASONS.filter((r) => r !== 'planned').map((r) => [
            r,
            mask(early.filter((e) => e.reason === r).length),
          ]),
        ) as FigureRow['earlyReasons'],
        rematches: mask(rematches),
      };
    };
    const all = new Set(pairs.map((p) => p.id));
    const groups = new Map<string, { name: string; ids: Set<string> }>();
    for (const p of pairs) {
      const cohort = p.mentorId ? cohortOf.get(p.mentorId) : undefined;
      if (!cohort) continue;
      const group = groups.get(cohort.id) ?? { name: cohort.name, ids: new Set<string>() };
      group.ids.add(p.id);
      groups.set(cohort.id, group);
    }
    return {
      programme: figure('', null, all, true),
      cohorts: [...groups.entries()]
        .sort((a, b) => a[1].name.localeCompare(b[1].name, 'da'))
        .map(([id, g]) => figure(g.name, id, g.ids, false)),
    };
  });
}
