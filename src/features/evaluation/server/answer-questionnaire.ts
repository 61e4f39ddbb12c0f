/**
 * A peer or mentor answers their own questionnaire: each answer is saved as it is given (the raw
 * code, encrypted; a skip is stored as missing), the roster is saved as a whole, and they may stop
 * and come back until they finish or the window closes. When the answers show a low WHO-5 or a
 * relapse, the reply says so at once (the page shows the support contacts) and — only if the
 * person consented — staff get a note that someone should get in touch.
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { hasGivenConsent } from '../../intake/server/index.ts';
import { MAX_IMPORTANT_PEOPLE } from '../instruments/network-measures.ts';
import type {
  ImportantPerson,
  Language,
  MyQuestionnaire,
  QuestionnaireSummary,
  SaveAnswerRequest,
} from '../questionnaire.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { importantPerson, questionnaire, questionnaireAnswer, wellbeingAlert } from './evaluation.table.ts';
import { auditRespondents } from './evaluation-audit.ts';
import { loadInstruments } from './manage-instruments.ts';
import { readAnswers, sealAnswer, sealPerson, supportSigns } from './questionnaire-answers.ts';
import {
  findOwnQuestionnaire,
  questionnaireState,
  ROSTER_KEY,
  summarise,
  versionFor,
  viewQuestionnaire,
} from './questionnaire-view.ts';

/** The consent (intake's privacy notice) under which staff are told. */
export const CONTACT_CONSENT = 'evaluation-contact';

interface OwnDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}
type QuestionnaireDeps = OwnDeps & { questionnaireId: string };

const PURPOSE = '/api/programmes/:programmeId/my-questionnaires/:questionnaireId';

export async function listMyQuestionnaires(
  deps: OwnDeps,
): Promise<{ questionnaires: Omit<QuestionnaireSummary, 'userId' | 'name'>[] }> {
  authorize(deps.actor, 'own.answer', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const today = copenhagenDate(deps.now ?? new Date());
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const instruments = await loadInstruments(tx, deps.programmeId);
    const rows = await tx.select().from(questionnaire).where(eq(questionnaire.userId, userId));
    const out = [];
    for (const row of rows.sort((a, b) => (a.opensOn < b.opensOn ? -1 : 1)))
      out.push(await summarise(tx, row, instruments, today));
    return { questionnaires: out };
  });
}

export async function getMyQuestionnaire(
  deps: QuestionnaireDeps & { language: Language },
): Promise<MyQuestionnaire> {
  authorize(deps.actor, 'own.answer', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findOwnQuestionnaire(tx, deps.questionnaireId, userId);
    return viewQuestionnaire(
      tx,
      deps.programmeId,
      row,
      deps.language,
      copenhagenDate(deps.now ?? new Date()),
    );
  });
}

/** The questionnaire, when it may be answered today. */
async function answerable(tx: Tx, deps: QuestionnaireDeps, userId: string) {
  const row = await findOwnQuestionnaire(tx, deps.questionnaireId, userId);
  const state = questionnaireState(row, copenhagenDate(deps.now ?? new Date()), 0);
  if (state !== 'open') throw new AppError('QUESTIONNAIRE_NOT_OPEN');
  return row;
}

/** Tells staff (once per reason) when the answers call for it and the person agreed to that. */
export async function noteForStaff(tx: Tx, programmeId: string, row: typeof questionnaire.$inferSelect) {
  const instruments = (await loadInstruments(tx, programmeId)).map((i) => i.row);
  const signs = supportSigns(instruments, await readAnswers(tx, row.id));
  const reasons = [
    ...(signs.lowWellBeing ? (['low-well-being'] as const) : []),
    ...(signs.relapse ? (['relapse'] as const) : []),
  ];
  if (reasons.length > 0 && (await hasGivenConsent(tx, row.userId, CONTACT_CONSENT))) {
    for (const reason of reasons) {
      await tx
        .insert(wellbeingAlert)
        .values({ programmeId, questionnaireId: row.id, userId: row.userId, reason })
        .onConflictDoNothing();
    }
  }
  return { showSupport: signs.lowWellBeing || signs.relapse };
}

