/**
 * Matching on the people's own wishes (issue #7): the wishes profile of a peer or mentor, the
 * programme's matching settings (activities, areas, weights, capacity), and matching rounds with
 * their explained proposals. Shared by server and web.
 */
import { z } from 'zod';
import { PART_OF_DAY } from '../intake/intake.contract.ts';

export const programmeParamsSchema = z.object({ programmeId: z.uuid() });
export const personParamsSchema = programmeParamsSchema.extend({ userId: z.uuid() });
export const roundParamsSchema = programmeParamsSchema.extend({ roundId: z.uuid() });

export { PART_OF_DAY };
export type PartOfDay = (typeof PART_OF_DAY)[number];
/** One weekday × part of the day, `4-afternoon` = Thursday afternoon (ISO weekdays, 1 = Monday). */
export const slotSchema = z.string().regex(/^[1-7]-(morning|afternoon|evening)$/);
export const SUBSTANCES = ['alcohol', 'drugs', 'both'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const PARTNER_GENDERS = ['any', 'female', 'male'] as const;
/** Languages offered on the form (ISO 639-1). */
export const LANGUAGES = ['da', 'en', 'de', 'pl', 'uk', 'ar', 'tr', 'so', 'fa', 'ro'] as const;
const keySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/);

export const wishesSchema = z.object({
  /** Keys of the programme's activity list. */
  activities: z.array(keySchema).max(40),
  availability: z.array(slotSchema).max(21),
  /** One of the programme's areas (part of the municipality), or none given. */
  area: z.string().trim().max(80).nullable(),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length),
  /** The person's own gender, as they state it (for the partner's gender wish). */
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  partnerGender: z.enum(PARTNER_GENDERS),
  partnerAge: z
    .object({ min: z.number().int().min(18).max(120), max: z.number().int().min(18).max(120) })
    .refine((a) => a.min <= a.max, { message: 'min ≤ max', path: ['max'] })
    .nullable(),
  background: z.enum(SUBSTANCES).nullable(),
  sameBackgroundMatters: z.boolean(),
  /** "Hvad betyder noget for mig i en mentor/peer" — encrypted at rest, for staff and the person. */
  freeWords: z.string().trim().max(2000),
  /** "People I must not be matched with", in the person's words — for staff only (decision 035). */
  avoidNames: z.string().trim().max(500),
});
export type Wishes = z.infer<typeof wishesSchema>;

export const EMPTY_WISHES: Wishes = {
  activities: [],
  availability: [],
  area: null,
  languages: ['da'],
  gender: null,
  birthYear: null,
  partnerGender: 'any',
  partnerAge: null,
  background: null,
  sameBackgroundMatters: false,
  freeWords: '',
  avoidNames: '',
};

export const activitySchema = z.object({
  key: keySchema,
  label: z.object({ da: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(60) }),
});
export type Activity = z.infer<typeof activitySchema>;

export const personRefSchema = z.object({ userId: z.uuid(), name: z.string() });

export const wishesProfileSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(['peer', 'mentor']),
  wishes: wishesSchema,
  /** Staff's pause (after a relapse): never proposed while paused. */
  paused: z.boolean(),
  /** Not saved yet: the wishes are a first draft from the person's approved application. */
  draftFromApplication: z.boolean(),
  updatedAt: z.iso.datetime().nullable(),
  /** The programme's lists to choose from. */
  choices: z.object({ activities: z.array(activitySchema), areas: z.array(z.string()) }),
});
export type WishesProfile = z.infer<typeof wishesProfileSchema>;

/** What staff see: the profile and the people it must never be matched with. */
export const staffWishesProfileSchema = wishesProfileSchema.extend({
  mustNotMatch: z.array(personRefSchema),
  /** Others in the programme's matching pool staff can mark (the other role). */
  candidates: z.array(personRefSchema),
});
export type StaffWishesProfile = z.infer<typeof staffWishesProfileSchema>;

export const saveWishesRequestSchema = z.object({ wishes: wishesSchema });
export const staffSaveWishesRequestSchema = z.object({ wishes: wishesSchema, paused: z.boolean() });
export const mustNotMatchRequestSchema = z.object({ otherUserId: z.uuid() });

