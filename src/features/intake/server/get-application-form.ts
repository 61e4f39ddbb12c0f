import { desc } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { findProgrammeBySlug } from '../../programmes/server/index.ts';
import type { ApplicantRole } from '../eligibility.contract.ts';
import type { ApplicationFormResponse } from '../intake.contract.ts';
import { authorize } from './intake.policy.ts';
import { privacyNotice } from './intake.table.ts';
import { loadIntakeSettings } from './intake-settings.ts';

/** What the public form needs: the role's rules, the programme's municipalities, notice, help. */
export async function getApplicationForm(deps: {
  db: Database;
  actor: Actor;
  slug: string;
  role: ApplicantRole;
  locale: 'da' | 'en';
  now?: Date;
}): Promise<ApplicationFormResponse> {
  authorize(deps.actor, 'form.read');
  const found = await findProgrammeBySlug(deps.db, deps.slug);
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  return deps.db.withProgramme(found.id, async (tx) => {
    const settings = await loadIntakeSettings(tx);
    const [notice] = await tx.select().from(privacyNotice).orderBy(desc(privacyNotice.version)).limit(1);
    return {
      programme: { slug: found.slug, name: found.name },
      role: deps.role,
      rules: settings.eligibilityRules[deps.role],
      municipalityCodes: found.municipalityCodes,
      notice: notice
        ? {
            version: notice.version,
            text: notice.text,
            consents: notice.consents,
            publishedAt: notice.publishedAt.toISOString(),
          }
        : null,
      otherHelp: settings.otherHelp[deps.locale],
      today: copenhagenDate(deps.now),
    };
  });
}
