/**
 * "Din trivsel": a person's own scores over the waves they finished, per instrument with a sum
 * score (WHO-5 as its percentage), and their Important People roster with its derived measures
 * per wave. Only ever the caller's own; read back from the raw answers each time.
 */
import { asc, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { networkMeasures } from '../instruments/network-measures.ts';
import type { ImportantPerson, Language, MyWellbeing } from '../questionnaire.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { questionnaire } from './evaluation.table.ts';
import { loadInstruments } from './manage-instruments.ts';
import {
  type AnswerMap,
  readAnswers,
  readRoster,
  scoreAnswers,
  supportSigns,
} from './questionnaire-answers.ts';
import { type LoadedInstruments, ROSTER_KEY, versionFor } from './questionnaire-view.ts';

const FIELDS = ['role', 'contact', 'use', 'support'] as const;

function rosterLabels(loaded: LoadedInstruments, language: Language) {
  const found = loaded.find((i) => i.row.key === ROSTER_KEY);
  const wording = found && versionFor(found.versions, language)?.wording;
  if (!wording) return null;
  return {
    questions: FIELDS.map((field, i) => ({
      field,
      text: wording.items.find((it) => it.number === i + 1)?.text ?? field,
      options: wording.options[field] ?? [],
    })),
  };
}

export async function getMyWellbeing(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  language: Language;
}): Promise<MyWellbeing> {
  authorize(deps.actor, 'own.wellbeing', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const loaded = await loadInstruments(tx, deps.programmeId);
    const instruments = loaded.map((i) => i.row);
    const done = (
      await tx
        .select()
        .from(questionnaire)
        .where(eq(questionnaire.userId, userId))
        .orderBy(asc(questionnaire.opensOn))
    ).filter((q) => q.completedAt);
    const perWave: { q: (typeof done)[number]; answers: AnswerMap; people: ImportantPerson[] }[] = [];
    for (const q of done)
      perWave.push({ q, answers: await readAnswers(tx, q.id), people: await readRoster(tx, q.id) });
    const latest = perWave.at(-1);
    const signs = latest
      ? supportSigns(instruments, latest.answers)
      : { lowWellBeing: false, relapse: false };
    return {
      instruments: loaded
        .filter(({ row }) => row.scoring && perWave.some((w) => w.answers.has(row.id)))
        .map(({ row, versions }) => {
          const scoring = row.scoring!;
          const factor = row.key === 'who-5' ? 4 : 1;
          const k = scoring.scales[0]!.items.length;
          return {
            key: row.key,
            title: versionFor(versions, deps.language)?.wording.title ?? row.name,
            language: versionFor(versions, deps.language)?.language ?? 'en',
            direction: row.direction,
            min: k * scoring.codes.min * factor,
            max: k * scoring.codes.max * factor,
            points: perWave
              .filter((w) => w.answers.has(row.id))
              .map((w) => ({
                wave: w.q.wave,
                role: w.q.role,
                completedAt: w.q.completedAt!.toISOString(),
                scales: scoreAnswers([row], w.answers).get(row.key)?.scales ?? {},
              })),
          };
        }),
      network: perWave
        .filter((w) => w.q.rosterSavedAt)
        .map((w) => ({
          wave: w.q.wave,
          role: w.q.role,
          people: w.people,
          measures: networkMeasures(w.people),
        })),
      roster: rosterLabels(loaded, deps.language),
      showSupport: signs.lowWellBeing || signs.relapse,
    };
  });
}
