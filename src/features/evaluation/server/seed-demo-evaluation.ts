/**
 * The demo's questionnaires, relative to today: the demo peer answered T0 (well-being on the low
 * side, a small network) and has T1 open now; the demo mentor answered T0 as a mentor; five
 * mentors of the training demo answered T0 and T1, and one has T1 half done; three of them also
 * T2. Eight other peers answered T0, seven T1, six T2 and two T3, so the dashboard shows the
 * peers' T1 and T2 (≥ 5 pairs) and the mentors' T1, and suppresses the peers' T3 and the mentors'
 * T2 (decision 046). Answers are drawn from a fixed seed (mulberry32) leaning a little better at
 * each wave, so the pages look alive.
 */
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { addDays } from '../instruments/wave-schedule.ts';
import type { ImportantPerson, SendQuestionnaireRequest, Wave } from '../questionnaire.contract.ts';
import { mulberry32 } from '../stats/mulberry32.ts';
import { noteForStaff } from './answer-questionnaire.ts';
import { importantPerson, questionnaire, questionnaireAnswer } from './evaluation.table.ts';
import { loadInstruments } from './manage-instruments.ts';
import { sealAnswer, sealPerson } from './questionnaire-answers.ts';
import { ROSTER_KEY, versionFor } from './questionnaire-view.ts';
import { seedInstruments } from './seed-instruments.ts';
import { insertQuestionnaire } from './send-questionnaire.ts';

const DAY = 86_400_000;

const DEMO_ROSTER: ImportantPerson[] = [
  { nickname: 'Mor', role: 2, contact: 2, use: 0, support: 2 },
  { nickname: 'K.', role: 3, contact: 3, use: 1, support: 1 },
  { nickname: 'Lillebror', role: 2, contact: 1, use: 0, support: 2 },
  { nickname: 'Mette', role: 6, contact: 2, use: 0, support: 2 },
];

export interface DemoWave {
  userId: string;
  request: Omit<SendQuestionnaireRequest, 'userId'>;
  /** 0 … 1: how well the person is doing (the answers lean towards the better end). */
  level: number;
  /** How many questions they answered; all when undefined. Completed unless `open`. */
  answered?: number;
  open?: boolean;
  roster?: ImportantPerson[];
}

/** One demo questionnaire, sent and answered as drawn (also for tests that need answered waves). */
export async function answerDemo(
  tx: Tx,
  programmeId: string,
  wave: DemoWave,
  seed: number,
  today: string,
  staffId: string | null,
) {
  const sentAt = new Date(`${wave.request.opensOn}T08:00:00Z`);
  const row = await insertQuestionnaire(
    tx,
    programmeId,
    { ...wave.request, userId: wave.userId },
    staffId,
    sentAt,
  );
  const random = mulberry32(seed);
  const instruments = await loadInstruments(tx, programmeId);
  let left = wave.answered ?? Number.POSITIVE_INFINITY;
  const answeredAt = new Date(Math.min(sentAt.getTime() + 2 * DAY, Date.now()));
  for (const key of row.instrumentKeys) {
    const found = instruments.find((i) => i.row.key === key);
    const version = found && versionFor(found.versions, 'da');
    if (!found || !version || left <= 0) continue;
    if (key === ROSTER_KEY) {
      const people = wave.roster ?? DEMO_ROSTER.slice(0, 2 + Math.floor(random() * 3));
      for (const [position, person] of people.entries()) {
        const id = crypto.randomUUID();
        await tx.insert(importantPerson).values({
          id,
          programmeId,
          questionnaireId: row.id,
          versionId: version.id,
          position: position + 1,
          sealed: sealPerson(id, person),
        });
      }
      await tx.update(questionnaire).set({ rosterSavedAt: answeredAt }).where(eqId(row.id));
      left--;
      continue;
    }
    for (const item of found.row.items) {
      if (left-- <= 0) break;
      let value: number | null = null;
      if (item.kind === 'choice' && item.optionSet) {
        const codes = [...found.row.optionSets[item.optionSet]!].filter((c) => c !== 9).sort((a, b) => a - b);
        // Better is the high end, or the low end for loneliness, reverse-scored items and relapse.
        const high = found.row.direction !== 'higher-is-worse' && !item.reverse && key !== 'substance-use';
        const u = Math.min(0.999, Math.max(0, wave.level + (random() - 0.5) * 0.5));
        value = codes[Math.floor((high ? u : 1 - u) * codes.length)]!;
      } else if (item.kind === 'count') value = wave.level > 0.6 ? 0 : Math.floor(random() * 3);
      // The date of first use is skipped (no relapse in the demo): stored as missing.
      const id = crypto.randomUUID();
      await tx.insert(questionnaireAnswer).values({
        id,
        programmeId,
        questionnaireId: row.id,
        instrumentId: found.row.id,
        versionId: version.id,
        item: item.number,
        valueSealed: value === null ? null : sealAnswer(id, value),
        skipped: value === null,
        answeredAt,
      });
    }
  }
  if (!wave.open && copenhagenDate(answeredAt) <= today) {
    await tx.update(questionnaire).set({ completedAt: answeredAt }).where(eqId(row.id));
  }
  // As answering through the app would: staff are told of a low WHO-5 when the person agreed.
  await noteForStaff(tx, programmeId, row);
}

