import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { MentorshipSettings } from '../mentorships.contract.ts';
import { settingsOf } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorshipSettings } from './mentorships.table.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
}

/** The programme's mentorship rules (the defaults until saved). */
export async function getMentorshipSettings(deps: Deps): Promise<MentorshipSettings> {
  authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, settingsOf);
}

/** Saves the rules; pairs already started keep their planned end (a pause after this follows them). */
export async function updateMentorshipSettings(
  deps: Deps & { settings: MentorshipSettings },
): Promise<MentorshipSettings> {
  authorize(deps.actor, 'manage', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const now = new Date();
    await tx
      .insert(mentorshipSettings)
      .values({ programmeId: deps.programmeId, ...deps.settings, updatedAt: now })
      .onConflictDoUpdate({
        target: mentorshipSettings.programmeId,
        set: { ...deps.settings, updatedAt: now },
      });
    return settingsOf(tx);
  });
}
