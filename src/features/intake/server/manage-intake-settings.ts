import { desc, sql } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { isMunicipalityCode } from '../../../shared/municipalities.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { IntakeSettingsBody, PrivacyNotice } from '../intake.contract.ts';
import { authorize } from './intake.policy.ts';
import { intakeSettings, privacyNotice } from './intake.table.ts';
import { loadIntakeSettings } from './intake-settings.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string;
}

/** The programme's intake settings (its own, or the defaults it starts from). */
export async function getIntakeSettings(deps: Deps): Promise<IntakeSettingsBody> {
  authorize(deps.actor, 'settings.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, (tx) => loadIntakeSettings(tx));
}

/** Replaces the intake settings; the rules take effect for answers evaluated from now on. */
export async function updateIntakeSettings(
  deps: Deps & { settings: IntakeSettingsBody },
): Promise<IntakeSettingsBody> {
  const granting = authorize(deps.actor, 'settings.update', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const { settings } = deps;
  const badCode = settings.areaPostcodes.findIndex((p) => !isMunicipalityCode(p.municipalityCode));
  if (badCode >= 0)
    throw new AppError('MUNICIPALITY_UNKNOWN', undefined, {
      errors: [
        {
          path: `body.areaPostcodes.${badCode}.municipalityCode`,
          code: 'invalid_value',
          message: 'not one of the 98',
        },
      ],
    });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const values = { ...settings, programmeId: deps.programmeId, updatedAt: sql`now()` };
    await tx
      .insert(intakeSettings)
      .values(values)
      .onConflictDoUpdate({ target: intakeSettings.programmeId, set: values });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'update',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'PUT /api/programmes/:programmeId/intake-settings',
      requestId: deps.requestId ?? null,
      details: {
        peerRules: settings.eligibilityRules.peer.length,
        mentorRules: settings.eligibilityRules.mentor.length,
      },
    });
    return loadIntakeSettings(tx);
  });
}

const toNotice = (row: typeof privacyNotice.$inferSelect): PrivacyNotice => ({
  version: row.version,
  text: row.text,
  consents: row.consents,
  publishedAt: row.publishedAt.toISOString(),
});

/** Every version of the privacy notice, newest first (applicants' consents name their version). */
export async function listPrivacyNotices(deps: Deps): Promise<{ notices: PrivacyNotice[] }> {
  authorize(deps.actor, 'settings.read', { programmeId: deps.programmeId });
  const rows = await deps.db.withProgramme(deps.programmeId, (tx) =>
    tx.select().from(privacyNotice).orderBy(desc(privacyNotice.version)),
  );
  return { notices: rows.map(toNotice) };
}

/**
 * Publishes a new version of the privacy notice (admins). Versions are never edited: a consent
 * records the version its applicant read, and an applicant with an older one is asked to read
 * the new one before sending.
 */
export async function publishPrivacyNotice(
  deps: Deps & { text: PrivacyNotice['text']; consents: PrivacyNotice['consents'] },
): Promise<PrivacyNotice> {
  const granting = authorize(deps.actor, 'notice.publish', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const keys = deps.consents.map((c) => c.key);
  if (new Set(keys).size !== keys.length) throw new AppError('CONSENT_UNKNOWN', 'duplicate consent key');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await tx.execute(sql`lock table ${privacyNotice} in share row exclusive mode`);
    const [latest] = await tx
      .select({ version: privacyNotice.version })
      .from(privacyNotice)
      .orderBy(desc(privacyNotice.version))
      .limit(1);
    const [row] = await tx
      .insert(privacyNotice)
      .values({
        programmeId: deps.programmeId,
        version: (latest?.version ?? 0) + 1,
        text: deps.text,
        consents: deps.consents,
        publishedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'create',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'POST /api/programmes/:programmeId/privacy-notices',
      requestId: deps.requestId ?? null,
      details: { version: row!.version },
    });
    return toNotice(row!);
  });
}
