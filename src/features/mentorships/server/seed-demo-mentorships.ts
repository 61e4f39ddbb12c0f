/**
 * The demo programme's pairs (once), dated relative to today: the demo peer and mentor meet
 * weekly and well; others show each state and each light — amber and red rhythms, a meeting
 * flagged as at home, a pause after a relapse, an early end, a closed pair and one proposed;
 * the demo pair and one other near their end were asked whether to go on (decision 042).
 */
import { and, count, eq, isNull } from 'drizzle-orm';
import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { copenhagenDate, copenhagenInstant } from '../../../shared/calendar-date.ts';
import { createUser, demoPersonEmail, findPeopleWithRole } from '../../accounts/server/index.ts';
import { addCalendarMonths, addDays } from '../calendar-days.ts';
import { looksLikeHome } from '../home-address.ts';
import type { MentorshipEvent, Rhythm } from '../mentorship-states.ts';
import type { PlaceType } from '../mentorships.contract.ts';
import { lockMentorship, takeStep } from './mentorship-steps.ts';
import {
  extensionAnswer,
  meeting,
  meetingRating,
  mentorship,
  mentorshipEvent,
  mentorshipNote,
  mentorshipTask,
} from './mentorships.table.ts';
import { openDueTasks, openTasksOfStep } from './staff-tasks.ts';
import { startMentorship } from './start-mentorship.ts';

const DEMO_PEERS = [
  'Mette Holm',
  'Jonas Bech',
  'Louise Krogh',
  'Kim Sørensen',
  'Nadia Ali',
  'Peter Vinther',
  'Sara Lund',
];
const PLACES: PlaceType[] = ['cafe', 'walk', 'programme-cafe', 'sport', 'walk', 'cafe'];
const NOTES = ['', 'Gåtur rundt om Nørreskoven', 'Caféen tirsdag', 'Svømmehallen', '', 'Kaffe ved havnen'];

interface DemoPair {
  peerId: string;
  mentorId: string;
  rhythm: Rhythm;
  /** Days before today the pair started. */
  startedAgo: number;
  /** Days before today they met (happened), oldest first. */
  metAgo: number[];
  /** Steps after the start: the event, by whom, days ago, and the staff-only text. */
  steps?: { event: MentorshipEvent; by: 'peer' | 'mentor' | 'staff'; ago: number; note?: string }[];
  /** A planned meeting this many days ahead. */
  nextIn?: number;
  homeNote?: { ago: number; note: string };
  /** Staff's notes about the pair, days ago (decision 044). */
  staffNotes?: { ago: number; text: string }[];
  /** Asked about going on this many days ago (decision 042), and who has answered yes since. */
  extension?: { askedAgo: number; yes: ('peer' | 'mentor')[] };
}

async function insertMeeting(
  tx: Tx,
  programmeId: string,
  mentorshipId: string,
  day: string,
  i: number,
  status: 'planned' | 'happened' | 'cancelled',
  by: string,
  note = NOTES[i % NOTES.length]!,
) {
  const id = crypto.randomUUID();
  await tx.insert(meeting).values({
    id,
    programmeId,
    mentorshipId,
    startsAt: copenhagenInstant(day, i % 2 ? '10:00' : '16:30'),
    placeType: PLACES[i % PLACES.length]!,
    noteSealed: note ? sealText(note, fieldContext('meeting', 'note_sealed', id)) : null,
    status,
    plannedBy: by,
    loggedBy: status === 'planned' ? null : by,
    loggedAt: status === 'planned' ? null : copenhagenInstant(day, '20:00'),
    homeFlag: looksLikeHome(note),
  });
  return id;
}

