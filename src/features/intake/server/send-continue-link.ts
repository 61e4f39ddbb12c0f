import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { applicationLink, messageApplicant } from './applicant-messages.ts';
import { withApplicationByToken } from './applicant-view.ts';
import { authorize } from './intake.policy.ts';

/**
 * "Send me a link so I can continue later": to the e-mail or phone the draft already holds (never
 * to an address given in this request, so the endpoint cannot be used to message strangers).
 */
export async function sendContinueLink(deps: {
  db: Database;
  actor: Actor;
  token: string;
  channel: 'email' | 'sms';
  locale: 'da' | 'en';
  publicUrl: string;
}): Promise<void> {
  authorize(deps.actor, 'application.apply');
  await withApplicationByToken(deps.db, deps.token, async (tx, row, programme) => {
    const to = deps.channel === 'email' ? row.email : row.phone;
    if (!to) throw new AppError('APPLICATION_CONTACT_MISSING');
    await messageApplicant(tx, {
      kind: row.status === 'draft' ? 'continue' : 'receipt',
      locale: deps.locale,
      programmeName: programme.name,
      link: applicationLink(deps.publicUrl, deps.token),
      to: { email: row.email, phone: row.phone },
      channels: [deps.channel],
    });
  });
}
