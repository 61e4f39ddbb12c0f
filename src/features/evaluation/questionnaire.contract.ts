/**
 * Questionnaires (issue #9 points 1, 3–5): instruments as data with language versions and their
 * status, questionnaires sent to a person for a wave, their raw answers, the Important People
 * roster and a person's own scores. Shared by server and web.
 */
import { z } from 'zod';

const uuid = z.uuid();
const isoDate = z.iso.date();

export const languageSchema = z.enum(['da', 'en']);
export type Language = z.infer<typeof languageSchema>;

/**
 * INSTRUMENTS.md's tags for a language version: verified (seen in a named source), proposed
 * (wording written for the programme) or translation pending (not shown to respondents).
 */
export const versionStatusSchema = z.enum(['verified', 'proposed', 'translation-pending']);
export type VersionStatus = z.infer<typeof versionStatusSchema>;

export const waveSchema = z.enum(['T0', 'T1', 'T2', 'T3']);
export type Wave = z.infer<typeof waveSchema>;
export const respondentRoleSchema = z.enum(['peer', 'mentor']);
export type RespondentRole = z.infer<typeof respondentRoleSchema>;

/** One question of an instrument: an answer from an option set, a count of days, or a date. */
export const instrumentItemSchema = z.object({
  number: z.number().int().min(1),
  kind: z.enum(['choice', 'count', 'date']),
  /** The option set of a choice item (its codes; labels are in each language version). */
  optionSet: z.string().optional(),
  reverse: z.boolean(),
  /** The range of a count item. */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

/** The text of one language version: title, instruction, item texts and option labels by code. */
export const wordingSchema = z.object({
  title: z.string().trim().min(1).max(200),
  instruction: z.string().trim().max(1000).optional(),
  items: z
    .array(
      z.object({
        number: z.number().int().min(1).max(40),
        text: z.string().trim().min(1).max(500),
        /** A lead-in shown above the item (LSNS-6's "Considering the people …"). */
        context: z.string().trim().max(500).optional(),
      }),
    )
    .min(1)
    .max(40),
  options: z.record(
    z.string().min(1).max(40),
    z
      .array(z.object({ code: z.number().int(), label: z.string().trim().min(1).max(200) }))
      .min(1)
      .max(12),
  ),
});
export type Wording = z.infer<typeof wordingSchema>;

/** Rule 1.6: forward translation ×2, reconciliation, back-translation, cognitive test with users. */
export const translationLogSchema = z.object({
  forward: z.array(z.string().trim().min(1).max(4000)).min(1).max(2),
  reconciliation: z.string().trim().min(1).max(4000),
  backTranslation: z.string().trim().min(1).max(4000),
  cognitiveTest: z.string().trim().max(4000).optional(),
});
export type TranslationLog = z.infer<typeof translationLogSchema>;

export const instrumentVersionSchema = z.object({
  id: uuid,
  language: languageSchema,
  version: z.number().int(),
  status: versionStatusSchema,
  wordingHash: z.string(),
  wording: wordingSchema,
  source: z.string(),
  translationLog: translationLogSchema.nullable(),
  approvedAt: z.iso.datetime().nullable(),
  /** A later approved version of the same language replaced it; answers given to it keep it. */
  supersededAt: z.iso.datetime().nullable(),
});
export type InstrumentVersion = z.infer<typeof instrumentVersionSchema>;

export const instrumentSchema = z.object({
  id: uuid,
  key: z.string(),
  name: z.string(),
  reference: z.string(),
  licence: z.string(),
  direction: z.enum(['higher-is-better', 'higher-is-worse', 'none']),
  scoringRule: z.string(),
  missingRule: z.string(),
  items: z.array(instrumentItemSchema),
  optionSets: z.record(z.string(), z.array(z.number().int())),
  optional: z.boolean(),
  /** What a respondent in each language sees: the status of the shown version, or pending. */
  languages: z.record(languageSchema, versionStatusSchema),
  versions: z.array(instrumentVersionSchema),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export const instrumentListSchema = z.object({ instruments: z.array(instrumentSchema) });

export const addTranslationRequestSchema = z.object({
  language: languageSchema,
  wording: wordingSchema,
  translationLog: translationLogSchema,
});
export type AddTranslationRequest = z.infer<typeof addTranslationRequestSchema>;
export const approveVersionRequestSchema = z.object({
  /** verified: the version is a validated one from a named source; proposed: the programme's own. */
  status: z.enum(['verified', 'proposed']),
  source: z.string().trim().min(1).max(500),
});

export const sendQuestionnaireRequestSchema = z
  .object({
    userId: uuid,
    wave: waveSchema,
    role: respondentRoleSchema,
    opensOn: isoDate,
    closesOn: isoDate,
  })
  .refine((v) => v.closesOn >= v.opensOn, { message: 'closes before it opens', path: ['closesOn'] });
export type SendQuestionnaireRequest = z.infer<typeof sendQuestionnaireRequestSchema>;

export const questionnaireStateSchema = z.enum(['upcoming', 'open', 'in-progress', 'completed', 'closed']);
export type QuestionnaireState = z.infer<typeof questionnaireStateSchema>;

/** A questionnaire without its answers: what staff see. */
export const questionnaireSummarySchema = z.object({
  id: uuid,
  userId: uuid,
  name: z.string(),
  wave: waveSchema,
  role: respondentRoleSchema,
  opensOn: isoDate,
  closesOn: isoDate,
  state: questionnaireStateSchema,
  answered: z.number().int(),
  questions: z.number().int(),
  sentAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummarySchema>;

/** What staff are told when a person agreed to it: that someone should get in touch, and why. */
export const wellbeingAlertSchema = z.object({
  questionnaireId: uuid,
  userId: uuid,
  name: z.string(),
  reason: z.enum(['low-well-being', 'relapse']),
  createdAt: z.iso.datetime(),
});
export type WellbeingAlert = z.infer<typeof wellbeingAlertSchema>;
export const questionnaireListSchema = z.object({
  questionnaires: z.array(questionnaireSummarySchema),
  alerts: z.array(wellbeingAlertSchema),
  people: z.array(z.object({ id: uuid, name: z.string(), roles: z.array(respondentRoleSchema) })),
});

export const answerValueSchema = z.union([z.number().int(), isoDate]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** One answer as given: a value, or skipped (missing, never zero). */
export const saveAnswerRequestSchema = z.object({
  instrument: z.string().min(1).max(40),
  item: z.number().int().min(1).max(40),
  value: answerValueSchema.nullable(),
  /** The language the question was shown in: the answer records that version. */
  language: languageSchema,
});
export type SaveAnswerRequest = z.infer<typeof saveAnswerRequestSchema>;

export const importantPersonSchema = z.object({
  nickname: z.string().trim().min(1).max(40),
  role: z.number().int(),
  contact: z.number().int().nullable(),
  use: z.number().int().nullable(),
  support: z.number().int().nullable(),
});
export type ImportantPerson = z.infer<typeof importantPersonSchema>;
export const saveImportantPeopleRequestSchema = z.object({
  people: z.array(importantPersonSchema).max(10),
  language: languageSchema,
});

/** One screen of a questionnaire as the respondent sees it, in the language shown. */
export const questionSchema = z.object({
  instrument: z.string(),
  instrumentTitle: z.string(),
  instruction: z.string().nullable(),
  language: languageSchema,
  item: z.number().int(),
  kind: z.enum(['choice', 'count', 'date', 'roster']),
  text: z.string(),
  context: z.string().nullable(),
  options: z.array(z.object({ code: z.number().int(), label: z.string() })),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  /** undefined: not reached; null: skipped. */
  answer: answerValueSchema.nullable().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const rosterQuestionSchema = z.object({
  field: z.enum(['role', 'contact', 'use', 'support']),
  text: z.string(),
  options: z.array(z.object({ code: z.number().int(), label: z.string() })),
});
export const myQuestionnaireSchema = z.object({
  id: uuid,
  wave: waveSchema,
  role: respondentRoleSchema,
  opensOn: isoDate,
  closesOn: isoDate,
  state: questionnaireStateSchema,
  questions: z.array(questionSchema),
  roster: z
    .object({
      title: z.string(),
      instruction: z.string().nullable(),
      language: languageSchema,
      questions: z.array(rosterQuestionSchema),
      people: z.array(importantPersonSchema),
      saved: z.boolean(),
    })
    .nullable(),
  /** Show the support and crisis contacts now: WHO-5 ≤ 50 or a reported relapse. */
  showSupport: z.boolean(),
});
export type MyQuestionnaire = z.infer<typeof myQuestionnaireSchema>;

export const saveAnswerResponseSchema = z.object({ showSupport: z.boolean() });

export const myQuestionnaireListSchema = z.object({
  questionnaires: z.array(questionnaireSummarySchema.omit({ userId: true, name: true })),
});

export const scorePointSchema = z.object({
  wave: waveSchema,
  role: respondentRoleSchema,
  completedAt: z.iso.datetime(),
  /** Scale id → value; null when an item was missing. */
  scales: z.record(z.string(), z.number().nullable()),
});
export const networkPointSchema = z.object({
  wave: waveSchema,
  role: respondentRoleSchema,
  people: z.array(importantPersonSchema),
  measures: z.object({
    n_people: z.number().int(),
    n_nonusing: z.number().int(),
    n_using: z.number().int(),
    prop_using: z.number().nullable(),
    n_supportive: z.number().int(),
    n_nonusing_weekly: z.number().int(),
  }),
});
export type NetworkPoint = z.infer<typeof networkPointSchema>;
export const myWellbeingSchema = z.object({
  instruments: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      /** The language of the title (the shown version's). */
      language: languageSchema,
      direction: z.enum(['higher-is-better', 'higher-is-worse', 'none']),
      min: z.number(),
      max: z.number(),
      points: z.array(scorePointSchema),
    }),
  ),
  network: z.array(networkPointSchema),
  /** The roster's questions and answer labels in the shown language, for the table. */
  roster: z.object({ questions: z.array(rosterQuestionSchema) }).nullable(),
  showSupport: z.boolean(),
});
export type MyWellbeing = z.infer<typeof myWellbeingSchema>;

export const programmeParamsSchema = z.object({ programmeId: uuid });
export const instrumentParamsSchema = programmeParamsSchema.extend({ instrumentId: uuid });
export const versionParamsSchema = instrumentParamsSchema.extend({ versionId: uuid });
export const questionnaireParamsSchema = programmeParamsSchema.extend({ questionnaireId: uuid });
