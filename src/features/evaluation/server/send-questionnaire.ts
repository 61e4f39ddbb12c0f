/**
 * Staff send a questionnaire by hand (the automatic waves come with mentorships: see
 * `waveSchedule`), and list who has one — its state and how far they are, never the answers —
 * with the notes that someone should get in touch (present only where the person consented).
 */
import { asc, desc } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type {
  QuestionnaireSummary,
  SendQuestionnaireRequest,
  WellbeingAlert,
} from '../questionnaire.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { questionnaire, wellbeingAlert } from './evaluation.table.ts';
import { auditRespondents } from './evaluation-audit.ts';
import { loadInstruments } from './manage-instruments.ts';
import { summarise } from './questionnaire-view.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}

/** The battery without the optional instruments, in order: what a questionnaire asks. */
async function defaultKeys(tx: Tx, programmeId: string) {
  return (await loadInstruments(tx, programmeId)).filter((i) => !i.row.optional).map((i) => i.row.key);
}

/** Inserts a questionnaire for a person (also used by the demo seed and, later, the wave jobs). */
export async function insertQuestionnaire(
  tx: Tx,
  programmeId: string,
  request: SendQuestionnaireRequest,
  sentBy: string | null,
  sentAt = new Date(),
) {
  const [row] = await tx
    .insert(questionnaire)
    .values({
      programmeId,
      ...request,
      instrumentKeys: await defaultKeys(tx, programmeId),
      sentBy,
      sentAt,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError('QUESTIONNAIRE_EXISTS');
  return row;
}

export async function sendQuestionnaire(
  deps: Deps & { request: SendQuestionnaireRequest },
): Promise<QuestionnaireSummary> {
  const granting = authorize(deps.actor, 'questionnaire.send', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const { request } = deps;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [person] = await findPeopleWithRole(tx, deps.programmeId, [request.role], [request.userId]);
    if (!person) throw new AppError('RESPONDENT_NOT_IN_ROLE');
    const row = await insertQuestionnaire(tx, deps.programmeId, request, userId, deps.now);
    await auditRespondents(tx, deps, {
      granting,
      action: 'create',
      purpose: 'POST /api/programmes/:programmeId/questionnaires',
      subjectIds: [request.userId],
    });
    const instruments = await loadInstruments(tx, deps.programmeId);
    const summary = await summarise(tx, row, instruments, copenhagenDate(deps.now ?? new Date()));
    return { ...summary, userId: row.userId, name: person.name };
  });
}

export async function listQuestionnaires(deps: Deps): Promise<{
  questionnaires: QuestionnaireSummary[];
  alerts: WellbeingAlert[];
  people: { id: string; name: string; roles: ('peer' | 'mentor')[] }[];
}> {
  const granting = authorize(deps.actor, 'questionnaire.list', { programmeId: deps.programmeId });
  const today = copenhagenDate(deps.now ?? new Date());
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const instruments = await loadInstruments(tx, deps.programmeId);
    const respondents = await findPeopleWithRole(tx, deps.programmeId, ['peer', 'mentor']);
    const names = new Map(respondents.map((p) => [p.id, p.name]));
    const rows = await tx.select().from(questionnaire).orderBy(desc(questionnaire.sentAt));
    const questionnaires: QuestionnaireSummary[] = [];
    for (const row of rows) {
      const summary = await summarise(tx, row, instruments, today);
      questionnaires.push({ ...summary, userId: row.userId, name: names.get(row.userId) ?? '' });
    }
    const alerts = await tx.select().from(wellbeingAlert).orderBy(asc(wellbeingAlert.createdAt));
    await auditRespondents(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/questionnaires',
      subjectIds: [...rows.map((r) => r.userId), ...alerts.map((a) => a.userId)],
    });
    const people = new Map<string, { id: string; name: string; roles: ('peer' | 'mentor')[] }>();
    for (const p of respondents) {
      const entry = people.get(p.id) ?? { id: p.id, name: p.name, roles: [] };
      if (p.role === 'peer' || p.role === 'mentor') entry.roles.push(p.role);
      people.set(p.id, entry);
    }
    return {
      questionnaires,
      alerts: alerts.map((a) => ({
        questionnaireId: a.questionnaireId,
        userId: a.userId,
        name: names.get(a.userId) ?? '',
        reason: a.reason,
        createdAt: a.createdAt.toISOString(),
      })),
      people: [...people.values()],
    };
  });
}