export const SCORE_PARTS = ['activities', 'availability', 'area', 'age', 'background', 'language'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
export const weightsSchema = z.object(
  Object.fromEntries(SCORE_PARTS.map((p) => [p, z.number().int().min(0).max(10)])) as Record<
    ScorePart,
    z.ZodNumber
  >,
);
export type Weights = z.infer<typeof weightsSchema>;

export const matchingSettingsSchema = z.object({
  activities: z
    .array(activitySchema)
    .min(1)
    .max(40)
    .refine((list) => new Set(list.map((a) => a.key)).size === list.length, { message: 'unique keys' }),
  areas: z.array(z.string().trim().min(1).max(80)).max(40),
  /** Peers a mentor may have at once. */
  mentorCapacity: z.number().int().min(1).max(5),
  weights: weightsSchema,
});
export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;

const activity = (key: string, da: string, en: string): Activity => ({ key, label: { da, en } });
/** Until a programme saves its own: Vejle's list (keys shared with the application's interests). */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  activities: [
    activity('walk', 'gåture', 'walks'),
    activity('cafe', 'café', 'café'),
    activity('football', 'fodbold', 'football'),
    activity('training', 'træning', 'training'),
    activity('fishing', 'fiskeri', 'fishing'),
    activity('cooking', 'madlavning', 'cooking'),
    activity('coffee', 'en kop kaffe', 'a cup of coffee'),
    activity('nature', 'naturen', 'nature'),
    activity('culture', 'kultur', 'culture'),
    activity('games', 'brætspil', 'board games'),
  ],
  areas: ['Vejle midtby', 'Vejle Nord', 'Jelling', 'Give', 'Egtved', 'Børkop', 'Brædstrup'],
  mentorCapacity: 1,
  weights: { activities: 4, availability: 3, area: 2, age: 1, background: 2, language: 2 },
};

/** Why a pair is never proposed. */
export const HARD_REASONS = [
  'mentor-not-ready',
  'paused',
  'at-capacity',
  'must-not-match',
  'gender-wish',
  'no-shared-time',
  'forbidden',
] as const;
export type HardReason = (typeof HARD_REASONS)[number];

export const scorePartSchema = z.object({
  part: z.enum(SCORE_PARTS),
  /** Points of 100 this part adds, and the most it could add with these weights. */
  points: z.number(),
  maxPoints: z.number(),
  /** Shared activity keys, shared slots, or nothing, to word the part. */
  shared: z.array(z.string()),
  /** 'met' | 'partly' | 'not-met' | 'no-wish' (age, background); 'met'/'not-met' otherwise. */
  outcome: z.enum(['met', 'partly', 'not-met', 'no-wish']),
});
export type ScorePartDetail = z.infer<typeof scorePartSchema>;

export const pairSchema = z.object({
  peerId: z.uuid(),
  mentorId: z.uuid(),
  score: z.number(),
  parts: z.array(scorePartSchema),
  pinned: z.boolean(),
});
export type Pair = z.infer<typeof pairSchema>;

export const roundPersonSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: z.enum(['peer', 'mentor']),
  /** Mentors: places left in this round. */
  freePlaces: z.number().int().nullable(),
  /** Why this person cannot be matched now (null: in the pool). */
  excluded: z.enum(['mentor-not-ready', 'paused', 'at-capacity', 'no-profile']).nullable(),
  /** The next best admissible partners, best first (not the proposal itself). */
  alternatives: z.array(z.object({ userId: z.uuid(), score: z.number() })),
});
export type RoundPerson = z.infer<typeof roundPersonSchema>;