async function seedPair(tx: Tx, programmeId: string, staffId: string | null, pair: DemoPair, now: Date) {
  const today = copenhagenDate(now);
  const at = (ago: number) => copenhagenInstant(addDays(today, -ago), '12:00');
  const id = await startMentorship(tx, {
    programmeId,
    peerId: pair.peerId,
    mentorId: pair.mentorId,
    startDate: addDays(today, -pair.startedAgo),
    rhythm: pair.rhythm,
    by: 'staff',
    actorId: staffId,
    reason: 'manual',
    now: at(pair.startedAgo),
  });
  for (const [i, ago] of pair.metAgo.entries()) {
    const meetingId = await insertMeeting(
      tx,
      programmeId,
      id,
      addDays(today, -ago),
      i,
      'happened',
      pair.mentorId,
    );
    // Each says privately how it went; the partner never sees it.
    await tx.insert(meetingRating).values([
      { programmeId, meetingId, userId: pair.peerId, rating: 3 + ((i * 7) % 3) },
      { programmeId, meetingId, userId: pair.mentorId, rating: 4 + (i % 2) },
    ]);
  }
  if (pair.homeNote)
    await insertMeeting(
      tx,
      programmeId,
      id,
      addDays(today, -pair.homeNote.ago),
      1,
      'happened',
      pair.peerId,
      pair.homeNote.note,
    );
  for (const step of pair.steps ?? []) {
    const row = await lockMentorship(tx, id);
    const actorId = step.by === 'peer' ? pair.peerId : step.by === 'mentor' ? pair.mentorId : staffId;
    const updated = await takeStep(tx, row, {
      event: step.event,
      by: step.by,
      actorId,
      note: step.note ?? null,
      now: at(step.ago),
      ...(step.event.type === 'end' ? { reason: step.event.reason } : {}),
    });
    // The staff tasks the step opens (decision 044), dated with it; the closure done when closed.
    if (step.event.type === 'pause' || step.event.type === 'end')
      await openTasksOfStep(tx, updated, step.event, addDays(today, -step.ago));
    if (step.event.type === 'close')
      await tx
        .update(mentorshipTask)
        .set({ doneAt: at(step.ago), doneBy: staffId })
        .where(and(eq(mentorshipTask.mentorshipId, id), isNull(mentorshipTask.doneAt)));
  }
  await tx
    .update(mentorshipTask)
    .set({ createdAt: at(pair.steps?.at(-1)?.ago ?? 0) })
    .where(eq(mentorshipTask.mentorshipId, id));
  for (const [i, note] of (pair.staffNotes ?? []).entries()) {
    const noteId = crypto.randomUUID();
    await tx.insert(mentorshipNote).values({
      id: noteId,
      programmeId,
      mentorshipId: id,
      authorId: staffId,
      textSealed: sealText(note.text, fieldContext('mentorship_note', 'text_sealed', noteId)),
      at: copenhagenInstant(addDays(today, -note.ago), `1${i}:15`),
    });
  }
  if (pair.extension) {
    await tx
      .update(mentorship)
      .set({ extensionAskedOn: addDays(today, -pair.extension.askedAgo) })
      .where(eq(mentorship.id, id));
    for (const party of pair.extension.yes)
      await tx.insert(extensionAnswer).values({
        programmeId,
        mentorshipId: id,
        party,
        userId: party === 'peer' ? pair.peerId : pair.mentorId,
        wantsToContinue: true,
        answeredAt: at(pair.extension.askedAgo - 1),
      });
  }
  if (pair.nextIn !== undefined)
    await insertMeeting(
      tx,
      programmeId,
      id,
      addDays(today, pair.nextIn),
      2,
      'planned',
      pair.peerId,
      'Caféen i Havnegade',
    );
  return id;
}

