import type { Tx } from '../../../server/db.ts';
import type { EligibilityRules } from '../eligibility.contract.ts';
import { VEJLE_ELIGIBILITY_RULES } from '../vejle-eligibility-rules.ts';
import { intakeSettings, type OtherHelpContact } from './intake.table.ts';

export interface IntakeSettings {
  eligibilityRules: EligibilityRules;
  areaPostcodes: { postcode: string; municipalityCode: string }[];
  otherHelp: { da: OtherHelpContact[]; en: OtherHelpContact[] };
  declinedRetentionDays: number;
}

/**
 * A programme without settings of its own starts from Vejle's model rules (DESIGN.md §1), no
 * area postcodes, no other help listed and half a year's retention of declined applications.
 */
export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = {
  eligibilityRules: VEJLE_ELIGIBILITY_RULES,
  areaPostcodes: [],
  otherHelp: { da: [], en: [] },
  declinedRetentionDays: 180,
};

/** The intake settings of the transaction's programme (row-level security picks the row). */
export async function loadIntakeSettings(tx: Tx): Promise<IntakeSettings> {
  const [row] = await tx.select().from(intakeSettings);
  if (!row) return DEFAULT_INTAKE_SETTINGS;
  return {
    eligibilityRules: row.eligibilityRules,
    areaPostcodes: row.areaPostcodes,
    otherHelp: row.otherHelp,
    declinedRetentionDays: row.declinedRetentionDays,
  };
}
