import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { DEFAULT_MATCHING_SETTINGS, type MatchingSettings } from '../matching.contract.ts';
import { authorize } from './matching.policy.ts';
import { matchingSettings } from './matching.table.ts';

/** The programme's matching settings in the caller's transaction (the defaults until saved). */
export async function matchingSettingsOf(tx: Tx): Promise<MatchingSettings> {
  const [row] = await tx.select({ settings: matchingSettings.settings }).from(matchingSettings);
  return { ...DEFAULT_MATCHING_SETTINGS, ...row?.settings };
}

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
}

export async function getMatchingSettings(deps: Deps): Promise<MatchingSettings> {
  authorize(deps.actor, 'settings.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, matchingSettingsOf);
}

/** Saves the settings; wishes naming an activity taken off the list keep it but it no longer scores. */
export async function updateMatchingSettings(
  deps: Deps & { settings: MatchingSettings },
): Promise<MatchingSettings> {
  authorize(deps.actor, 'settings.update', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const now = new Date();
    await tx
      .insert(matchingSettings)
      .values({ programmeId: deps.programmeId, settings: deps.settings, updatedAt: now })
      .onConflictDoUpdate({
        target: matchingSettings.programmeId,
        set: { settings: deps.settings, updatedAt: now },
      });
    return matchingSettingsOf(tx);
  });
}
