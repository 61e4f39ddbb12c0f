/**
 * The stop link, opened without login (decision 043): a valid token turns its kind (or every kind)
 * off for its channel; an altered one is STOP_LINK_INVALID, an old one STOP_LINK_EXPIRED. Opening
 * it twice is harmless.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { Stopped } from '../notifications.contract.ts';
import { authorize } from './notifications.policy.ts';
import { setChoice } from './preferences.ts';
import { verifyStopToken } from './stop-link.ts';

export async function stopNotifications(deps: {
  db: Database;
  actor: Actor;
  stopKey: Buffer;
  token: string;
  now?: Date;
}): Promise<Stopped> {
  authorize(deps.actor, 'stop-link');
  const now = deps.now ?? new Date();
  const claim = verifyStopToken(deps.stopKey, deps.token, now);
  await deps.db.withProgramme(claim.programmeId, async (tx) => {
    // Someone erased since the message went gets nothing more anyway: nothing to turn off.
    const [person] = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, claim.personId));
    if (person) await setChoice(tx, { ...claim, enabled: false }, now);
  });
  return { kind: claim.kind, channel: claim.channel };
}
