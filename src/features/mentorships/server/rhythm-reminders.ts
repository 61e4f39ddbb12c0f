/**
 * The pair's reminders (issue #8 point 4, decisions 042 and 043), sent through the notifications
 * feature, which the composition hands in as `notify` (so this feature does not depend on it):
 *
 * - `mentorships.meeting-reminders` (daily): both of a pair, the day before a planned meeting;
 * - `mentorships.slip-nudges` (daily): when no meeting is logged for more than 1.5 × the agreed
 *   interval a kind nudge to both, after 2 × staff and admins are told (`slipOf`). Nothing while
 *   paused. One of each per slip: the notification's dedupe key is the day the slip is counted
 *   from, so a new meeting starts a new one and two instances running the job send once.
 *
 * The notifications name nobody and say nothing about the pair but "a pair is not meeting".
 */
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { addDays } from '../calendar-days.ts';
import { slipOf } from '../rhythm.ts';
import { meetingsOf, pausesOf } from './course-facts.ts';
import { meeting, mentorship } from './mentorships.table.ts';

/** What the reminders need of the notifications feature (its `Notifier.notify`). */
export type NotifyPerson = (
  tx: Tx,
  input: {
    programmeId: string;
    personId: string;
    kind: 'meeting.reminder' | 'mentorship.slip' | 'mentorship.slip-staff';
    link: string;
    dedupeKey: string;
    now: Date;
  },
) => Promise<unknown>;

export interface ReminderDeps {
  db: Database;
  notify: NotifyPerson;
  now?: Date;
}

/** Who was notified (for the realtime hook) and how many notifications were new. */
export interface RemindersSent {
  personIds: string[];
  sent: number;
}

const PAIR_LINK = '/min-side/makker';

async function inEveryProgramme(
  db: Database,
  work: (tx: Tx, programmeId: string, sent: RemindersSent) => Promise<void>,
): Promise<RemindersSent> {
  const total: RemindersSent = { personIds: [], sent: 0 };
  for (const { id } of await db.db.select({ id: programme.id }).from(programme)) {
    await db.withProgramme(id, (tx) => work(tx, id, total));
  }
  return total;
}

async function tell(tx: Tx, deps: ReminderDeps, sent: RemindersSent, input: Parameters<NotifyPerson>[1]) {
  if ((await deps.notify(tx, input)) === null) return;
  sent.sent++;
  sent.personIds.push(input.personId);
}

/** Reminds both of every pair with a planned meeting tomorrow (Copenhagen), once per meeting and person. */
export async function sendMeetingReminders(deps: ReminderDeps): Promise<RemindersSent> {
  const now = deps.now ?? new Date();
  const tomorrow = addDays(copenhagenDate(now), 1);
  const from = copenhagenInstant(tomorrow, '00:00');
  const to = copenhagenInstant(addDays(tomorrow, 1), '00:00');
  return inEveryProgramme(deps.db, async (tx, programmeId, sent) => {
    const due = await tx
      .select({ id: meeting.id, peerId: mentorship.peerId, mentorId: mentorship.mentorId })
      .from(meeting)
      .innerJoin(mentorship, eq(mentorship.id, meeting.mentorshipId))
      .where(
        and(
          eq(meeting.status, 'planned'),
          eq(mentorship.state, 'active'),
          gte(meeting.startsAt, from),
          lt(meeting.startsAt, to),
        ),
      );
    for (const m of due) {
      for (const personId of [m.peerId, m.mentorId]) {
        if (!personId) continue;
        await tell(tx, deps, sent, {
          programmeId,
          personId,
          kind: 'meeting.reminder',
          link: PAIR_LINK,
          dedupeKey: `meeting:${m.id}`,
          now,
        });
      }
    }
  });
}

/** Nudges pairs whose rhythm slipped and tells staff of those slipped twice over; once per slip. */
export async function sendSlipNudges(deps: ReminderDeps): Promise<RemindersSent> {
  const now = deps.now ?? new Date();
  const today = copenhagenDate(now);
  return inEveryProgramme(deps.db, async (tx, programmeId, sent) => {
    const pairs = await tx
      .select()
      .from(mentorship)
      .where(inArray(mentorship.state, ['active']));
    if (pairs.length === 0) return;
    const ids = pairs.map((p) => p.id);
    const meetings = await meetingsOf(tx, ids);
    const pauses = await pausesOf(tx, ids);
    let staff: string[] | null = null;
    for (const pair of pairs) {
      const slip = slipOf({
        state: pair.state,
        rhythm: pair.rhythm,
        startDate: pair.startDate,
        metOn: (meetings.get(pair.id) ?? [])
          .filter((m) => m.status === 'happened')
          .map((m) => copenhagenDate(m.startsAt)),
        pauses: pauses.get(pair.id) ?? [],
        today,
      });
      if (!slip) continue;
      // The nudge is owed from 1.5 × on; a pair found at 2 × at once gets it too.
      for (const personId of [pair.peerId, pair.mentorId]) {
        if (!personId) continue;
        await tell(tx, deps, sent, {
          programmeId,
          personId,
          kind: 'mentorship.slip',
          link: PAIR_LINK,
          dedupeKey: `slip:${pair.id}:${slip.since}`,
          now,
        });
      }
      if (slip.slip !== 'staff') continue;
      staff ??= (await findPeopleWithRole(tx, programmeId, ['staff', 'admin'])).map((p) => p.id);
      for (const personId of new Set(staff)) {
        await tell(tx, deps, sent, {
          programmeId,
          personId,
          kind: 'mentorship.slip-staff',
          link: `/forloeb/${pair.id}`,
          dedupeKey: `slip-staff:${pair.id}:${slip.since}`,
          now,
        });
      }
    }
  });
}
