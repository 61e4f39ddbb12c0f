/**
 * A questionnaire as its respondent sees it: one screen per item in the language they read (the
 * approved version of their language, else of the other one; a pending translation is never
 * shown), the roster, their answers so far, and its state on a given day.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type {
  Language,
  MyQuestionnaire,
  Question,
  QuestionnaireState,
  QuestionnaireSummary,
} from '../questionnaire.contract.ts';
import { type instrumentVersion, questionnaire } from './evaluation.table.ts';
import { loadInstruments, shownVersion } from './manage-instruments.ts';
import { type AnswerMap, readAnswers, readRoster, supportSigns } from './questionnaire-answers.ts';

type QuestionnaireRow = typeof questionnaire.$inferSelect;
type VersionRow = typeof instrumentVersion.$inferSelect;
export type LoadedInstruments = Awaited<ReturnType<typeof loadInstruments>>;

export const ROSTER_KEY = 'important-people';

export function questionnaireState(
  row: Pick<QuestionnaireRow, 'opensOn' | 'closesOn' | 'completedAt'>,
  today: string,
  answered: number,
): QuestionnaireState {
  if (row.completedAt) return 'completed';
  if (today < row.opensOn) return 'upcoming';
  if (today > row.closesOn) return 'closed';
  return answered > 0 ? 'in-progress' : 'open';
}

/** The version to show in `language`, else in the other language; undefined when none is approved. */
export function versionFor(versions: readonly VersionRow[], language: Language) {
  return shownVersion(versions, language) ?? shownVersion(versions, language === 'da' ? 'en' : 'da');
}

/** The number of screens: every item of the asked instruments, the roster as one. */
export function questionCount(instruments: LoadedInstruments, keys: readonly string[]): number {
  return keys.reduce((sum, key) => {
    const found = instruments.find((i) => i.row.key === key);
    if (!found || !versionFor(found.versions, 'da')) return sum;
    return sum + (key === ROSTER_KEY ? 1 : found.row.items.length);
  }, 0);
}

export function answeredCount(row: QuestionnaireRow, answers: AnswerMap): number {
  let n = row.rosterSavedAt ? 1 : 0;
  for (const items of answers.values()) n += items.size;
  return n;
}

/** A questionnaire's state and how far it is (no answers), read in the caller's transaction. */
export async function summarise(
  tx: Tx,
  row: QuestionnaireRow,
  instruments: LoadedInstruments,
  today: string,
): Promise<Omit<QuestionnaireSummary, 'userId' | 'name'>> {
  const answered = answeredCount(row, await readAnswers(tx, row.id));
  return {
    id: row.id,
    wave: row.wave,
    role: row.role,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    state: questionnaireState(row, today, answered),
    answered,
    questions: questionCount(instruments, row.instrumentKeys),
    sentAt: row.sentAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** The caller's own questionnaire (someone else's is "not found", never "forbidden"). */
export async function findOwnQuestionnaire(tx: Tx, questionnaireId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(questionnaire)
    .where(and(eq(questionnaire.id, questionnaireId), eq(questionnaire.userId, userId)));
  if (!row) throw new AppError('QUESTIONNAIRE_NOT_FOUND');
  return row;
}

export async function viewQuestionnaire(
  tx: Tx,
  programmeId: string,
  row: QuestionnaireRow,
  language: Language,
  today: string,
): Promise<MyQuestionnaire> {
  const instruments = await loadInstruments(tx, programmeId);
  const answers = await readAnswers(tx, row.id);
  const questions: Question[] = [];
  let roster: MyQuestionnaire['roster'] = null;
  for (const key of row.instrumentKeys) {
    const found = instruments.find((i) => i.row.key === key);
    const version = found && versionFor(found.versions, language);
    if (!found || !version) continue;
    const { wording } = version;
    const optionsOf = (set: string | undefined) => (set ? (wording.options[set] ?? []) : []);
    if (key === ROSTER_KEY) {
      const fields = ['role', 'contact', 'use', 'support'] as const;
      roster = {
        title: wording.title,
        instruction: wording.instruction ?? null,
        language: version.language,
        questions: fields.map((field, i) => ({
          field,
          text: wording.items.find((it) => it.number === i + 1)?.text ?? field,
          options: optionsOf(field),
        })),
        people: await readRoster(tx, row.id),
        saved: Boolean(row.rosterSavedAt),
      };
      continue;
    }
    const given = answers.get(found.row.id);
    for (const item of found.row.items) {
      const text = wording.items.find((it) => it.number === item.number);
      questions.push({
        instrument: key,
        instrumentTitle: wording.title,
        instruction: wording.instruction ?? null,
        language: version.language,
        item: item.number,
        kind: item.kind,
        text: text?.text ?? '',
        context: text?.context ?? null,
        options: optionsOf(item.optionSet),
        min: item.min ?? null,
        max: item.max ?? null,
        ...(given?.has(item.number) ? { answer: given.get(item.number) ?? null } : {}),
      });
    }
  }
  const signs = supportSigns(
    instruments.map((i) => i.row),
    answers,
  );
  return {
    id: row.id,
    wave: row.wave,
    role: row.role,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    state: questionnaireState(row, today, answeredCount(row, answers)),
    questions,
    roster,
    showSupport: signs.lowWellBeing || signs.relapse,
  };
}
