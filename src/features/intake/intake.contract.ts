/**
 * Applying to a programme and being screened (issue #5): the requests and responses of the
 * applicant's form (saved as they go, continued from a link), their status page, and the staff
 * queue. Eligibility itself is in `eligibility.contract.ts`.
 */
import { z } from 'zod';
import {
  applicantRoleSchema,
  eligibilityAnswersSchema,
  eligibilityResultSchema,
  eligibilityRulesSchema,
  isoDateSchema,
} from './eligibility.contract.ts';

export const applicationStatusSchema = z.enum([
  'draft',
  'new',
  'contacted',
  'interview-booked',
  'approved',
  'waiting-list',
  'declined',
  'withdrawn',
]);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** What staff may move an application to from each status; `draft` → `new` is the applicant's send. */
export const STATUS_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: [],
  new: ['contacted', 'interview-booked', 'approved', 'waiting-list', 'declined', 'withdrawn'],
  contacted: ['interview-booked', 'approved', 'waiting-list', 'declined', 'withdrawn'],
  'interview-booked': ['contacted', 'approved', 'waiting-list', 'declined', 'withdrawn'],
  'waiting-list': ['contacted', 'interview-booked', 'approved', 'declined', 'withdrawn'],
  approved: [],
  declined: [],
  withdrawn: [],
};

/** What the applicant would like to do with a peer or mentor (pre-fills the matching wishes). */
export const INTERESTS = [
  'walk',
  'cafe',
  'sport',
  'football',
  'coffee',
  'training',
  'culture',
  'nature',
  'cooking',
  'games',
] as const;
export const interestSchema = z.enum(INTERESTS);

export const HEARD_FROM = [
  'treatment',
  'municipality',
  'friend',
  'social-media',
  'poster',
  'event',
  'other',
] as const;

export const PART_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

/** The application's answers; every field optional while it is a draft. */
export const applicationAnswersSchema = z.object({
  name: z.string().trim().max(200).optional(),
  /** Danish numbers with or without +45; others with their + prefix. */
  phone: z.string().trim().max(20).optional(),
  email: z.string().trim().toLowerCase().email().max(254).optional(),
  postcode: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  eligibility: eligibilityAnswersSchema.optional(),
  hopes: z.string().trim().max(2000).optional(),
  interests: z.array(interestSchema).max(INTERESTS.length).optional(),
  availability: z
    .object({
      /** ISO weekdays, 1 = Monday. */
      weekdays: z.array(z.number().int().min(1).max(7)).max(7),
      partsOfDay: z.array(z.enum(PART_OF_DAY)).max(3),
    })
    .optional(),
  heardFrom: z.enum(HEARD_FROM).optional(),
  /** "I think my situation is different": the applicant's own words, for staff. */
  ownWords: z.string().trim().max(2000).optional(),
});
export type ApplicationAnswers = z.infer<typeof applicationAnswersSchema>;

export const startApplicationRequestSchema = z.object({ role: applicantRoleSchema });
export const startApplicationResponseSchema = z.object({
  /** The applicant's key to their application (the continue link and status page carry it). */
  token: z.string(),
});

export const applicationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });
export const saveApplicationRequestSchema = z.object({ answers: applicationAnswersSchema });

export const consentDefinitionSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  label: z.object({ da: z.string().min(1).max(500), en: z.string().min(1).max(500) }),
  /** A required consent must be given to send; the others are the applicant's free choice. */
  required: z.boolean(),
});
export type ConsentDefinition = z.infer<typeof consentDefinitionSchema>;

export const privacyNoticeSchema = z.object({
  version: z.number().int().min(1),
  text: z.object({ da: z.string().min(1).max(20_000), en: z.string().min(1).max(20_000) }),
  consents: z.array(consentDefinitionSchema).max(10),
  publishedAt: z.string(),
});
export type PrivacyNotice = z.infer<typeof privacyNoticeSchema>;

