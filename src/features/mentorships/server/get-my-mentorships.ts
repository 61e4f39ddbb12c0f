import { and, desc, eq, ne, or } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { canTake } from '../mentorship-states.ts';
import type { Meeting, MyMentorships, PairView } from '../mentorships.contract.ts';
import { courseSummary, type MeetingRow, meetingsOf, openNote, pausesOf, ratingsOf } from './course-facts.ts';
import { canAnswer, extensionViewOf } from './extension.ts';
import { courseOf, type MentorshipRow } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorship, mentorshipEvent } from './mentorships.table.ts';

/** How many past meetings the pair's page lists (the strip shows the rest). */
const PAST_SHOWN = 8;

/** A meeting as one of the pair sees it: their own rating, never the partner's. */
export function meetingForPair(row: MeetingRow, myRating: number | null): Meeting {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    placeType: row.placeType,
    note: openNote(row),
    status: row.status,
    homeFlagged: row.homeFlag !== null,
    myRating,
  };
}

/** One pair as the caller (its peer or its mentor) sees it. */
export async function pairView(tx: Tx, row: MentorshipRow, userId: string): Promise<PairView> {
  const me = row.peerId === userId ? 'peer' : 'mentor';
  const partnerId = me === 'peer' ? row.mentorId : row.peerId;
  const meetings = (await meetingsOf(tx, [row.id])).get(row.id)!;
  const pauses = (await pausesOf(tx, [row.id])).get(row.id)!;
  const mine = await ratingsOf(
    tx,
    meetings.map((m) => m.id),
    userId,
  );
  const [partner] = partnerId
    ? await findPeopleWithRole(tx, row.programmeId, ['peer', 'mentor'], [partnerId])
    : [];
  const [ended] =
    row.state === 'ending'
      ? await tx
          .select({ by: mentorshipEvent.byParty })
          .from(mentorshipEvent)
          .where(and(eq(mentorshipEvent.mentorshipId, row.id), eq(mentorshipEvent.type, 'end')))
          .orderBy(desc(mentorshipEvent.at))
          .limit(1)
      : [];
  const summary = courseSummary(row, meetings, pauses);
  const view = (m: MeetingRow) => meetingForPair(m, mine.find((r) => r.meetingId === m.id)?.rating ?? null);
  const now = Date.now();
  const upcoming = meetings.filter((m) => m.status === 'planned' && m.startsAt.getTime() >= now);
  const past = meetings
    .filter((m) => !upcoming.includes(m))
    .slice(-PAST_SHOWN)
    .reverse();
  const course = courseOf(row);
  const partnerSide = me === 'peer' ? 'mentor' : 'peer';
  const extension = await extensionViewOf(tx, row, me);
  return {
    ...summary.course,
    programmeId: row.programmeId,
    me,
    partner: partner ? { id: partner.id, name: partner.name } : null,
    resumeAgreed: { me: row.resumeAgreed.includes(me), partner: row.resumeAgreed.includes(partnerSide) },
    endedBy: ended ? (ended.by === me ? 'me' : ended.by === 'staff' ? 'staff' : 'partner') : null,
    nextMeeting: summary.next ? view(summary.next) : null,
    meetings: [...upcoming, ...past].map(view),
    extension,
    can: {
      pause: canTake(course, 'pause', me),
      agreeResume: canTake(course, 'agree-resume', me) && !row.resumeAgreed.includes(me),
      end: canTake(course, 'end', me),
      planMeeting: row.state === 'active',
      answerExtension: canAnswer(row, extension),
    },
  };
}

/** The caller's pairs that have not closed, newest first (usually one). */
export async function getMyMentorships(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
}): Promise<MyMentorships> {
  authorize(deps.actor, 'own.read', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select()
      .from(mentorship)
      .where(
        and(
          or(eq(mentorship.peerId, userId), eq(mentorship.mentorId, userId)),
          ne(mentorship.state, 'closed'),
        ),
      )
      .orderBy(desc(mentorship.startDate));
    const mentorships: PairView[] = [];
    for (const row of rows) mentorships.push(await pairView(tx, row, userId));
    return { mentorships };
  });
}
