import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { recordAudit } from '../../audit/server/index.ts';
import { programme } from '../../programmes/server/index.ts';
import { anonymiseApplications } from './intake.personal-data.ts';
import { application } from './intake.table.ts';
import { loadIntakeSettings } from './intake-settings.ts';

const DAY = 86_400_000;
/** A draft nobody can be reached on is gone after a week; any draft left for 90 days too. */
export const DRAFT_WITHOUT_CONTACT_DAYS = 7;
export const DRAFT_UNTOUCHED_DAYS = 90;

/**
 * The daily `intake.retention` job: per programme, deletes abandoned drafts and anonymises
 * declined and withdrawn applications decided longer ago than the programme's retention (the
 * rows stay as numbers for the funnel). Returns the counts over all programmes.
 */
export async function applyIntakeRetention(
  db: Database,
  now = new Date(),
): Promise<{ draftsDeleted: number; anonymised: number }> {
  const programmes = await db.db.select({ id: programme.id }).from(programme);
  let draftsDeleted = 0;
  let anonymised = 0;
  for (const { id: programmeId } of programmes) {
    await db.withProgramme(programmeId, async (tx) => {
      const settings = await loadIntakeSettings(tx);
      const deleted = await tx
        .delete(application)
        .where(
          and(
            eq(application.status, 'draft'),
            or(
              and(
                lt(application.updatedAt, new Date(now.getTime() - DRAFT_WITHOUT_CONTACT_DAYS * DAY)),
                isNull(application.email),
                isNull(application.phone),
              ),
              lt(application.updatedAt, new Date(now.getTime() - DRAFT_UNTOUCHED_DAYS * DAY)),
            ),
          ),
        )
        .returning({ id: application.id });
      const expired = await tx
        .select({ id: application.id })
        .from(application)
        .where(
          and(
            inArray(application.status, ['declined', 'withdrawn']),
            lt(application.decidedAt, new Date(now.getTime() - settings.declinedRetentionDays * DAY)),
            // Not anonymised yet.
            or(isNotNull(application.name), isNotNull(application.email), isNotNull(application.phone)),
          ),
        );
      if (expired.length > 0) {
        await anonymiseApplications(
          tx,
          expired.map((e) => e.id),
        );
        for (const { id } of expired) {
          await recordAudit(tx, {
            actorId: null,
            actorRole: 'system',
            action: 'erase',
            subjectId: id,
            programmeId,
            purpose: 'retention: declined or withdrawn applications',
            details: { retentionDays: settings.declinedRetentionDays },
          });
        }
      }
      draftsDeleted += deleted.length;
      anonymised += expired.length;
    });
  }
  return { draftsDeleted, anonymised };
}