export const submitApplicationRequestSchema = z.object({
  /** The version of the privacy notice the applicant read. */
  noticeVersion: z.number().int().min(1),
  /** The consents given (keys); none is assumed. */
  consents: z.array(z.string().max(40)).max(10),
});

export const municipalityChoiceSchema = z.object({ code: z.string(), name: z.string() });

/** The applicant's own view of their application (the form, the status page). */
export const applicantViewSchema = z.object({
  role: applicantRoleSchema,
  status: applicationStatusSchema,
  programme: z.object({ slug: z.string(), name: z.string() }),
  answers: applicationAnswersSchema,
  eligibility: eligibilityResultSchema,
  /** For the postcode given: the municipalities it may lie in (one is pre-selected when sure). */
  postcodeMunicipalities: z.array(municipalityChoiceSchema),
  suggestedMunicipalityCode: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  consents: z.array(
    z.object({
      key: z.string(),
      label: z.object({ da: z.string(), en: z.string() }),
      noticeVersion: z.number().int(),
      givenAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  /** The status history the applicant may see (no staff names or notes). */
  history: z.array(z.object({ status: applicationStatusSchema, at: z.string() })),
  /** Time and place only: staff's notes and checklist are never the applicant's to see. */
  interview: z.object({ startsAt: z.string(), endsAt: z.string(), place: z.string() }).nullable(),
});
export type ApplicantView = z.infer<typeof applicantViewSchema>;

/** A participant's own applications (`/api/me/applications`), each with its id. */
export const myApplicationsResponseSchema = z.object({
  applications: z.array(applicantViewSchema.extend({ id: z.string().uuid() })),
});
export type MyApplicationsResponse = z.infer<typeof myApplicationsResponseSchema>;
export const withdrawMyConsentRequestSchema = z.object({ key: z.string().min(1).max(40) });

/** The programme's form settings the public form needs: rules, municipalities, notice, help. */
export const applicationFormResponseSchema = z.object({
  programme: z.object({ slug: z.string(), name: z.string() }),
  role: applicantRoleSchema,
  rules: z.array(z.unknown()),
  municipalityCodes: z.array(z.string()),
  notice: privacyNoticeSchema.nullable(),
  otherHelp: z.array(
    z.object({
      name: z.string(),
      phone: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
  today: isoDateSchema,
});
export type ApplicationFormResponse = z.infer<typeof applicationFormResponseSchema>;

export const sendContinueLinkRequestSchema = z.object({ channel: z.enum(['email', 'sms']) });

// Staff: the queue and each application.

export const applicationQueueQuerySchema = z.object({
  role: applicantRoleSchema.optional(),
  status: applicationStatusSchema.optional(),
  eligibility: z.enum(['eligible', 'not-eligible', 'incomplete']).optional(),
  /** Part of a name, e-mail or phone number. */
  q: z.string().trim().max(100).optional(),
});

export const applicationSummarySchema = z.object({
  id: z.string().uuid(),
  role: applicantRoleSchema,
  status: applicationStatusSchema,
  name: z.string(),
  eligibility: z.enum(['eligible', 'not-eligible', 'incomplete']),
  submittedAt: z.string(),
  /** Whole days since the application was sent. */
  ageDays: z.number().int(),
  municipalityCode: z.string().nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;
export const applicationQueueResponseSchema = z.object({
  applications: z.array(applicationSummarySchema),
  counts: z.record(z.string(), z.number().int()),
});

export const applicationParamsSchema = z.object({
  programmeId: z.string().uuid(),
  applicationId: z.string().uuid(),
});

export const transitionRequestSchema = z.object({
  to: applicationStatusSchema,
  /** Why (required for a decision: approved, waiting list, declined, withdrawn). */
  reason: z.string().trim().max(2000).optional(),
  /** Approving mentors: the training cohort offered, joined when they accept the invitation. */
  cohortId: z.string().uuid().optional(),
});

export const bulkTransitionRequestSchema = transitionRequestSchema.extend({
  applicationIds: z.array(z.string().uuid()).min(1).max(200),
});

// The screening interview (visitationssamtale).

/** The interview checklist per role: what staff make sure of before deciding. */
export const INTERVIEW_CHECKLIST = {
  mentor: ['motivation', 'recovery-stability', 'references-contacted', 'commitment'],
  peer: ['motivation', 'wishes-discussed'],
} as const;
export type InterviewChecklistKey = (typeof INTERVIEW_CHECKLIST)[keyof typeof INTERVIEW_CHECKLIST][number];

/** Statuses an interview may be booked (or moved) from. */
export const INTERVIEW_FROM: readonly ApplicationStatus[] = [
  'new',
  'contacted',
  'interview-booked',
  'waiting-list',
];

export const bookInterviewRequestSchema = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  /** Default: an hour after the start. */
  endsAt: z.iso.datetime({ offset: true }).optional(),
  place: z.string().trim().min(1).max(200),
});

export const interviewNotesRequestSchema = z.object({
  /** Staff's notes (encrypted); left out or empty clears them. */
  notes: z.string().trim().max(10_000).optional(),
  /** Keys from INTERVIEW_CHECKLIST for the application's role; others are refused. */
  checklist: z.record(z.string().max(40), z.boolean()),
});

/** Staff's view of the interview. */
export const interviewSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  notes: z.string().nullable(),
  checklist: z.record(z.string(), z.boolean()),
  bookedByName: z.string().nullable(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;

/** Staff's view of one application. */
export const applicationDetailSchema = applicationSummarySchema.extend({
  answers: applicationAnswersSchema,
  eligibilityRules: z.array(z.object({ id: z.string(), kind: z.string(), outcome: z.string() })),
  /** Where the applicant's status may go from here. */
  allowedTransitions: z.array(applicationStatusSchema),
  history: z.array(
    z.object({
      from: z.string(),
      to: applicationStatusSchema,
      at: z.string(),
      actorName: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  consents: z.array(
    z.object({
      key: z.string(),
      noticeVersion: z.number().int(),
      givenAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  decidedAt: z.string().nullable(),
  interview: interviewSchema.nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

export const transitionResponseSchema = z.object({
  changed: z.array(z.string().uuid()),
});

// Settings (staff) and the privacy notice (admins).

const otherHelpSchema = z.object({
  name: z.string().trim().min(1).max(120),
  phone: z.string().trim().max(40).optional(),
  description: z.string().trim().max(300).optional(),
});

export const intakeSettingsSchema = z.object({
  eligibilityRules: eligibilityRulesSchema,
  /** Postcodes of the programme's area, each pre-selecting a municipality on the form. */
  areaPostcodes: z
    .array(z.object({ postcode: z.string().regex(/^\d{4}$/), municipalityCode: z.string().regex(/^\d{3}$/) }))
    .max(200),
  otherHelp: z.object({ da: z.array(otherHelpSchema).max(10), en: z.array(otherHelpSchema).max(10) }),
  /** Days a declined or withdrawn application is kept before it is anonymised. */
  declinedRetentionDays: z.number().int().min(30).max(3650),
});
export type IntakeSettingsBody = z.infer<typeof intakeSettingsSchema>;

export const publishNoticeRequestSchema = z.object({
  text: privacyNoticeSchema.shape.text,
  consents: z.array(consentDefinitionSchema).max(10),
});
export const privacyNoticeListSchema = z.object({ notices: z.array(privacyNoticeSchema) });

/** The intake funnel per role and month of sending, and the median days to a decision. */
export const funnelResponseSchema = z.object({
  months: z.array(
    z.object({
      /** YYYY-MM (Copenhagen time). */
      month: z.string(),
      role: applicantRoleSchema,
      applied: z.number().int(),
      eligible: z.number().int(),
      interviewed: z.number().int(),
      approved: z.number().int(),
    }),
  ),
  /** Median whole days from sending to a decision, per role; null when nothing is decided yet. */
  medianDaysToDecision: z.object({ peer: z.number().nullable(), mentor: z.number().nullable() }),
});
export type FunnelResponse = z.infer<typeof funnelResponseSchema>;
