/**
 * Eligibility as data (issue #5): per programme and per role, a list of rules; each rule has a
 * kind with parameters and a Danish and an English explanation shown, kindly, to an applicant who
 * does not meet it. The engine (`eligibility.ts`) evaluates answers against the rules in the
 * browser as the person answers and again on the server when the application is sent.
 */
import { z } from 'zod';

/** A calendar date, YYYY-MM-DD (no time, no zone). */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const applicantRoleSchema = z.enum(['peer', 'mentor']);
export type ApplicantRole = z.infer<typeof applicantRoleSchema>;

const explanationSchema = z.object({
  da: z.string().min(1).max(1000),
  en: z.string().min(1).max(1000),
});

const ruleBase = {
  /** Stable within the programme's list (e.g. `age`, `residence`); answers are checked per rule. */
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  explanation: explanationSchema,
};

/**
 * - `minimum-age`: the applicant has turned `years` on the day of evaluation.
 * - `residence`: the applicant lives in one of the programme's municipalities.
 * - `abuse-experience`: has had an alcohol or drug problem; `acceptAftercare` also lets in a
 *   person who answers that they are in aftercare.
 * - `abstinence`: free of abuse for at least `minimumMonths`; `substitution` says what stable
 *   substitution medication means: `counts-as-free` (peers: stable on medication for the period
 *   counts) or `must-have-ended` (mentors: out of substitution treatment for the period too).
 */
export const eligibilityRuleSchema = z.discriminatedUnion('kind', [
  z.object({ ...ruleBase, kind: z.literal('minimum-age'), years: z.number().int().min(0).max(120) }),
  z.object({ ...ruleBase, kind: z.literal('residence') }),
  z.object({ ...ruleBase, kind: z.literal('abuse-experience'), acceptAftercare: z.boolean() }),
  z.object({
    ...ruleBase,
    kind: z.literal('abstinence'),
    minimumMonths: z.number().int().min(0).max(600),
    substitution: z.enum(['counts-as-free', 'must-have-ended']),
  }),
]);
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
export type EligibilityRuleKind = EligibilityRule['kind'];

/** A role's rules; ids unique, because a result names its rules by id alone. */
const roleRulesSchema = z
  .array(eligibilityRuleSchema)
  .max(20)
  .refine((rules) => new Set(rules.map((rule) => rule.id)).size === rules.length, 'Rule ids must be unique');

export const eligibilityRulesSchema = z.object({
  peer: roleRulesSchema,
  mentor: roleRulesSchema,
});
export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;

/**
 * What the applicant answers to the eligibility questions. Every field is optional: the form
 * saves as the person goes, and a rule without its answer is `unknown`, not failed.
 */
export const eligibilityAnswersSchema = z.object({
  birthDate: isoDateSchema.optional(),
  /** The kommunekode the applicant picked. */
  municipalityCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  /** Have you had an alcohol or drug problem? `aftercare`: I am in aftercare (efterbehandling) now. */
  abuseHistory: z.enum(['yes', 'aftercare', 'no']).optional(),
  /** Free of alcohol/drug abuse now? `no` fails the "free for the period" part at once. */
  abuseFreeNow: z.enum(['yes', 'no']).optional(),
  /** Since when free of alcohol/drug abuse (left out while not free). */
  abuseFreeSince: isoDateSchema.optional(),
  /** Substitution medication (e.g. methadone, buprenorphine): never, now, or earlier. */
  substitution: z.enum(['never', 'current', 'ended']).optional(),
  /** `current`: stable on the medication since; `ended`: the treatment ended on. */
  substitutionSince: isoDateSchema.optional(),
});
export type EligibilityAnswers = z.infer<typeof eligibilityAnswersSchema>;

export const ruleOutcomeSchema = z.enum(['met', 'not-met', 'unknown']);
export type RuleOutcome = z.infer<typeof ruleOutcomeSchema>;

export const eligibilityResultSchema = z.object({
  /** `eligible`: every rule met; `not-eligible`: at least one not met; otherwise `incomplete`. */
  outcome: z.enum(['eligible', 'not-eligible', 'incomplete']),
  rules: z.array(z.object({ id: z.string(), kind: z.string(), outcome: ruleOutcomeSchema })),
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
