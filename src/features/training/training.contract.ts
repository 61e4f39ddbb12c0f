/**
 * Mentor training (issue #6): cohorts (hold) of volunteers, their course plan of teaching days
 * (undervisningsdage) and group supervisions (gruppesparring), generated from the programme's
 * training settings and editable session by session afterwards.
 */
import { z } from 'zod';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
/** A calendar month, `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const;
export const weekOfMonthSchema = z.enum(WEEKS_OF_MONTH);
export type WeekOfMonth = z.infer<typeof weekOfMonthSchema>;

/** When a kind of session falls: e.g. the second Thursday of the month, 09:30–15:00. */
export const sessionSlotSchema = z
  .object({
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: z.number().int().min(1).max(7),
    week: weekOfMonthSchema,
    start: timeSchema,
    end: timeSchema,
  })
  .refine((slot) => slot.end > slot.start, { path: ['end'], message: 'end after start' });
export type SessionSlot = z.infer<typeof sessionSlotSchema>;

/**
 * What completes the course and when a mentor may be matched (decision 031): attended teaching
 * days and supervisions (present, late, or made up) at least these many.
 */
export const courseRulesSchema = z.object({
  completion: z.object({
    teaching: z.number().int().min(0).max(12),
    supervision: z.number().int().min(0).max(12),
  }),
  readiness: z.object({ teaching: z.number().int().min(0).max(12) }),
});
export type CourseRules = z.infer<typeof courseRulesSchema>;

/** A programme's settings for course plans; a new cohort's plan is generated from them. */
export const trainingSettingsSchema = z
  .object({
    /** Teaching days (one a month) and as many supervisions alongside. */
    months: z.number().int().min(1).max(12),
    teaching: sessionSlotSchema,
    supervision: sessionSlotSchema,
    place: z.string().trim().max(200),
    defaultCapacity: z.number().int().min(1).max(40),
    rules: courseRulesSchema,
  })
  .refine(
    (s) =>
      s.rules.completion.teaching <= s.months &&
      s.rules.completion.supervision <= s.months &&
      s.rules.readiness.teaching <= s.months,
    { path: ['rules'], message: 'at most the number of months' },
  );
export type TrainingSettings = z.infer<typeof trainingSettingsSchema>;

/** The settings a programme has before staff change them (the model programme's own). */
export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  months: 7,
  teaching: { weekday: 4, week: 'second', start: '09:30', end: '15:00' },
  supervision: { weekday: 2, week: 'fourth', start: '17:00', end: '19:00' },
  place: '',
  defaultCapacity: 15,
  rules: { completion: { teaching: 6, supervision: 5 }, readiness: { teaching: 2 } },
};

export const sessionKindSchema = z.enum(['teaching', 'supervision']);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const cohortParamsSchema = z.object({ programmeId: z.uuid(), cohortId: z.uuid() });
export const sessionParamsSchema = cohortParamsSchema.extend({ sessionId: z.uuid() });
export const programmeParamsSchema = z.object({ programmeId: z.uuid() });

const linkSchema = z.url({ protocol: /^https?$/ }).max(500);

/** What staff may change of a session after the plan is generated. */
export const updateSessionRequestSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: z.string().trim().max(200),
    topic: z.string().trim().max(200),
    teacher: z.string().trim().max(200),
    materials: z.string().trim().max(4000),
    links: z.array(linkSchema).max(10),
  })
  .strict();
export type UpdateSessionRequest = z.infer<typeof updateSessionRequestSchema>;

export const courseSessionSchema = z.object({
  id: z.uuid(),
  kind: sessionKindSchema,
  /** 1 … months, per kind. */
  number: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  topic: z.string(),
  teacher: z.string(),
  materials: z.string(),
  links: z.array(z.string()),
  /** Moved off the slot's day because that day was a public holiday. */
  movedForHoliday: z.string().nullable(),
});
export type CourseSession = z.infer<typeof courseSessionSchema>;

/** One tap per person in the room: came, came late, absent with notice, absent without. */
export const ATTENDANCE_MARKS = ['present', 'late', 'absent-notice', 'absent'] as const;
export const attendanceMarkSchema = z.enum(ATTENDANCE_MARKS);
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

export const attendanceParamsSchema = sessionParamsSchema.extend({ userId: z.uuid() });

/** A mark, a make-up (the day a missed session was made up; null takes it back), or both. */
export const recordAttendanceRequestSchema = z
  .object({
    mark: attendanceMarkSchema.optional(),
    madeUpOn: z.iso.date().nullable().optional(),
  })
  .strict()
  .refine((b) => b.mark !== undefined || b.madeUpOn !== undefined, { message: 'mark or madeUpOn' });
