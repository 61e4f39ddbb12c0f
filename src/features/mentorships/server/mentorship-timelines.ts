/**
 * When each started pair began and ends, for the evaluation's waves (decision 045): the end is
 * the actual end once it ended (the day of the `end` step), else the extension's or planned end
 * (a pause moves it when resumed). Nothing else of the pair leaves the feature.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { endDateOf } from '../mentorship-states.ts';
import { mentorship, mentorshipEvent } from './mentorships.table.ts';

export interface MentorshipTimeline {
  id: string;
  peerId: string | null;
  mentorId: string | null;
  startsOn: string;
  endsOn: string;
  /** Ended (ending or closed after a start): `endsOn` is the day it ended. */
  ended: boolean;
  /** Paused now: the end will move when it is resumed. */
  paused: boolean;
}

/** Every pair of the programme of `tx` that has started, with its start and end. */
export async function mentorshipTimelines(tx: Tx): Promise<MentorshipTimeline[]> {
  const rows = await tx.select().from(mentorship).where(ne(mentorship.state, 'proposed'));
  const ends = rows.length
    ? await tx
        .select({ mentorshipId: mentorshipEvent.mentorshipId, at: mentorshipEvent.at })
        .from(mentorshipEvent)
        .where(
          and(
            eq(mentorshipEvent.type, 'end'),
            inArray(
              mentorshipEvent.mentorshipId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const endedOn = new Map(ends.map((e) => [e.mentorshipId, copenhagenDate(e.at)]));
  return rows.flatMap((row) => {
    const ended = row.state === 'ending' || row.state === 'closed';
    const actual = endedOn.get(row.id);
    // Closed without an end step: withdrawn before it started.
    if (ended && !actual) return [];
    return [
      {
        id: row.id,
        peerId: row.peerId,
        mentorId: row.mentorId,
        startsOn: row.startDate,
        endsOn: ended ? actual! : endDateOf(row),
        ended,
        paused: row.state === 'paused',
      },
    ];
  });
}
