/**
 * The programme's waves (issue #9 point 2, decision 045): when each wave is due, how many days
 * there are to answer, on which days an unfinished questionnaire is reminded, and the response
 * rates per wave and role. Shared by server and web.
 */
import { z } from 'zod';
import { respondentRoleSchema, waveSchema } from './questionnaire.contract.ts';

export const WAVES = ['T0', 'T1', 'T2', 'T3'] as const;

export const waveRuleSchema = z.object({
  wave: waveSchema,
  /** Counted from the mentorship's start, or from its end (planned, moved or actual). */
  from: z.enum(['start', 'end']),
  months: z.number().int().min(0).max(24),
});

export const waveSettingsSchema = z.object({
  /** T0, T1, T2 and T3, in that order. */
  waves: z.array(waveRuleSchema).length(4),
  windowDays: z.number().int().min(7).max(90),
  /** Days after opening on which an unfinished questionnaire is reminded (at most four). */
  reminderDays: z.array(z.number().int().min(1).max(89)).max(4),
});
export type WaveSettingsInput = z.infer<typeof waveSettingsSchema>;

/** The demo programme's: T0 at the start, T1 +3 months, T2 at the end, T3 +3 months; 21 days; day 3 and the day before it closes. */
export const DEFAULT_PROGRAMME_WAVES: WaveSettingsInput = {
  waves: [
    { wave: 'T0', from: 'start', months: 0 },
    { wave: 'T1', from: 'start', months: 3 },
    { wave: 'T2', from: 'end', months: 0 },
    { wave: 'T3', from: 'end', months: 3 },
  ],
  windowDays: 21,
  reminderDays: [3, 20],
};

/** A count, or "fewer than 5" (null) where a small cell could point at someone. */
const suppressed = z.number().int().min(0).nullable();

export const responseRateSchema = z.object({
  wave: waveSchema,
  role: respondentRoleSchema,
  /** Every count is null when under 5 (shown "< 5"); the rates are then null too. */
  sent: suppressed,
  answered: suppressed,
  partly: suppressed,
  open: suppressed,
  expired: suppressed,
  /** Answered ÷ sent, and (answered + partly) ÷ sent, 0 … 1. */
  answeredRate: z.number().min(0).max(1).nullable(),
  anyAnswerRate: z.number().min(0).max(1).nullable(),
});
export type ResponseRate = z.infer<typeof responseRateSchema>;

export const responseRatesSchema = z.object({
  /** The smallest count shown as a number. */
  smallestShown: z.number().int(),
  rates: z.array(responseRateSchema),
});
export type ResponseRates = z.infer<typeof responseRatesSchema>;
