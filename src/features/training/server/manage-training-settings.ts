import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { DEFAULT_TRAINING_SETTINGS, type TrainingSettings } from '../training.contract.ts';
import { authorize } from './training.policy.ts';
import { trainingSettings } from './training.table.ts';

/** The programme's course-plan settings in the caller's transaction (the defaults until saved). */
export async function settingsOf(tx: Tx): Promise<TrainingSettings> {
  const [row] = await tx.select({ settings: trainingSettings.settings }).from(trainingSettings);
  return { ...DEFAULT_TRAINING_SETTINGS, ...row?.settings };
}

export async function getTrainingSettings(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
}): Promise<TrainingSettings> {
  authorize(deps.actor, 'settings.read', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, settingsOf);
}

/** Saves the settings; plans generated before keep their dates (each session is edited on its own). */
export async function updateTrainingSettings(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  settings: TrainingSettings;
}): Promise<TrainingSettings> {
  authorize(deps.actor, 'settings.update', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const now = new Date();
    await tx
      .insert(trainingSettings)
      .values({ programmeId: deps.programmeId, settings: deps.settings, updatedAt: now })
      .onConflictDoUpdate({
        target: trainingSettings.programmeId,
        set: { settings: deps.settings, updatedAt: now },
      });
    return settingsOf(tx);
  });
}
