/**
 * Puts the shipped battery (instruments/battery.ts) into a programme, idempotently: instruments
 * by key, language versions by wording hash. A shipped wording that changed becomes a new version
 * (the old one stays, with the answers given to it); a new approved version supersedes the older
 * approved one of its language. Runs at start-up for every programme and before any use-case
 * reads the instruments of a programme that has none yet.
 */
import { and, eq, isNotNull, isNull, max, ne } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db.ts';
import { programme } from '../../programmes/server/index.ts';
import { BATTERY } from '../instruments/battery.ts';
import { instrument, instrumentVersion } from './evaluation.table.ts';
import { wordingHash } from './wording-hash.ts';

export async function seedInstruments(tx: Tx, programmeId: string, now = new Date()): Promise<void> {
  for (const [position, shipped] of BATTERY.entries()) {
    const { versions, key, ...columns } = shipped;
    await tx
      .insert(instrument)
      .values({ programmeId, key, position, ...columns })
      .onConflictDoNothing({ target: [instrument.programmeId, instrument.key] });
    const [row] = await tx
      .select({ id: instrument.id })
      .from(instrument)
      .where(and(eq(instrument.programmeId, programmeId), eq(instrument.key, key)));
    for (const version of versions) {
      const hash = wordingHash(version.wording);
      const [existing] = await tx
        .select({ id: instrumentVersion.id })
        .from(instrumentVersion)
        .where(
          and(
            eq(instrumentVersion.instrumentId, row!.id),
            eq(instrumentVersion.language, version.language),
            eq(instrumentVersion.wordingHash, hash),
          ),
        );
      if (existing) continue;
      const [latest] = await tx
        .select({ n: max(instrumentVersion.version) })
        .from(instrumentVersion)
        .where(
          and(eq(instrumentVersion.instrumentId, row!.id), eq(instrumentVersion.language, version.language)),
        );
      const approved = version.status !== 'translation-pending';
      const [inserted] = await tx
        .insert(instrumentVersion)
        .values({
          programmeId,
          instrumentId: row!.id,
          language: version.language,
          version: (latest?.n ?? 0) + 1,
          status: version.status,
          wording: version.wording,
          wordingHash: hash,
          source: version.source,
          approvedAt: approved ? now : null,
        })
        .returning({ id: instrumentVersion.id });
      if (approved) await supersedeOthers(tx, row!.id, version.language, inserted!.id, now);
    }
  }
}

/** Marks the other approved, current versions of a language as superseded by this one. */
export async function supersedeOthers(
  tx: Tx,
  instrumentId: string,
  language: 'da' | 'en',
  keptId: string,
  now: Date,
) {
  await tx
    .update(instrumentVersion)
    .set({ supersededAt: now })
    .where(
      and(
        eq(instrumentVersion.instrumentId, instrumentId),
        eq(instrumentVersion.language, language),
        ne(instrumentVersion.id, keptId),
        isNotNull(instrumentVersion.approvedAt),
        isNull(instrumentVersion.supersededAt),
      ),
    );
}

/** Seeds the battery into a programme that has no instruments yet (cheap when it has them). */
export async function ensureInstruments(tx: Tx, programmeId: string): Promise<void> {
  const [any] = await tx.select({ id: instrument.id }).from(instrument).limit(1);
  if (!any) await seedInstruments(tx, programmeId);
}

/** At start-up: the shipped battery in every programme, new versions where the wording changed. */
export async function seedInstrumentsEverywhere(db: Database): Promise<void> {
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  for (const { id } of programmes) await db.withProgramme(id, (tx) => seedInstruments(tx, id));
}
