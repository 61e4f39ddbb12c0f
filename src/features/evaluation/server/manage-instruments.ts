/**
 * The instruments of a programme for staff (items, rules, licence, every language version with
 * its status), and the admin's translation workflow: add a version with its translation log
 * (pending, never shown to respondents), then approve it (verified or proposed), which
 * supersedes the older approved version of that language. Answers keep the version they were
 * given in.
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type {
  AddTranslationRequest,
  Instrument,
  InstrumentVersion,
  Language,
  VersionStatus,
  Wording,
} from '../questionnaire.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { instrument, instrumentVersion } from './evaluation.table.ts';
import { ensureInstruments, supersedeOthers } from './seed-instruments.ts';
import { wordingHash } from './wording-hash.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
}

type InstrumentRow = typeof instrument.$inferSelect;
type VersionRow = typeof instrumentVersion.$inferSelect;

/** The version a respondent in this language sees: approved, not superseded, the newest. */
export function shownVersion(versions: readonly VersionRow[], language: Language): VersionRow | undefined {
  return versions
    .filter(
      (v) => v.language === language && v.approvedAt && !v.supersededAt && v.status !== 'translation-pending',
    )
    .sort((a, b) => b.version - a.version)[0];
}

const toVersion = (v: VersionRow): InstrumentVersion => ({
  id: v.id,
  language: v.language,
  version: v.version,
  status: v.status,
  wordingHash: v.wordingHash,
  wording: v.wording,
  source: v.source,
  translationLog: v.translationLog ?? null,
  approvedAt: v.approvedAt?.toISOString() ?? null,
  supersededAt: v.supersededAt?.toISOString() ?? null,
});

export function toInstrument(row: InstrumentRow, versions: readonly VersionRow[]): Instrument {
  const status = (language: Language): VersionStatus =>
    shownVersion(versions, language)?.status ?? 'translation-pending';
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    reference: row.reference,
    licence: row.licence,
    direction: row.direction,
    scoringRule: row.scoringRule,
    missingRule: row.missingRule,
    items: row.items,
    optionSets: row.optionSets,
    optional: row.optional,
    languages: { da: status('da'), en: status('en') },
    versions: versions.map(toVersion),
  };
}

/** Every instrument of the programme with its versions, in battery order. */
export async function loadInstruments(tx: Tx, programmeId: string) {
  await ensureInstruments(tx, programmeId);
  const rows = await tx.select().from(instrument).orderBy(asc(instrument.position));
  const versions = await tx
    .select()
    .from(instrumentVersion)
    .orderBy(asc(instrumentVersion.language), asc(instrumentVersion.version));
  return rows.map((row) => ({ row, versions: versions.filter((v) => v.instrumentId === row.id) }));
}

export async function listInstruments(deps: Deps): Promise<{ instruments: Instrument[] }> {
  authorize(deps.actor, 'instrument.list', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => ({
    instruments: (await loadInstruments(tx, deps.programmeId)).map(({ row, versions }) =>
      toInstrument(row, versions),
    ),
  }));
}

/** A translation must word every item and label every code of every option set. */
function assertCovers(row: InstrumentRow, wording: Wording) {
  const numbers = wording.items.map((i) => i.number).sort((a, b) => a - b);
  const expected = row.items.map((i) => i.number);
  const itemsMatch = numbers.length === expected.length && numbers.every((n, i) => n === expected[i]);
  const optionsMatch = Object.entries(row.optionSets).every(([set, codes]) => {
    const labelled = (wording.options[set] ?? []).map((o) => o.code).sort((a, b) => a - b);
    const wanted = [...codes].sort((a, b) => a - b);
    return labelled.length === wanted.length && labelled.every((c, i) => c === wanted[i]);
  });
  const noExtra = Object.keys(wording.options).every((set) => set in row.optionSets);
  if (!itemsMatch || !optionsMatch || !noExtra) throw new AppError('TRANSLATION_INCOMPLETE');
}

async function findInstrument(tx: Tx, instrumentId: string) {
  const [row] = await tx.select().from(instrument).where(eq(instrument.id, instrumentId));
  if (!row) throw new AppError('INSTRUMENT_NOT_FOUND');
  return row;
}

async function instrumentWithVersions(tx: Tx, row: InstrumentRow): Promise<Instrument> {
  const versions = await tx
    .select()
    .from(instrumentVersion)
    .where(eq(instrumentVersion.instrumentId, row.id))
    .orderBy(asc(instrumentVersion.language), asc(instrumentVersion.version));
  return toInstrument(row, versions);
}

export async function addTranslation(
  deps: Deps & { instrumentId: string; request: AddTranslationRequest },
): Promise<Instrument> {
  authorize(deps.actor, 'instrument.translate', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findInstrument(tx, deps.instrumentId);
    const { language, wording, translationLog } = deps.request;
    assertCovers(row, wording);
    const hash = wordingHash(wording);
    const [same] = await tx
      .select({ id: instrumentVersion.id })
      .from(instrumentVersion)
      .where(
        and(
          eq(instrumentVersion.instrumentId, row.id),
          eq(instrumentVersion.language, language),
          eq(instrumentVersion.wordingHash, hash),
        ),
      );
    if (same) throw new AppError('TRANSLATION_EXISTS');
    const [latest] = await tx
      .select({ n: max(instrumentVersion.version) })
      .from(instrumentVersion)
      .where(and(eq(instrumentVersion.instrumentId, row.id), eq(instrumentVersion.language, language)));
    await tx.insert(instrumentVersion).values({
      programmeId: deps.programmeId,
      instrumentId: row.id,
      language,
      version: (latest?.n ?? 0) + 1,
      status: 'translation-pending',
      wording,
      wordingHash: hash,
      source: 'Translation added in makker (see its translation log)',
      translationLog,
      createdBy: userId,
    });
    return instrumentWithVersions(tx, row);
  });
}

export async function approveVersion(
  deps: Deps & {
    instrumentId: string;
    versionId: string;
    request: { status: 'verified' | 'proposed'; source: string };
    now?: Date;
  },
): Promise<Instrument> {
  authorize(deps.actor, 'instrument.translate', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await findInstrument(tx, deps.instrumentId);
    const [version] = await tx
      .select()
      .from(instrumentVersion)
      .where(and(eq(instrumentVersion.id, deps.versionId), eq(instrumentVersion.instrumentId, row.id)));
    if (!version) throw new AppError('INSTRUMENT_VERSION_NOT_FOUND');
    if (version.approvedAt) throw new AppError('INSTRUMENT_VERSION_APPROVED');
    await tx
      .update(instrumentVersion)
      .set({
        status: deps.request.status,
        source: deps.request.source,
        approvedBy: userId,
        approvedAt: now,
      })
      .where(eq(instrumentVersion.id, version.id));
    await supersedeOthers(tx, row.id, version.language, version.id, now);
    return instrumentWithVersions(tx, row);
  });
}
