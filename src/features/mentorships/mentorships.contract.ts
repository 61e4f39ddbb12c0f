/**
 * Mentorships (issue #8): a peer and a mentor's six months (forløb), their meetings, pauses and
 * ending, as the pair and staff see them. The partner never sees the other's rating of a
 * meeting, nor why a pause or an early end happened: those fields exist only in staff views.
 */
import { z } from 'zod';
import { END_REASONS, MENTORSHIP_STATES, RHYTHMS } from './mentorship-states.ts';

/** Rough kinds of place; never a home (the form says why). */
export const PLACE_TYPES = ['cafe', 'walk', 'sport', 'programme-cafe', 'other'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];
export const MEETING_STATUSES = ['planned', 'happened', 'moved', 'cancelled'] as const;

const dateSchema = z.iso.date();
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const uuid = z.uuid();
const stateSchema = z.enum(MENTORSHIP_STATES);
const rhythmSchema = z.enum(RHYTHMS);
const ratingSchema = z.number().int().min(1).max(5);

/** A programme's rules for new mentorships: a pair's dates follow the rules when it started. */
export const mentorshipSettingsSchema = z.object({
  /** Planned length from the start. */
  months: z.number().int().min(1).max(24),
  /** Length of an extension both agree to. */
  extensionMonths: z.number().int().min(0).max(12),
  /** Whether a pause moves the planned end by its length. */
  pauseMovesEnd: z.boolean(),
});
export type MentorshipSettings = z.infer<typeof mentorshipSettingsSchema>;
export const DEFAULT_MENTORSHIP_SETTINGS: MentorshipSettings = {
  months: 6,
  extensionMonths: 3,
  pauseMovesEnd: true,
};

export const programmeParamsSchema = z.object({ programmeId: uuid });
export const mentorshipParamsSchema = z.object({ programmeId: uuid, mentorshipId: uuid });
export const meetingParamsSchema = mentorshipParamsSchema.extend({ meetingId: uuid });

export const startMentorshipRequestSchema = z.object({
  peerId: uuid,
  mentorId: uuid,
  startDate: dateSchema,
  rhythm: rhythmSchema,
});
export type StartMentorshipRequest = z.infer<typeof startMentorshipRequestSchema>;

export const planMeetingRequestSchema = z.object({
  date: dateSchema,
  time: timeSchema,
  placeType: z.enum(PLACE_TYPES),
  note: z.string().trim().max(500).default(''),
});
export type PlanMeetingRequest = z.input<typeof planMeetingRequestSchema>;

export const logMeetingRequestSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('happened'), rating: ratingSchema.optional() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('moved'), date: dateSchema, time: timeSchema }),
]);
export type LogMeetingRequest = z.infer<typeof logMeetingRequestSchema>;

export const rateMeetingRequestSchema = z.object({ rating: ratingSchema });

export const pauseRequestSchema = z.object({ reason: z.string().trim().min(1).max(1000) });
export const endRequestSchema = z.object({
  reason: z.enum(END_REASONS),
  note: z.string().trim().max(2000).default(''),
});
export type EndRequest = z.input<typeof endRequestSchema>;
export const changeRhythmRequestSchema = z.object({ rhythm: rhythmSchema });

const personSchema = z.object({ id: uuid, name: z.string() });

