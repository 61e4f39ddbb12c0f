/**
 * Takes a person out of matching (the wishes profile's `paused`, staff's after a relapse) from
 * another feature's transaction: the mentorships feature calls it through the hook composed in
 * src/app/server.ts when staff record a mentor's relapse (decision 049). Turning it back on is
 * staff's own choice on the person's wishes page.
 */
import type { Tx } from '../../../server/db.ts';
import { matchingSettingsOf } from './manage-matching-settings.ts';
import { loadProfile, poolRoleOf, storeProfile } from './wishes-store.ts';

/** Sets the person's matching availability off; false when they are not in the pool (no peer or mentor role). */
export async function pauseMatchingAvailability(
  tx: Tx,
  person: { programmeId: string; userId: string; by: string; now?: Date },
): Promise<boolean> {
  const found = await poolRoleOf(tx, person.programmeId, person.userId);
  if (!found) return false;
  const target = { programmeId: person.programmeId, userId: person.userId, ...found };
  // A person without a saved profile keeps the draft from their application, now paused.
  const profile = await loadProfile(tx, target, await matchingSettingsOf(tx));
  await storeProfile(tx, target, {
    wishes: profile.wishes,
    paused: true,
    by: person.by,
    ...(person.now ? { now: person.now } : {}),
  });
  return true;
}