const eqId = (id: string) => eq(questionnaire.id, id);

export async function seedDemoEvaluation(
  db: Database,
  programmeId: string,
  people: { staffId: string | null; peerId: string | null; mentorId: string | null },
  now = new Date(),
): Promise<void> {
  const today = copenhagenDate(now);
  const window = (opensInDays: number) => ({
    opensOn: addDays(today, opensInDays),
    closesOn: addDays(today, opensInDays + 21),
  });
  await db.withProgramme(programmeId, async (tx) => {
    await seedInstruments(tx, programmeId, now);
    // Seeded once: a second seed adds nothing.
    if ((await tx.select({ id: questionnaire.id }).from(questionnaire).limit(1)).length) return;
    const waves: DemoWave[] = [];
    if (people.peerId) {
      waves.push({
        userId: people.peerId,
        request: { wave: 'T0', role: 'peer', ...window(-95) },
        level: 0.3,
        roster: DEMO_ROSTER,
      });
      waves.push({
        userId: people.peerId,
        request: { wave: 'T1', role: 'peer', ...window(-2) },
        level: 0.5,
        answered: 0,
        open: true,
      });
    }
    if (people.mentorId) {
      waves.push({
        userId: people.mentorId,
        request: { wave: 'T0', role: 'mentor', ...window(-60) },
        level: 0.75,
      });
    }
    const mentors = (await findPeopleWithRole(tx, programmeId, ['mentor'])).filter(
      (m) => m.id !== people.mentorId,
    );
    for (const [i, m] of mentors.slice(0, 6).entries()) {
      waves.push({
        userId: m.id,
        request: { wave: 'T0', role: 'mentor', ...window(-120 - i) },
        level: 0.45 + i * 0.05,
      });
      waves.push({
        userId: m.id,
        request: { wave: 'T1', role: 'mentor', ...window(i === 5 ? -5 : -30 - i) },
        level: 0.6 + i * 0.05,
        ...(i === 5 ? { answered: 12, open: true } : {}),
      });
    }
    for (const [i, m] of mentors.slice(0, 3).entries()) {
      waves.push({
        userId: m.id,
        request: { wave: 'T2', role: 'mentor', ...window(-3 - i) },
        level: 0.7 + i * 0.05,
      });
    }
    const peers = (await findPeopleWithRole(tx, programmeId, ['peer'])).filter((p) => p.id !== people.peerId);
    for (const [i, p] of peers.slice(0, 8).entries()) {
      const plan: [Wave, number, number][] = [
        ['T0', -290 - i, 0.25 + i * 0.03],
        ['T1', -200 - i, 0.4 + i * 0.03],
        ['T2', -110 - i, 0.5 + i * 0.04],
        ['T3', -15 - i, 0.55 + i * 0.04],
      ];
      const answered = i < 2 ? 4 : i < 6 ? 3 : i < 7 ? 2 : 1;
      for (const [wave, opens, level] of plan.slice(0, answered))
        waves.push({ userId: p.id, request: { wave, role: 'peer', ...window(opens) }, level });
    }
    for (const [i, wave] of waves.entries())
      await answerDemo(tx, programmeId, wave, 20260601 + i, today, people.staffId);
  });
}
