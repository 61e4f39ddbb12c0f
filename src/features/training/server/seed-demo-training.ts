import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { newProgrammeToken } from '../../../server/programme-token.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { createUser } from '../../accounts/server/index.ts';
import { addMonths, generateCoursePlan } from '../course-plan.ts';
import type { TrainingSettings } from '../training.contract.ts';
import { danishPublicHoliday } from './danish-holidays.ts';
import { seedDemoFinishedCohort, seedDemoThemes } from './seed-demo-follow-up.ts';
import {
  absenceNotice,
  attendance,
  calendarFeed,
  cohort,
  cohortLead,
  cohortMember,
  courseSession,
  trainingSettings,
} from './training.table.ts';

const DEMO_SETTINGS: TrainingSettings = {
  months: 7,
  teaching: { weekday: 4, week: 'second', start: '09:30', end: '15:00' },
  supervision: { weekday: 2, week: 'fourth', start: '17:00', end: '19:00' },
  place: 'Peer-fællesskabet, Havnegade 1, 7100 Vejle',
  defaultCapacity: 15,
  rules: { completion: { teaching: 6, supervision: 5 }, readiness: { teaching: 2 } },
};

const TOPICS = [
  'Rollen som peer-mentor',
  'Samtalen og aktiv lytning',
  'Grænser og egenomsorg',
  'Tilbagefald og hvor man får hjælp',
  'Netværk uden for misbrugsmiljøet',
  'Tavshedspligt og etik',
  'Afslutning af et forløb',
];

/** Mentors of the demo's two cohorts besides the demo mentor; they log in by e-mail link only. */
const FINISHED_MENTORS = [
  'Anne Larsen',
  'Bo Kristensen',
  'Camilla Madsen',
  'Dennis Olsen',
  'Eva Thomsen',
  'Frank Pedersen',
  'Gitte Andersen',
  'Hans Christensen',
  'Inge Rasmussen',
  'Jesper Jørgensen',
  'Karina Berg',
];
const RUNNING_MENTORS = [
  'Lars Mortensen',
  'Maria Jensen',
  'Niels Knudsen',
  'Pia Mikkelsen',
  'Rasmus Iversen',
  'Sofie Poulsen',
  'Thomas Dahl',
  'Ulla Eriksen',
  'Vibeke Lund',
  'Allan Holm',
  'Birthe Friis',
  'Carsten Bach',
  'Dorthe Skov',
  'Erik Lauridsen',
];

const emailOf = (name: string) =>
  `${name.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/\s+/g, '.')}@mentor.makker.example`;

/** "efterår 2026" for a cohort starting in September 2026. */
function seasonName(month: string): string {
  const m = Number(month.slice(5, 7));
  const season = m >= 8 && m <= 11 ? 'efterår' : m >= 3 && m <= 5 ? 'forår' : m >= 6 ? 'sommer' : 'vinter';
  return `${season} ${month.slice(0, 4)}`;
}

async function mentorsNamed(tx: Tx, programmeId: string, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names)
    ids.push(await createUser(tx, { name, email: emailOf(name), programmeId, roles: ['mentor'] }));
  return ids;
}

type DemoSession = { id: string; kind: 'teaching' | 'supervision'; number: number; startsAt: Date };
type DemoMark = { mark: 'present' | 'late' | 'absent-notice' | 'absent'; madeUpOn?: string };

/**
 * The finished cohort: nearly everyone complete (one late, one absence with notice, one made-up
 * absence); member 11 stopped after two months (recorded as having left, seed-demo-follow-up.ts).
 */
function finishedMark(i: number, s: DemoSession): DemoMark {
  if (i === 10 && s.number >= 3) return { mark: 'absent' };
  if (i === 11 && s.kind === 'teaching' && s.number === 5)
    return { mark: 'absent', madeUpOn: copenhagenDate(new Date(s.startsAt.getTime() + 7 * 86_400_000)) };
  if (i === 0 && s.kind === 'supervision' && s.number === 3) return { mark: 'absent-notice' };
  if (i % 4 === 1 && s.kind === 'teaching' && s.number === 2) return { mark: 'late' };
  return { mark: 'present' };
}

/** The running cohort: two members missed the last two sessions (at risk), two with one absence. */
function runningMark(i: number, s: DemoSession, fromEnd: number): DemoMark {
  if ((i === 3 || i === 7) && fromEnd < 2) return { mark: i === 3 ? 'absent' : 'absent-notice' };
  if (i === 5 && s.kind === 'teaching' && s.number === 1) return { mark: 'absent-notice' };
  if (i === 11 && s.kind === 'teaching' && s.number === 3) return { mark: 'late' };
  return { mark: 'present' };
}

