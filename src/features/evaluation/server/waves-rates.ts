/**
 * Response rates per wave and role for staff (issue #9 point 2): how many were sent, answered,
 * partly answered, still open (or not yet open) and expired unanswered. Counts only — no person,
 * no answer — and every count under 5 is suppressed (null, shown "< 5"), as is a rate made of one.
 */
import { count, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import type { RespondentRole } from '../questionnaire.contract.ts';
import { type ResponseRate, type ResponseRates, WAVES } from '../waves.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { questionnaire, questionnaireAnswer } from './evaluation.table.ts';

/** The smallest count shown as a number (rule of the research export, DESIGN.md). */
export const SMALLEST_SHOWN = 5;

export type QuestionnaireOutcome = 'answered' | 'partly' | 'open' | 'expired';

/** What became of a questionnaire by `today`: finished, begun, waiting, or closed unanswered. */
export function outcomeOf(
  row: { closesOn: string; completedAt: Date | null },
  answered: number,
  today: string,
): QuestionnaireOutcome {
  if (row.completedAt) return 'answered';
  if (answered > 0) return 'partly';
  return today > row.closesOn ? 'expired' : 'open';
}

const shown = (n: number) => (n < SMALLEST_SHOWN ? null : n);
const rate = (part: number, whole: number) =>
  part < SMALLEST_SHOWN || whole < SMALLEST_SHOWN ? null : part / whole;

/** Suppressed counts and rates of one wave and role. */
export function rateOf(
  wave: ResponseRate['wave'],
  role: RespondentRole,
  outcomes: readonly QuestionnaireOutcome[],
): ResponseRate {
  const n = (o: QuestionnaireOutcome) => outcomes.filter((x) => x === o).length;
  const sent = outcomes.length;
  return {
    wave,
    role,
    sent: shown(sent),
    answered: shown(n('answered')),
    partly: shown(n('partly')),
    open: shown(n('open')),
    expired: shown(n('expired')),
    answeredRate: rate(n('answered'), sent),
    anyAnswerRate: rate(n('answered') + n('partly'), sent),
  };
}

export async function listResponseRates(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  now?: Date;
}): Promise<ResponseRates> {
  authorize(deps.actor, 'waves.read', deps);
  const today = copenhagenDate(deps.now ?? new Date());
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select({
        wave: questionnaire.wave,
        role: questionnaire.role,
        closesOn: questionnaire.closesOn,
        completedAt: questionnaire.completedAt,
        answers: count(questionnaireAnswer.id),
        roster: sql<boolean>`${questionnaire.rosterSavedAt} is not null`,
      })
      .from(questionnaire)
      .leftJoin(questionnaireAnswer, eq(questionnaireAnswer.questionnaireId, questionnaire.id))
      .groupBy(questionnaire.id);
    const rates: ResponseRate[] = [];
    for (const role of ['peer', 'mentor'] as const)
      for (const wave of WAVES) {
        const outcomes = rows
          .filter((r) => r.role === role && r.wave === wave)
          .map((r) => outcomeOf(r, Number(r.answers) + (r.roster ? 1 : 0), today));
        rates.push(rateOf(wave, role, outcomes));
      }
    return { smallestShown: SMALLEST_SHOWN, rates };
  });
}