/** A meeting as one of the pair sees it: their own rating only. */
export const meetingSchema = z.object({
  id: uuid,
  startsAt: z.string(),
  placeType: z.enum(PLACE_TYPES),
  note: z.string(),
  status: z.enum(MEETING_STATUSES),
  homeFlagged: z.boolean(),
  myRating: ratingSchema.nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

const weekSchema = z.object({ week: dateSchema, mark: z.enum(['met', 'none', 'paused']) });
const rhythmKeptSchema = z.object({
  light: z.enum(['green', 'amber', 'red']).nullable(),
  meetingsLast4Weeks: z.number().int(),
  agreedLast4Weeks: z.number().int(),
  daysSinceLastMeeting: z.number().int().nullable(),
});

const courseFields = {
  id: uuid,
  state: stateSchema,
  rhythm: rhythmSchema,
  startDate: dateSchema,
  plannedEnd: dateSchema,
  extendedEnd: dateSchema.nullable(),
  endDate: dateSchema,
  pausedSince: dateSchema.nullable(),
  weeksLeft: z.number().int(),
  weeks: z.array(weekSchema),
};

/**
 * The question whether to go on (decision 042) as one of the pair sees it: their own answer and,
 * once both answered, the outcome — never the partner's answer.
 */
export const extensionViewSchema = z.object({
  asked: z.boolean(),
  myAnswer: z.boolean().nullable(),
  outcome: z.enum(['extended', 'declined']).nullable(),
  /** How many months more the question is about (the programme's extension setting). */
  months: z.number().int(),
});
export type ExtensionView = z.infer<typeof extensionViewSchema>;
export const extensionAnswerRequestSchema = z.object({ wantsToContinue: z.boolean() });

/** The pair's page: what one of the two sees. */
export const pairViewSchema = z.object({
  ...courseFields,
  programmeId: uuid,
  me: z.enum(['peer', 'mentor']),
  partner: personSchema.nullable(),
  /** Who of the pair said they are ready to go on after a pause (not why it was paused). */
  resumeAgreed: z.object({ me: z.boolean(), partner: z.boolean() }),
  /** Who ended it early, when it is ending: the partner is told kindly, never why. */
  endedBy: z.enum(['me', 'partner', 'staff']).nullable(),
  nextMeeting: meetingSchema.nullable(),
  meetings: z.array(meetingSchema),
  extension: extensionViewSchema,
  can: z.object({
    pause: z.boolean(),
    agreeResume: z.boolean(),
    end: z.boolean(),
    planMeeting: z.boolean(),
    answerExtension: z.boolean(),
  }),
});
export type PairView = z.infer<typeof pairViewSchema>;
export const myMentorshipsSchema = z.object({ mentorships: z.array(pairViewSchema) });
export type MyMentorships = z.infer<typeof myMentorshipsSchema>;

/** A meeting as staff see it: both ratings and any home flag. */
export const staffMeetingSchema = meetingSchema.omit({ myRating: true }).extend({
  homeFlag: z.enum(['home-word', 'floor-or-door']).nullable(),
  ratings: z.object({ peer: ratingSchema.nullable(), mentor: ratingSchema.nullable() }),
});
export const mentorshipEventSchema = z.object({
  type: z.string(),
  from: stateSchema,
  to: stateSchema,
  by: z.enum(['peer', 'mentor', 'staff', 'matching']),
  actor: personSchema.nullable(),
  at: z.string(),
  reason: z.string().nullable(),
  /** The free text of a pause or an early end (staff only). */
  note: z.string().nullable(),
});

export const TASK_KIND_NAMES = [
  'follow-up-pause',
  'offer-rematch',
  'closure',
  'rhythm-slipped',
  'own',
] as const;
/** A staff task of a pair: opened by a step, a slip or staff; done by whom, when. */
export const staffTaskSchema = z.object({
  id: uuid,
  kind: z.enum(TASK_KIND_NAMES),
  /** Staff's own text (own tasks only). */
  text: z.string().nullable(),
  dueOn: dateSchema.nullable(),
  createdAt: z.string(),
  createdBy: personSchema.nullable(),
  doneAt: z.string().nullable(),
  doneBy: personSchema.nullable(),
});
export type StaffTask = z.infer<typeof staffTaskSchema>;
export const staffNoteSchema = z.object({
  id: uuid,
  at: z.string(),
  author: personSchema.nullable(),
  text: z.string(),
});
export const addTaskRequestSchema = z.object({
  text: z.string().trim().min(1).max(500),
  dueOn: dateSchema.nullable().default(null),
});
export const addNoteRequestSchema = z.object({ text: z.string().trim().min(1).max(4000) });
export const taskParamsSchema = mentorshipParamsSchema.extend({ taskId: uuid });

/** One line of a pair's timeline: a step, a meeting, a task opened or done, a note. */
export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(['step', 'meeting', 'task-opened', 'task-done', 'note']),
  /** The step's type, the meeting's status or the task's kind. */
  what: z.string(),
  by: personSchema.nullable(),
  /** The step's reason code, the meeting's place type, a task's or note's text. */
  detail: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** One pair for staff: everything, with the history and why. */
export const staffMentorshipSchema = z.object({
  ...courseFields,
  peer: personSchema.nullable(),
  mentor: personSchema.nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  resumeAgreed: z.array(z.enum(['peer', 'mentor'])),
  rhythmKept: rhythmKeptSchema,
  meetings: z.array(staffMeetingSchema),
  history: z.array(mentorshipEventSchema),
  tasks: z.array(staffTaskSchema),
  notes: z.array(staffNoteSchema),
  /** Everything above in one list, newest first. */
  timeline: z.array(timelineEntrySchema),
  extensionOutcome: z.enum(['extended', 'declined']).nullable(),
});
export type StaffMentorship = z.infer<typeof staffMentorshipSchema>;

export const overviewQuerySchema = z.object({
  state: stateSchema.optional(),
  light: z.enum(['green', 'amber', 'red']).optional(),
  q: z.string().trim().max(100).optional(),
  /** Pairs whose mentor's latest cohort is this one. */
  cohort: uuid.optional(),
  /** Only pairs with open staff tasks. */
  tasks: z.literal('open').optional(),
  /** Only pairs due to end: not closed, ending or ending within 4 weeks. */
  due: z.literal('soon').optional(),
  /** How many of those who need a call first to list (decision 044: only those are read and audited). */
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type OverviewQuery = z.input<typeof overviewQuerySchema>;

export const overviewRowSchema = z.object({
  id: uuid,
  peer: personSchema.nullable(),
  mentor: personSchema.nullable(),
  state: stateSchema,
  rhythm: rhythmSchema,
  startDate: dateSchema,
  endDate: dateSchema,
  ...rhythmKeptSchema.shape,
  homeFlags: z.number().int(),
  nextMeeting: z.string().nullable(),
  openTasks: z.number().int(),
  cohort: personSchema.nullable(),
  dueToEnd: z.boolean(),
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;
export const overviewSchema = z.object({
  pairs: z.array(overviewRowSchema),
  /** How many pairs the filter matched (the list holds the first `limit`). */
  total: z.number().int(),
  counts: z.record(stateSchema, z.number().int()),
  /** The cohorts of the programme's mentors in pairs, for the filter. */
  cohorts: z.array(personSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

export const candidatesSchema = z.object({
  peers: z.array(personSchema.extend({ hasOpen: z.boolean() })),
  mentors: z.array(personSchema.extend({ open: z.number().int() })),
});
export type Candidates = z.infer<typeof candidatesSchema>;

/** A count for figures: null means 1–4 ("< 5"), shown so in a cohort's line (decision 044). */
const figureCount = z.number().int().nullable();
export const figureRowSchema = z.object({
  /** The cohort's name ('' for the whole programme). */
  name: z.string(),
  cohortId: uuid.nullable(),
  pairs: figureCount,
  meetingsPerPairMonth: z.number().nullable(),
  /** Percent of running pairs with a green light. */
  onRhythmShare: z.number().int().nullable(),
  pauses: figureCount,
  extensions: figureCount,
  plannedEndings: figureCount,
  earlyEndings: figureCount,
  earlyReasons: z.object({
    moved: figureCount,
    'lost-contact': figureCount,
    relapse: figureCount,
    'not-a-good-match': figureCount,
    other: figureCount,
  }),
  rematches: figureCount,
});
export type FigureRow = z.infer<typeof figureRowSchema>;
export const mentorshipFiguresSchema = z.object({
  programme: figureRowSchema,
  cohorts: z.array(figureRowSchema),
});
export type MentorshipFigures = z.infer<typeof mentorshipFiguresSchema>;
