/**
 * Reading a questionnaire's raw answers back (opened from their encryption), scoring them with
 * each instrument's stored scoring rule, and the two signs that the person should see the
 * support and crisis contacts at once: a complete WHO-5 of 50 or less, or a reported relapse.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { networkMeasures } from '../instruments/network-measures.ts';
import { type InstrumentScore, scoreInstrument } from '../instruments/score-instrument.ts';
import { substanceUseMeasures } from '../instruments/substance-use-measures.ts';
import type { AnswerValue, ImportantPerson } from '../questionnaire.contract.ts';
import { importantPerson, type instrument, questionnaireAnswer } from './evaluation.table.ts';

type InstrumentRow = typeof instrument.$inferSelect;

/** Instrument id → item → value (null: skipped). */
export type AnswerMap = Map<string, Map<number, AnswerValue | null>>;

export const sealAnswer = (id: string, value: AnswerValue) =>
  sealText(JSON.stringify(value), fieldContext('questionnaire_answer', 'value_sealed', id));

export const sealPerson = (id: string, person: ImportantPerson) =>
  sealText(JSON.stringify(person), fieldContext('important_person', 'sealed', id));

export async function readAnswers(tx: Tx, questionnaireId: string): Promise<AnswerMap> {
  const rows = await tx
    .select()
    .from(questionnaireAnswer)
    .where(eq(questionnaireAnswer.questionnaireId, questionnaireId));
  const answers: AnswerMap = new Map();
  for (const row of rows) {
    const items = answers.get(row.instrumentId) ?? new Map<number, AnswerValue | null>();
    items.set(
      row.item,
      row.skipped || !row.valueSealed
        ? null
        : (JSON.parse(
            openText(row.valueSealed, fieldContext('questionnaire_answer', 'value_sealed', row.id)),
          ) as AnswerValue),
    );
    answers.set(row.instrumentId, items);
  }
  return answers;
}

export async function readRoster(tx: Tx, questionnaireId: string): Promise<ImportantPerson[]> {
  const rows = await tx
    .select()
    .from(importantPerson)
    .where(eq(importantPerson.questionnaireId, questionnaireId));
  return rows
    .sort((a, b) => a.position - b.position)
    .map(
      (row) =>
        JSON.parse(
          openText(row.sealed, fieldContext('important_person', 'sealed', row.id)),
        ) as ImportantPerson,
    );
}

const numbersOf = (items: Map<number, AnswerValue | null> | undefined) =>
  Object.fromEntries([...(items ?? new Map())].map(([item, v]) => [item, typeof v === 'number' ? v : null]));

/** Scores of the instruments that have a scoring rule (sum scales), by instrument key. */
export function scoreAnswers(
  instruments: readonly InstrumentRow[],
  answers: AnswerMap,
): Map<string, InstrumentScore> {
  const scores = new Map<string, InstrumentScore>();
  for (const row of instruments) {
    if (!row.scoring || !answers.has(row.id)) continue;
    scores.set(row.key, scoreInstrument(row.scoring, numbersOf(answers.get(row.id))));
  }
  return scores;
}

export interface SupportSigns {
  lowWellBeing: boolean;
  relapse: boolean;
}

export function supportSigns(instruments: readonly InstrumentRow[], answers: AnswerMap): SupportSigns {
  const who5 = scoreAnswers(instruments, answers).get('who-5');
  const use = instruments.find((i) => i.key === 'substance-use');
  const useAnswers = use ? Object.fromEntries(answers.get(use.id) ?? new Map()) : {};
  return {
    lowWellBeing: who5?.cutOffs['poor-well-being'] === true,
    relapse: substanceUseMeasures(useAnswers).relapseReported === true,
  };
}

export { networkMeasures };