export async function saveMyAnswer(
  deps: QuestionnaireDeps & { request: SaveAnswerRequest },
): Promise<{ showSupport: boolean }> {
  authorize(deps.actor, 'own.answer', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const { instrument: key, item, value } = deps.request;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await answerable(tx, deps, userId);
    const found = (await loadInstruments(tx, deps.programmeId)).find((i) => i.row.key === key);
    const definition = found?.row.items.find((i) => i.number === item);
    if (!found || key === ROSTER_KEY || !row.instrumentKeys.includes(key) || !definition)
      throw new AppError('ANSWER_INVALID', 'no such question in this questionnaire');
    if (value !== null) {
      const codes = definition.optionSet ? found.row.optionSets[definition.optionSet] : undefined;
      const ok =
        definition.kind === 'choice'
          ? typeof value === 'number' && Boolean(codes?.includes(value))
          : definition.kind === 'count'
            ? typeof value === 'number' &&
              value >= (definition.min ?? 0) &&
              value <= (definition.max ?? value)
            : typeof value === 'string';
      if (!ok) throw new AppError('ANSWER_INVALID', 'not an answer to this question');
    }
    const version = versionFor(found.versions, deps.request.language);
    if (!version) throw new AppError('ANSWER_INVALID', 'the instrument has no approved wording');
    const [existing] = await tx
      .select({ id: questionnaireAnswer.id })
      .from(questionnaireAnswer)
      .where(
        and(
          eq(questionnaireAnswer.questionnaireId, row.id),
          eq(questionnaireAnswer.instrumentId, found.row.id),
          eq(questionnaireAnswer.item, item),
        ),
      );
    const id = existing?.id ?? crypto.randomUUID();
    const set = {
      valueSealed: value === null ? null : sealAnswer(id, value),
      skipped: value === null,
      versionId: version.id,
      answeredAt: deps.now ?? new Date(),
    };
    await tx
      .insert(questionnaireAnswer)
      .values({
        id,
        programmeId: deps.programmeId,
        questionnaireId: row.id,
        instrumentId: found.row.id,
        item,
        ...set,
      })
      .onConflictDoUpdate({
        target: [
          questionnaireAnswer.questionnaireId,
          questionnaireAnswer.instrumentId,
          questionnaireAnswer.item,
        ],
        set,
      });
    return noteForStaff(tx, deps.programmeId, row);
  });
}

export async function saveMyRoster(
  deps: QuestionnaireDeps & { people: ImportantPerson[]; language: Language },
): Promise<{ showSupport: boolean }> {
  authorize(deps.actor, 'own.answer', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  if (deps.people.length > MAX_IMPORTANT_PEOPLE) throw new AppError('ANSWER_INVALID', 'at most 10 people');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await answerable(tx, deps, userId);
    const found = (await loadInstruments(tx, deps.programmeId)).find((i) => i.row.key === ROSTER_KEY);
    const version = found && versionFor(found.versions, deps.language);
    if (!found || !version || !row.instrumentKeys.includes(ROSTER_KEY))
      throw new AppError('ANSWER_INVALID', 'this questionnaire has no roster');
    const sets = found.row.optionSets;
    for (const p of deps.people) {
      const fits = (set: string, v: number | null) => v === null || Boolean(sets[set]?.includes(v));
      if (
        !fits('role', p.role) ||
        !fits('contact', p.contact) ||
        !fits('use', p.use) ||
        !fits('support', p.support)
      )
        throw new AppError('ANSWER_INVALID', 'not an answer to the roster');
    }
    await tx.delete(importantPerson).where(eq(importantPerson.questionnaireId, row.id));
    for (const [position, person] of deps.people.entries()) {
      const id = crypto.randomUUID();
      await tx.insert(importantPerson).values({
        id,
        programmeId: deps.programmeId,
        questionnaireId: row.id,
        versionId: version.id,
        position: position + 1,
        sealed: sealPerson(id, person),
      });
    }
    await tx
      .update(questionnaire)
      .set({ rosterSavedAt: deps.now ?? new Date() })
      .where(eq(questionnaire.id, row.id));
    return { showSupport: false };
  });
}

/** Finishing: the answers are kept as they are; unanswered items stay missing. */
export async function completeMyQuestionnaire(deps: QuestionnaireDeps): Promise<{ completed: true }> {
  const granting = authorize(deps.actor, 'own.answer', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await answerable(tx, deps, userId);
    await tx
      .update(questionnaire)
      .set({ completedAt: deps.now ?? new Date() })
      .where(eq(questionnaire.id, row.id));
    await auditRespondents(tx, deps, {
      granting,
      action: 'update',
      purpose: `POST ${PURPOSE}/complete`,
      subjectIds: [userId],
    });
    return { completed: true };
  });
}