async function insertCohort(
  tx: Tx,
  programmeId: string,
  c: {
    name: string;
    startMonth: string;
    capacity: number;
    leads: string[];
    members: string[];
    waiting: string[];
  },
  marks: { now: Date; by: string | null; mark: (i: number, s: DemoSession, fromEnd: number) => DemoMark },
) {
  const [row] = await tx
    .insert(cohort)
    .values({ programmeId, name: c.name, startMonth: c.startMonth, capacity: c.capacity })
    .returning({ id: cohort.id });
  const cohortId = row!.id;
  if (c.leads.length)
    await tx.insert(cohortLead).values(c.leads.map((userId) => ({ programmeId, cohortId, userId })));
  const joined = new Date(`${addMonths(c.startMonth, -1)}-10T10:00:00Z`).getTime();
  await tx.insert(cohortMember).values(
    [...c.members, ...c.waiting].map((userId, i) => ({
      programmeId,
      cohortId,
      userId,
      status: i < c.members.length ? ('member' as const) : ('waiting' as const),
      joinedAt: new Date(joined + i * 60_000),
    })),
  );
  const plan = generateCoursePlan(c.startMonth, DEMO_SETTINGS, danishPublicHoliday);
  const sessions = await tx
    .insert(courseSession)
    .values(
      plan.map((p) => ({
        programmeId,
        cohortId,
        kind: p.kind,
        number: p.number,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        place: DEMO_SETTINGS.place,
        topic: p.kind === 'teaching' ? (TOPICS[p.number - 1] ?? '') : 'Gruppesparring',
        teacher: p.kind === 'teaching' ? 'Lene Sørensen' : '',
        movedForHoliday: p.movedForHoliday,
      })),
    )
    .returning();
  const held = sessions
    .filter((x) => x.endsAt <= marks.now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const rows = c.members.flatMap((userId, i) =>
    held.map((session, k) => ({
      programmeId,
      sessionId: session.id,
      userId,
      ...marks.mark(i, session, held.length - 1 - k),
      recordedBy: marks.by,
      recordedAt: session.endsAt,
    })),
  );
  if (rows.length) await tx.insert(attendance).values(rows);
  return { cohortId, sessions, members: c.members };
}

/** The running cohort's first member has sent notice of absence from its next session. */
async function insertDemoNotice(
  tx: Tx,
  programmeId: string,
  running: { sessions: (typeof courseSession.$inferSelect)[]; members: string[] },
  now: Date,
) {
  const next = running.sessions
    .filter((x) => x.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const userId = running.members[0];
  if (!next || !userId) return;
  const id = crypto.randomUUID();
  await tx.insert(absenceNotice).values({
    id,
    programmeId,
    sessionId: next.id,
    userId,
    reasonSealed: sealText(
      'Jeg er på arbejde den dag, det er en ny vagt.',
      fieldContext('absence_notice', 'reason_sealed', id),
    ),
  });
}

/**
 * The demo programme's training (once): its settings and two cohorts with dates relative to
 * today (decision 030): one that finished this spring, started 15 months ago, with the demo
 * mentor on it; one that started three months ago, full, with two mentors on its waiting list.
 * Attendance is registered at every session already over (the patterns above). The demo mentor
 * has a calendar feed; a member of the running cohort has sent notice of absence from its next
 * session.
 */
export async function seedDemoTraining(
  db: Database,
  programmeId: string,
  demo: { staffId: string | null; adminId: string | null; mentorId: string | null },
  now = new Date(),
) {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.training');
    // The demo mentor subscribes to their calendar (decision 037). Its address is thrown away, as
    // only the hash is ever kept: the page shows the feed as on, and a new link shows an address.
    if (demo.mentorId)
      await tx
        .insert(calendarFeed)
        .values({ programmeId, userId: demo.mentorId, tokenHash: newProgrammeToken(programmeId).hash })
        .onConflictDoNothing();
    if ((await tx.select({ id: trainingSettings.programmeId }).from(trainingSettings)).length > 0) return;
    await tx.insert(trainingSettings).values({ programmeId, settings: DEMO_SETTINGS });
    const ids = (...some: (string | null)[]) => some.filter((id): id is string => id !== null);
    const month = copenhagenDate(now).slice(0, 7);
    const finished = addMonths(month, -15);
    const running = addMonths(month, -3);
    const finishedMembers = [
      ...ids(demo.mentorId),
      ...(await mentorsNamed(tx, programmeId, FINISHED_MENTORS)),
    ];
    const runningMentors = await mentorsNamed(tx, programmeId, RUNNING_MENTORS);
    const finishedCohort = await insertCohort(
      tx,
      programmeId,
      {
        name: `Hold 1 – ${seasonName(finished)}`,
        startMonth: finished,
        capacity: 12,
        leads: ids(demo.staffId, demo.adminId),
        members: finishedMembers,
        waiting: [],
      },
      { now, by: demo.staffId, mark: finishedMark },
    );
    const runningCohort = await insertCohort(
      tx,
      programmeId,
      {
        name: `Hold 2 – ${seasonName(running)}`,
        startMonth: running,
        capacity: 12,
        leads: ids(demo.staffId),
        members: runningMentors.slice(0, 12),
        waiting: runningMentors.slice(12),
      },
      { now, by: demo.staffId, mark: runningMark },
    );
    await insertDemoNotice(tx, programmeId, runningCohort, now);
    await seedDemoFinishedCohort(tx, programmeId, { ...finishedCohort, stoppedIndex: 10 }, demo.staffId, now);
    for (const c of [finishedCohort, runningCohort])
      await seedDemoThemes(tx, programmeId, c.sessions, demo.staffId, now);
  });
}
