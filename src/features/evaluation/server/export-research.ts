/**
 * The researchers' export (issue #9 point 9, decision 046): a long-format CSV, one row per
 * person × wave × instrument × item (and one per score), under a keyed pseudonym — HMAC-SHA256
 * of programme and person with the configured key, so stable within a programme and unlinkable
 * across programmes — with no names, no free text (the roster's nicknames are left out; only its
 * codes go), and the birth year as a 5-year band. Each download of the data needs a fresh login
 * and writes an "export" record into every included person's audit trail.
 */
import { createHmac } from 'node:crypto';
import { type Actor, assertFreshLogin, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { recordAudit, recordAuditForEach } from '../../audit/server/index.ts';
import { birthYearsOf } from '../../matching/server/index.ts';
import { type EvaluationData, loadEvaluationData, measuresOf, ROSTER_VERSION } from './dashboard-data.ts';
import { authorize } from './evaluation.policy.ts';
import { type Codebook, codebookOf } from './export-codebook.ts';
import { loadInstruments } from './manage-instruments.ts';
import { ROSTER_KEY } from './questionnaire-view.ts';

export const CSV_COLUMNS = [
  'pseudonym',
  'role',
  'birth_year_band',
  'wave',
  'completed',
  'instrument',
  'instrument_version',
  'language',
  'wording_hash',
  'item',
  'value',
  'missing',
] as const;

/** The person's pseudonym in a programme: "P-" and 16 hex digits of HMAC-SHA256(key, programme:person). */
export function pseudonymOf(key: string, programmeId: string, userId: string): string {
  return `P-${createHmac('sha256', key).update(`${programmeId}:${userId}`).digest('hex').slice(0, 16)}`;
}

/** 1987 → "1985-1989". */
export function birthYearBand(year: number | undefined): string {
  if (year === undefined) return '';
  const from = Math.floor(year / 5) * 5;
  return `${from}-${from + 4}`;
}

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function exportCsv(
  data: EvaluationData,
  programmeId: string,
  key: string,
  birthYears: Map<string, number>,
): string {
  const versionById = new Map(data.instruments.flatMap((i) => i.versions.map((v) => [v.id, v])));
  const lines = [CSV_COLUMNS.join(',')];
  const rosterInstrument = data.instruments.find((i) => i.row.key === ROSTER_KEY);
  for (const q of data.questionnaires) {
    const person = [
      pseudonymOf(key, programmeId, q.row.userId),
      q.row.role,
      birthYearBand(birthYears.get(q.row.userId)),
      q.row.wave,
      q.row.completedAt ? 1 : 0,
    ];
    const push = (
      instrument: string,
      versionId: string | undefined,
      item: string,
      value: string | number | null,
    ) => {
      const version = versionId ? versionById.get(versionId) : undefined;
      lines.push(
        [
          ...person,
          instrument,
          version?.version ?? '',
          version?.language ?? '',
          version?.wordingHash ?? '',
          item,
          value ?? '',
          value === null ? 1 : 0,
        ]
          .map(csvField)
          .join(','),
      );
    };
    for (const { row } of data.instruments) {
      const items = q.answers.get(row.id);
      if (!items) continue;
      for (const number of [...items.keys()].sort((a, b) => a - b))
        push(row.key, q.versionOf.get(row.id), String(number), items.get(number) ?? null);
    }
    if (q.roster && rosterInstrument) {
      q.roster.forEach((p, i) => {
        for (const field of ['role', 'contact', 'use', 'support'] as const)
          push(ROSTER_KEY, q.versionOf.get(ROSTER_VERSION), `person${i + 1}.${field}`, p[field]);
      });
    }
    for (const m of data.measures) {
      if (q.values[m.key] === undefined) continue;
      push(m.key, undefined, 'score', q.values[m.key] ?? null);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  pseudonymKey: string;
  requestId?: string;
  now?: Date;
}

export async function exportResearchData(deps: Deps): Promise<string> {
  const granting = authorize(deps.actor, 'export.research', { programmeId: deps.programmeId });
  assertFreshLogin(deps.actor, deps.now);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const data = await loadEvaluationData(tx, deps.programmeId);
    const people = [...new Set(data.questionnaires.map((q) => q.row.userId))];
    const csv = exportCsv(data, deps.programmeId, deps.pseudonymKey, await birthYearsOf(tx, people));
    await recordAuditForEach(
      tx,
      {
        actorId: requireUser(deps.actor).userId,
        actorRole: granting.join(','),
        action: 'export',
        programmeId: deps.programmeId,
        purpose: 'research export (pseudonymised questionnaire answers)',
        requestId: deps.requestId ?? null,
      },
      people,
    );
    return csv;
  });
}

export async function exportCodebook(deps: Deps): Promise<Codebook> {
  const granting = authorize(deps.actor, 'export.research', { programmeId: deps.programmeId });
  assertFreshLogin(deps.actor, deps.now);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const instruments = await loadInstruments(tx, deps.programmeId);
    await recordAudit(tx, {
      actorId: requireUser(deps.actor).userId,
      actorRole: granting.join(','),
      action: 'export',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'research export codebook (no personal data)',
      requestId: deps.requestId ?? null,
    });
    return codebookOf(instruments, measuresOf(instruments), deps.now ?? new Date());
  });
}
