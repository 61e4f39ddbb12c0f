/** A programme's wave settings (decision 045): read by staff and the wave job, saved by staff. */
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { waveSettingsProblem } from '../instruments/waves-due.ts';
import { DEFAULT_PROGRAMME_WAVES, type WaveSettingsInput } from '../waves.contract.ts';
import { authorize } from './evaluation.policy.ts';
import { waveSettings } from './waves.table.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
}

/** The settings of the programme of `tx`: the demo's until staff save their own. */
export async function waveSettingsOf(tx: Tx): Promise<WaveSettingsInput> {
  const [row] = await tx.select().from(waveSettings);
  return row
    ? { waves: row.waves, windowDays: row.windowDays, reminderDays: row.reminderDays }
    : DEFAULT_PROGRAMME_WAVES;
}

export async function getWaveSettings(deps: Deps): Promise<WaveSettingsInput> {
  authorize(deps.actor, 'waves.read', deps);
  return deps.db.withProgramme(deps.programmeId, waveSettingsOf);
}

/** Saves the settings; questionnaires already sent keep their window (new ones follow these). */
export async function updateWaveSettings(deps: Deps & { settings: WaveSettingsInput }) {
  authorize(deps.actor, 'waves.manage', deps);
  const problem = waveSettingsProblem(deps.settings);
  if (problem) throw new AppError(problem);
  const values = {
    waves: deps.settings.waves,
    windowDays: deps.settings.windowDays,
    reminderDays: [...deps.settings.reminderDays].sort((a, b) => a - b),
    updatedAt: new Date(),
  };
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await tx
      .insert(waveSettings)
      .values({ programmeId: deps.programmeId, ...values })
      .onConflictDoUpdate({ target: waveSettings.programmeId, set: values });
    return waveSettingsOf(tx);
  });
}