export type RecordAttendanceRequest = z.infer<typeof recordAttendanceRequestSchema>;

export const attendanceSchema = z.object({
  sessionId: z.uuid(),
  userId: z.uuid(),
  mark: attendanceMarkSchema.nullable(),
  madeUpOn: z.string().nullable(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const PROGRESS_STATES = ['complete', 'on-track', 'at-risk', 'not-complete'] as const;
export const progressStateSchema = z.enum(PROGRESS_STATES);
export type ProgressState = z.infer<typeof progressStateSchema>;

/** Where a member stands against the programme's rules. */
export const memberProgressSchema = z.object({
  userId: z.uuid(),
  teaching: z.number().int(),
  supervision: z.number().int(),
  state: progressStateSchema,
  /** May be matched with a peer (the readiness rule is met). */
  ready: z.boolean(),
});
export type MemberProgress = z.infer<typeof memberProgressSchema>;

export const cohortStatusSchema = z.enum(['planned', 'running', 'finished']);
export type CohortStatus = z.infer<typeof cohortStatusSchema>;

export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** The latest issue of a member's course certificate (decision 034). */
export const certificateIssueSchema = z.object({
  userId: z.uuid(),
  issuedAt: z.iso.datetime({ offset: true }),
  /** Null: issued when the mentor first downloaded it. */
  issuedBy: personRefSchema.nullable(),
});
export type CertificateIssue = z.infer<typeof certificateIssueSchema>;

export const cohortSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  startMonth: monthSchema,
  capacity: z.number().int(),
  status: cohortStatusSchema,
  members: z.number().int(),
  waiting: z.number().int(),
  firstSession: z.string().nullable(),
  lastSession: z.string().nullable(),
});
export type CohortSummary = z.infer<typeof cohortSummarySchema>;
export const cohortListSchema = z.object({ cohorts: z.array(cohortSummarySchema) });

export const cohortDetailSchema = cohortSummarySchema.extend({
  leads: z.array(personRefSchema),
  memberList: z.array(personRefSchema),
  /** In the order they joined the list: the first gets the next free place. */
  waitingList: z.array(personRefSchema),
  sessions: z.array(courseSessionSchema),
  /** Every registered mark of the members, by session. */
  attendance: z.array(attendanceSchema),
  progress: z.array(memberProgressSchema),
  rules: courseRulesSchema,
  /** The latest issue of each member's course certificate. */
  certificates: z.array(certificateIssueSchema),
});
export type CohortDetail = z.infer<typeof cohortDetailSchema>;

export const createCohortRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    startMonth: monthSchema,
    capacity: z.number().int().min(1).max(40),
    leadIds: z.array(z.uuid()).max(10),
    /** In order: those past the capacity go on the waiting list. */
    memberIds: z.array(z.uuid()).max(80),
  })
  .strict();
export type CreateCohortRequest = z.infer<typeof createCohortRequestSchema>;

/** Who may lead a cohort (staff) and who may join one (mentors). */
export const cohortCandidatesSchema = z.object({
  staff: z.array(personRefSchema),
  mentors: z.array(personRefSchema.extend({ cohortName: z.string().nullable() })),
});
export type CohortCandidates = z.infer<typeof cohortCandidatesSchema>;

/** A member's own view of a cohort they are on or waiting for: the plan, their marks and progress. */
export const myCohortSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: cohortStatusSchema,
  place: z.enum(['member', 'waiting', 'left']),
  sessions: z.array(
    courseSessionSchema.extend({
      mark: attendanceMarkSchema.nullable(),
      madeUpOn: z.string().nullable(),
      /** Whether the member sent notice of absence themselves (they may withdraw it before). */
      noticeGiven: z.boolean(),
    }),
  ),
  /** Null on the waiting list. */
  progress: memberProgressSchema.omit({ userId: true }).nullable(),
  rules: courseRulesSchema,
  /** Once the course is complete: the certificate to download, and when it was last issued (null: not yet). */
  certificate: z.object({ issuedAt: z.string().nullable() }).nullable(),
});
export type MyCohort = z.infer<typeof myCohortSchema>;
export const myTrainingSchema = z.object({ cohorts: z.array(myCohortSchema) });
export type MyTraining = z.infer<typeof myTrainingSchema>;

