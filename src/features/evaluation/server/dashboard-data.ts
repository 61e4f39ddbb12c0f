/**
 * Reading the programme's questionnaires for the dashboard, the report and the export in one go:
 * every raw answer opened from its encryption, scored with its instrument's stored rule, the
 * Important People measures and the 30-day use measures per questionnaire, and who belongs to
 * which cohort (mentors by their training cohort, peers by their mentor's).
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { listPairs } from '../../mentorships/server/index.ts';
import { listCohortMembers } from '../../training/server/index.ts';
import type { MeasureDefinition } from '../dashboard.contract.ts';
import { networkMeasures } from '../instruments/network-measures.ts';
import { substanceUseMeasures } from '../instruments/substance-use-measures.ts';
import type { AnswerValue, ImportantPerson, RespondentRole } from '../questionnaire.contract.ts';
import type { DashboardMeasure, DashboardRecord } from './dashboard-compute.ts';
import { importantPerson, questionnaire, questionnaireAnswer } from './evaluation.table.ts';
import { loadInstruments } from './manage-instruments.ts';
import { type AnswerMap, scoreAnswers } from './questionnaire-answers.ts';
import type { LoadedInstruments } from './questionnaire-view.ts';

/** The key of the roster's version in `versionOf` (the roster has no answer rows). */
export const ROSTER_VERSION = 'roster';

type QuestionnaireRow = typeof questionnaire.$inferSelect;

/** Measures that are not an instrument's sum score. */
const DERIVED: (DashboardMeasure & { explanation: string })[] = [
  {
    key: 'network-nonusing-weekly',
    title: 'Netværk: personer uden rusmidler, ugentlig kontakt',
    direction: 'higher-is-better',
    min: 0,
    max: 10,
    explanation: 'Important People (§5.5): n_nonusing_weekly, non-using people in contact weekly or more',
  },
  {
    key: 'network-supportive',
    title: 'Netværk: personer, der støtter at være stoffri/alkoholfri',
    direction: 'higher-is-better',
    min: 0,
    max: 10,
    explanation: 'Important People (§5.5): n_supportive, people who support the recovery (code 2)',
  },
  {
    key: 'days-abstinent',
    title: 'Dage uden rusmidler (sidste 30 dage)',
    direction: 'higher-is-better',
    min: 0,
    max: 30,
    explanation:
      'Use items (§5.6a): 30 − the most days of use of alcohol (U1), cannabis (U3), other drugs (U4)',
  },
];

export interface LoadedQuestionnaire {
  row: QuestionnaireRow;
  answers: AnswerMap;
  roster: ImportantPerson[] | null;
  values: Record<string, number | null>;
  relapse: boolean | null;
  /** The version each instrument was answered in (instrument id → version id). */
  versionOf: Map<string, string>;
}

export interface EvaluationData {
  instruments: LoadedInstruments;
  measures: MeasureDefinition[];
  questionnaires: LoadedQuestionnaire[];
  cohorts: { id: string; name: string }[];
  cohortsOf: Map<string, Set<string>>;
}

export function measuresOf(instruments: LoadedInstruments): MeasureDefinition[] {
  const scored = instruments
    .filter(({ row }) => row.scoring && row.direction !== 'none')
    .map(({ row, versions }) => {
      const scoring = row.scoring!;
      const total = scoring.scales[0]!;
      const k = total.items.length * (total.factor ?? 1);
      const danish = versions.find((v) => v.language === 'da')?.wording.title;
      return {
        key: row.key,
        title: danish ? `${danish} – ${row.name}` : row.name,
        direction: row.direction as DashboardMeasure['direction'],
        min: k * scoring.codes.min,
        max: k * scoring.codes.max,
        explanation: `${row.name}: ${row.scoringRule}`,
        instrument: row.key,
        versions: versions.map((v) => ({
          language: v.language,
          version: v.version,
          status: v.status,
          wordingHash: v.wordingHash,
        })),
      };
    });
  return [...scored, ...DERIVED.map((d) => ({ ...d, instrument: null, versions: [] }))];
}