/** Seeds the demo pairs unless the programme has some. */
export async function seedDemoMentorships(
  db: Database,
  programmeId: string,
  demo: { staffId: string | null; peerId: string | null; mentorId: string | null },
  now = new Date(),
) {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.mentorships');
    const [existing] = await tx.select({ n: count() }).from(mentorship);
    if (Number(existing?.n ?? 0) > 0) return;
    const mentors = (await findPeopleWithRole(tx, programmeId, ['mentor']))
      .map((m) => m.id)
      .filter((id) => id !== demo.mentorId);
    const peers: string[] = [];
    for (const name of DEMO_PEERS)
      peers.push(await createUser(tx, { name, email: demoPersonEmail(name), programmeId, roles: ['peer'] }));
    const weekly = (from: number, to: number, skip: number[] = []) => {
      const days: number[] = [];
      for (let ago = from; ago >= to; ago -= 7) if (!skip.includes(ago)) days.push(ago);
      return days;
    };
    const pairs: DemoPair[] = [];
    if (demo.peerId && demo.mentorId) {
      pairs.push({
        peerId: demo.peerId,
        mentorId: demo.mentorId,
        rhythm: 'weekly',
        // About three weeks from the planned end: both were asked whether to go on, neither has answered.
        startedAgo: 163,
        metAgo: weekly(159, 5, [33]),
        nextIn: 2,
        extension: { askedAgo: 1, yes: [] },
      });
    }
    const [m1, m2, m3, m4, m5, m6] = mentors;
    const [p1, p2, p3, p4, p5, p6, p7] = peers;
    if (!(m1 && m2 && m3 && m4 && m5 && m6 && p1 && p2 && p3 && p4 && p5 && p6 && p7)) return;
    pairs.push(
      // Amber: every 14 days, but only once in the last four weeks.
      {
        peerId: p1,
        mentorId: m1,
        rhythm: 'fortnightly',
        startedAgo: 110,
        metAgo: [106, 92, 78, 64, 50, 36, 19],
      },
      // Red: weekly, nothing for 19 days; one meeting was logged as at home.
      {
        peerId: p2,
        mentorId: m2,
        rhythm: 'weekly',
        startedAgo: 60,
        metAgo: weekly(58, 19),
        homeNote: { ago: 26, note: 'Hos mig, Vestergade 12, 2. th.' },
        staffNotes: [{ ago: 25, text: 'Talt med begge om at mødes ude. De vil prøve biblioteket.' }],
      },
      // Paused after a relapse; the mentor is ready to go on.
      {
        peerId: p3,
        mentorId: m3,
        rhythm: 'weekly',
        startedAgo: 90,
        metAgo: weekly(88, 20),
        steps: [
          {
            event: { type: 'pause' },
            by: 'peer',
            ago: 12,
            note: 'Jeg har haft et tilbagefald og har brug for ro et par uger.',
          },
          { event: { type: 'agree-resume' }, by: 'mentor', ago: 3 },
        ],
        staffNotes: [
          {
            ago: 11,
            text: 'Ringet til peeren. Har kontakt til misbrugscentret igen, vil gerne fortsætte senere.',
          },
        ],
      },
      // Ending early: the peer moves away.
      {
        peerId: p4,
        mentorId: m4,
        rhythm: 'fortnightly',
        startedAgo: 80,
        metAgo: [78, 64, 50, 36, 22],
        steps: [
          {
            event: { type: 'end', reason: 'moved' },
            by: 'mentor',
            ago: 4,
            note: 'Peeren flytter til Aarhus for at bo tæt på sin søster.',
          },
        ],
      },
      // Due to end in about three weeks: both were asked whether to go on; the peer said yes.
      {
        peerId: p7,
        mentorId: m1,
        rhythm: 'weekly',
        startedAgo: 163,
        metAgo: weekly(157, 3),
        nextIn: 4,
        extension: { askedAgo: 2, yes: ['peer'] },
      },
      // Closed: the six months are over.
      {
        peerId: p5,
        mentorId: m5,
        rhythm: 'weekly',
        startedAgo: 200,
        metAgo: weekly(196, 20),
        steps: [
          { event: { type: 'end', reason: 'planned' }, by: 'staff', ago: 15 },
          { event: { type: 'close' }, by: 'staff', ago: 8 },
        ],
      },
    );
    for (const pair of pairs) await seedPair(tx, programmeId, demo.staffId, pair, now);
    // Staff's own task on the amber pair.
    const amber = await tx.select({ id: mentorship.id }).from(mentorship).where(eq(mentorship.peerId, p1));
    if (amber[0]) {
      const taskId = crypto.randomUUID();
      await tx.insert(mentorshipTask).values({
        id: taskId,
        programmeId,
        mentorshipId: amber[0].id,
        kind: 'own',
        key: `own:${taskId}`,
        textSealed: sealText(
          'Spørg om hver 14. dag stadig passer dem',
          fieldContext('mentorship_task', 'text_sealed', taskId),
        ),
        dueOn: addDays(copenhagenDate(now), 3),
        createdBy: demo.staffId,
        createdAt: copenhagenInstant(addDays(copenhagenDate(now), -2), '09:30'),
      });
    }
    // Proposed: matching (or staff) proposed the pair; it starts next week.
    const startDate = addDays(copenhagenDate(now), 6);
    const [proposed] = await tx
      .insert(mentorship)
      .values({
        programmeId,
        peerId: p6,
        mentorId: m6,
        state: 'proposed',
        rhythm: 'weekly',
        startDate,
        plannedEnd: addCalendarMonths(startDate, 6),
      })
      .returning({ id: mentorship.id });
    await tx.insert(mentorshipEvent).values({
      programmeId,
      mentorshipId: proposed!.id,
      type: 'propose',
      fromState: 'proposed',
      toState: 'proposed',
      byParty: 'staff',
      actorId: demo.staffId,
    });
  });
  // The morning sweep has run: the red pair's slipped rhythm is a task for staff.
  await openDueTasks(db, { now });
}