/**
 * A member's calendar feed (decision 037): whether one is on, since when, and — only in the answer
 * that made it — its address (the secret is stored as a hash and cannot be shown again).
 */
export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }).nullable(),
  /** `https://…/api/public/calendar/<token>.ics`, in the answer of POST only. */
  url: z.string().optional(),
  /** The same address as `webcal://…`, which phones open in their calendar app. */
  webcalUrl: z.string().optional(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** The feed's public address: a programme token (see programme-token.ts) and `.ics`. */
export const calendarFeedParamsSchema = z.object({ token: z.string().max(200) });

/** A member's notice of absence from an upcoming session, with the reason (decision 037). */
export const absenceNoticeRequestSchema = z.object({ reason: z.string().trim().min(1).max(1000) });
export type AbsenceNoticeRequest = z.infer<typeof absenceNoticeRequestSchema>;

export const absenceNoticeSchema = z.object({
  sessionId: z.uuid(),
  userId: z.uuid(),
  reason: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type AbsenceNotice = z.infer<typeof absenceNoticeSchema>;
export const absenceNoticeListSchema = z.object({ notices: z.array(absenceNoticeSchema) });

/**
 * What a course certificate says, as it was issued (decision 034): the sessions the mentor took
 * part in (came, came late or made up), with their topics and hours.
 */
export const certificateContentSchema = z.object({
  programmeName: z.string(),
  cohortName: z.string(),
  personName: z.string(),
  sessions: z.array(
    z.object({
      kind: sessionKindSchema,
      number: z.number().int(),
      /** YYYY-MM-DD in Copenhagen. */
      date: z.string(),
      topic: z.string(),
      /** In hours, e.g. 5.5. */
      hours: z.number(),
    }),
  ),
});
export type CertificateContent = z.infer<typeof certificateContentSchema>;

export const certificateListSchema = z.object({ certificates: z.array(certificateIssueSchema) });
export type CertificateList = z.infer<typeof certificateListSchema>;
export const memberParamsSchema = cohortParamsSchema.extend({ userId: z.uuid() });
export const addMemberRequestSchema = z.object({ userId: z.uuid() }).strict();

/** A shared theme of a group supervision (staff only; never personal details of peers). */
export const supervisionThemeRequestSchema = z.object({ text: z.string().trim().min(1).max(500) }).strict();
export const supervisionThemeSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  text: z.string(),
  writtenBy: personRefSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type SupervisionTheme = z.infer<typeof supervisionThemeSchema>;
export const supervisionThemeListSchema = z.object({ themes: z.array(supervisionThemeSchema) });
export type SupervisionThemeList = z.infer<typeof supervisionThemeListSchema>;

/** Why a member left a cohort, from a short list. */
export const DEPARTURE_REASONS = [
  'personal',
  'health',
  'work-or-study',
  'moved',
  'not-a-fit',
  'no-contact',
  'other',
] as const;
export const departureReasonSchema = z.enum(DEPARTURE_REASONS);
export type DepartureReason = z.infer<typeof departureReasonSchema>;
export const departureRequestSchema = z
  .object({ reason: departureReasonSchema, note: z.string().trim().max(1000).optional() })
  .strict();
export type DepartureRequest = z.infer<typeof departureRequestSchema>;

/** A cohort in numbers for staff: attendance per session and per person, completion, drop-outs. */
export const cohortStatsSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      kind: sessionKindSchema,
      number: z.number().int(),
      startsAt: z.string(),
      /** Members at the time and how many of them attended (came, came late or made up); null before it ends. */
      expected: z.number().int().nullable(),
      attended: z.number().int().nullable(),
    }),
  ),
  people: z.array(
    personRefSchema.extend({
      /** Sessions over so far while they were a member, and of those attended. */
      held: z.number().int(),
      attended: z.number().int(),
      state: progressStateSchema.or(z.literal('left')),
    }),
  ),
  completion: z.object({
    members: z.number().int(),
    complete: z.number().int(),
    ready: z.number().int(),
  }),
  departures: z.array(
    personRefSchema.extend({
      reason: departureReasonSchema,
      note: z.string().nullable(),
      leftAt: z.iso.datetime({ offset: true }),
    }),
  ),
  /**
   * Completed mentors by where they are: matched = in a running pair; paused = only in paused
   * pairs; waiting = ready and neither.
   */
  afterCourse: z.object({
    waiting: z.number().int(),
    matched: z.number().int(),
    paused: z.number().int(),
  }),
});
export type CohortStats = z.infer<typeof cohortStatsSchema>;