export const roundStatusSchema = z.enum(['open', 'closed']);
export const roundSummarySchema = z.object({
  id: z.uuid(),
  status: roundStatusSchema,
  openedAt: z.iso.datetime(),
  openedBy: z.string().nullable(),
  approved: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummarySchema>;

export const pinSchema = z.object({
  peerId: z.uuid(),
  mentorId: z.uuid(),
  kind: z.enum(['pin', 'forbid']),
});
export type Pin = z.infer<typeof pinSchema>;

export const approvedSchema = z.object({
  id: z.uuid(),
  peerId: z.uuid(),
  mentorId: z.uuid(),
  peerName: z.string(),
  mentorName: z.string(),
  score: z.number(),
  approvedAt: z.iso.datetime(),
});

export const roundDetailSchema = roundSummarySchema.extend({
  weights: weightsSchema,
  activities: z.array(activitySchema),
  peers: z.array(roundPersonSchema),
  mentors: z.array(roundPersonSchema),
  proposals: z.array(pairSchema),
  pins: z.array(pinSchema),
  approvedPairs: z.array(approvedSchema),
  /** Peers in the pool without a proposal. */
  unmatched: z.array(z.uuid()),
  total: z.number(),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const roundListSchema = z.object({ rounds: z.array(roundSummarySchema) });
export const previewRequestSchema = z.object({ weights: weightsSchema });
export const previewSchema = z.object({
  proposals: z.array(pairSchema),
  total: z.number(),
  /** Peers whose proposed mentor differs from the round's current proposals. */
  changed: z.array(z.uuid()),
});
export type Preview = z.infer<typeof previewSchema>;
export const pairDetailRequestSchema = z.object({ peerId: z.uuid(), mentorId: z.uuid() });
export const pairDetailSchema = z.object({
  peerId: z.uuid(),
  mentorId: z.uuid(),
  /** null: admissible, with its score; else why it is never proposed. */
  blocked: z.array(z.enum(HARD_REASONS)),
  score: z.number(),
  parts: z.array(scorePartSchema),
});
export type PairDetail = z.infer<typeof pairDetailSchema>;
export const approveRequestSchema = z.object({
  pairs: z.array(pairDetailRequestSchema).min(1).max(500),
});

/** What a person shares with a possible match, opt-in (decision 041). */
export const shareChoicesSchema = z.object({
  firstName: z.boolean(),
  activities: z.boolean(),
  background: z.boolean(),
});
export type ShareChoices = z.infer<typeof shareChoicesSchema>;
export const NOTHING_SHARED: ShareChoices = { firstName: false, activities: false, background: false };
export const shareSchema = z.object({
  choices: shareChoicesSchema,
  /** "A few words about me" for a possible match — encrypted at rest. */
  words: z.string().trim().max(300),
});
export type Share = z.infer<typeof shareSchema>;

export const PROPOSAL_STATUS = ['approved', 'offered', 'accepted', 'declined', 'started'] as const;
export const proposalParamsSchema = programmeParamsSchema.extend({ proposalId: z.uuid() });
export const meetingSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  place: z.enum(['cafe', 'staff']),
  /** Where exactly, in staff's words ("Café Makker, Nørregade 3"). */
  note: z.string().trim().max(200),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const answerRequestSchema = z.object({
  accept: z.boolean(),
  /** Why, optional — read by staff only, encrypted at rest. */
  reason: z.string().trim().max(1000).optional(),
});

/** What one person sees of an offer: the other's shared presentation and why they were matched. */
export const myOfferSchema = z.object({
  id: z.uuid(),
  role: z.enum(['peer', 'mentor']),
  status: z.enum(PROPOSAL_STATUS),
  other: z.object({
    firstName: z.string().nullable(),
    words: z.string().nullable(),
    /** Labels of the activities they like, when shared. */
    activities: z.array(z.string()).nullable(),
    background: z.enum(SUBSTANCES).nullable(),
  }),
  /** The explained parts of the score (background only when the other shared it). */
  parts: z.array(scorePartSchema),
  activities: z.array(activitySchema),
  meeting: meetingSchema.nullable(),
  /** The caller's own answer; the other's is never shown (decision 041). */
  myAnswer: z.enum(['accept', 'decline']).nullable(),
  mentorshipId: z.uuid().nullable(),
});
export type MyOffer = z.infer<typeof myOfferSchema>;
export const myOffersSchema = z.object({ offers: z.array(myOfferSchema) });

/** What staff see of a proposal after approval, with both answers and reasons (audited). */
export const staffProposalSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  peerId: z.uuid(),
  mentorId: z.uuid(),
  peerName: z.string(),
  mentorName: z.string(),
  score: z.number(),
  status: z.enum(PROPOSAL_STATUS),
  approvedAt: z.iso.datetime(),
  offeredAt: z.iso.datetime().nullable(),
  peerAnswer: z.enum(['accept', 'decline']).nullable(),
  peerReason: z.string().nullable(),
  mentorAnswer: z.enum(['accept', 'decline']).nullable(),
  mentorReason: z.string().nullable(),
  meeting: meetingSchema.nullable(),
  mentorshipId: z.uuid().nullable(),
});
export type StaffProposal = z.infer<typeof staffProposalSchema>;

/** Point 8: time waiting per person in the pool, and how proposals were received. */
export const matchingStatsSchema = z.object({
  waiting: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      role: z.enum(['peer', 'mentor']),
      /** Since the wishes profile was first saved (decision 041). */
      since: z.iso.datetime(),
      days: z.number().int(),
    }),
  ),
  proposals: z.object({
    offered: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    /** accepted / (accepted + declined), null before any was answered by both. */
    acceptanceRate: z.number().nullable(),
  }),
});
export type MatchingStats = z.infer<typeof matchingStatsSchema>;
export const proposalListSchema = z.object({
  proposals: z.array(staffProposalSchema),
  stats: matchingStatsSchema,
});