export async function loadEvaluationData(tx: Tx, programmeId: string): Promise<EvaluationData> {
  const instruments = await loadInstruments(tx, programmeId);
  const rows = (await tx.select().from(questionnaire)).sort(
    (a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id),
  );
  const ids = rows.map((r) => r.id);
  const answerRows = ids.length
    ? await tx.select().from(questionnaireAnswer).where(inArray(questionnaireAnswer.questionnaireId, ids))
    : [];
  const rosterRows = ids.length
    ? await tx.select().from(importantPerson).where(inArray(importantPerson.questionnaireId, ids))
    : [];
  const answers = new Map<string, AnswerMap>();
  const versions = new Map<string, Map<string, string>>();
  for (const a of answerRows) {
    versions.set(
      a.questionnaireId,
      (versions.get(a.questionnaireId) ?? new Map()).set(a.instrumentId, a.versionId),
    );
    const map = answers.get(a.questionnaireId) ?? new Map();
    const items = map.get(a.instrumentId) ?? new Map<number, AnswerValue | null>();
    items.set(
      a.item,
      a.skipped || !a.valueSealed
        ? null
        : (JSON.parse(
            openText(a.valueSealed, fieldContext('questionnaire_answer', 'value_sealed', a.id)),
          ) as AnswerValue),
    );
    map.set(a.instrumentId, items);
    answers.set(a.questionnaireId, map);
  }
  const rosters = new Map<string, { position: number; person: ImportantPerson }[]>();
  for (const p of rosterRows) {
    versions.set(
      p.questionnaireId,
      (versions.get(p.questionnaireId) ?? new Map()).set(ROSTER_VERSION, p.versionId),
    );
    const list = rosters.get(p.questionnaireId) ?? [];
    list.push({
      position: p.position,
      person: JSON.parse(openText(p.sealed, fieldContext('important_person', 'sealed', p.id))),
    });
    rosters.set(p.questionnaireId, list);
  }
  const instrumentRows = instruments.map((i) => i.row);
  const use = instrumentRows.find((i) => i.key === 'substance-use');
  const questionnaires = rows.map((row): LoadedQuestionnaire => {
    const map: AnswerMap = answers.get(row.id) ?? new Map();
    const roster = row.rosterSavedAt
      ? (rosters.get(row.id) ?? []).sort((a, b) => a.position - b.position).map((p) => p.person)
      : null;
    const values: Record<string, number | null> = {};
    for (const [key, score] of scoreAnswers(instrumentRows, map)) values[key] = score.scales.total ?? null;
    if (roster) {
      const network = networkMeasures(roster);
      values['network-nonusing-weekly'] = network.n_nonusing_weekly;
      values['network-supportive'] = network.n_supportive;
    }
    const useMeasures =
      use && map.has(use.id) ? substanceUseMeasures(Object.fromEntries(map.get(use.id)!)) : null;
    values['days-abstinent'] = useMeasures?.daysAbstinent ?? null;
    return {
      row,
      answers: map,
      roster,
      values,
      relapse: useMeasures?.relapseReported ?? null,
      versionOf: versions.get(row.id) ?? new Map(),
    };
  });
  const { cohorts, members } = await listCohortMembers(tx);
  const cohortsOf = new Map<string, Set<string>>();
  const join = (userId: string, cohortId: string) =>
    cohortsOf.set(userId, (cohortsOf.get(userId) ?? new Set()).add(cohortId));
  for (const m of members) join(m.userId, m.cohortId);
  const mentorCohorts = new Map([...cohortsOf].map(([id, set]) => [id, [...set]]));
  for (const pair of await listPairs(tx))
    for (const c of mentorCohorts.get(pair.mentorId) ?? []) join(pair.peerId, c);
  return { instruments, measures: measuresOf(instruments), questionnaires, cohorts, cohortsOf };
}

/** The records of one role (and cohort) for computeDashboard. */
export function recordsFor(
  data: EvaluationData,
  role: RespondentRole,
  cohortId: string | null,
): DashboardRecord[] {
  return data.questionnaires
    .filter((q) => q.row.role === role && (!cohortId || data.cohortsOf.get(q.row.userId)?.has(cohortId)))
    .map((q) => ({
      person: q.row.userId,
      wave: q.row.wave,
      completed: q.row.completedAt !== null,
      values: q.values,
      relapse: q.relapse,
    }));
}
