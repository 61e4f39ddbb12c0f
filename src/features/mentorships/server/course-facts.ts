/**
 * What the pair's page, one pair for staff and the overview are made from: the meetings of the
 * mentorships asked for, their pauses (from the recorded steps) and the rhythm kept.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { endDateOf } from '../mentorship-states.ts';
import { type RhythmFacts, rhythmKept, weekStrip, weeksLeft } from '../rhythm.ts';
import type { MentorshipRow } from './mentorship-steps.ts';
import { meeting, meetingRating, mentorshipEvent } from './mentorships.table.ts';

export type MeetingRow = typeof meeting.$inferSelect;

export const openNote = (row: { id: string; noteSealed: string | null }, table = 'meeting') =>
  row.noteSealed ? openText(row.noteSealed, fieldContext(table, 'note_sealed', row.id)) : '';

/** Meetings by mentorship, oldest first. */
export async function meetingsOf(tx: Tx, ids: string[]): Promise<Map<string, MeetingRow[]>> {
  const byId = new Map<string, MeetingRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byId;
  const rows = await tx
    .select()
    .from(meeting)
    .where(inArray(meeting.mentorshipId, ids))
    .orderBy(asc(meeting.startsAt));
  for (const row of rows) byId.get(row.mentorshipId)?.push(row);
  return byId;
}

/** Each pause of each mentorship, from its start to its end (null: still paused). */
export async function pausesOf(tx: Tx, ids: string[]) {
  const byId = new Map<string, { from: string; to: string | null }[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byId;
  const steps = await tx
    .select({
      mentorshipId: mentorshipEvent.mentorshipId,
      from: mentorshipEvent.fromState,
      to: mentorshipEvent.toState,
      at: mentorshipEvent.at,
    })
    .from(mentorshipEvent)
    .where(inArray(mentorshipEvent.mentorshipId, ids))
    .orderBy(asc(mentorshipEvent.at));
  for (const step of steps) {
    const pauses = byId.get(step.mentorshipId)!;
    const day = copenhagenDate(step.at);
    if (step.to === 'paused' && step.from !== 'paused') pauses.push({ from: day, to: null });
    else if (step.from === 'paused' && step.to !== 'paused' && pauses.at(-1)) pauses.at(-1)!.to = day;
  }
  return byId;
}

/** The ratings of these meetings by person. */
export async function ratingsOf(tx: Tx, meetingIds: string[], userId?: string) {
  if (!meetingIds.length) return [];
  return tx
    .select({
      meetingId: meetingRating.meetingId,
      userId: meetingRating.userId,
      rating: meetingRating.rating,
    })
    .from(meetingRating)
    .where(
      and(
        inArray(meetingRating.meetingId, meetingIds),
        userId ? eq(meetingRating.userId, userId) : undefined,
      ),
    );
}

/** Dates, rhythm kept and the strip of weeks of one mentorship on `today`. */
export function courseSummary(
  row: MentorshipRow,
  meetings: MeetingRow[],
  pauses: { from: string; to: string | null }[],
  today = copenhagenDate(),
) {
  const facts: RhythmFacts = {
    state: row.state,
    rhythm: row.rhythm,
    startDate: row.startDate,
    metOn: meetings.filter((m) => m.status === 'happened').map((m) => copenhagenDate(m.startsAt)),
    pauses,
    today,
  };
  const endDate = endDateOf(row);
  const next = meetings.find((m) => m.status === 'planned' && m.startsAt.getTime() >= Date.now());
  return {
    course: {
      id: row.id,
      state: row.state,
      rhythm: row.rhythm,
      startDate: row.startDate,
      plannedEnd: row.plannedEnd,
      extendedEnd: row.extendedEnd,
      endDate,
      pausedSince: row.pausedSince,
      weeksLeft: row.state === 'closed' ? 0 : weeksLeft(endDate, [today, row.startDate].sort().at(-1)!),
      weeks: weekStrip(facts),
    },
    rhythmKept: rhythmKept(facts),
    next: next ?? null,
  };
}
