/**
 * Community (issue #10, points 1–3): the programme's drop-in café (recurring sessions, the staff
 * rota, cancellations, a light check-in) and its events (sign-up with a waiting list, reminders,
 * attendance).
 */
import { z } from 'zod';

export const programmeParamsSchema = z.object({ programmeId: z.uuid() });
export const cafeSessionParamsSchema = programmeParamsSchema.extend({ cafeSessionId: z.uuid() });
export const cafeVisitParamsSchema = cafeSessionParamsSchema.extend({ userId: z.uuid() });
export const cafeSlotParamsSchema = programmeParamsSchema.extend({ slotId: z.uuid() });
export const eventParamsSchema = programmeParamsSchema.extend({ eventId: z.uuid() });
export const eventAttendanceParamsSchema = eventParamsSchema.extend({ userId: z.uuid() });
export const cafeFeedParamsSchema = z.object({ slug: z.string().min(1).max(100) });

export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** A weekly café time: ISO weekday (1 Monday … 7 Sunday), start and end on a Copenhagen clock. */
export const cafeSlotRequestSchema = z
  .object({
    weekday: z.number().int().min(1).max(7),
    start: timeSchema,
    end: timeSchema,
    place: z.string().trim().min(1).max(200),
  })
  .strict()
  .refine((s) => s.end > s.start, { path: ['end'], message: 'end after start' });
export type CafeSlotRequest = z.infer<typeof cafeSlotRequestSchema>;
export const cafeSlotSchema = z.object({
  id: z.uuid(),
  weekday: z.number().int(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
});
export type CafeSlot = z.infer<typeof cafeSlotSchema>;
/** A changed or stopped weekly time, and how many who usually come were told by e-mail. */
export const cafeSlotChangedSchema = z.object({ slot: cafeSlotSchema, notified: z.number().int() });
export const cafeSlotEndedSchema = z.object({ notified: z.number().int() });

export const cafeSessionSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  /** The staff member on duty, or null while the rota has a gap. */
  host: personRefSchema.nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string(),
});
export type CafeSession = z.infer<typeof cafeSessionSchema>;

/** The café as staff see it: weekly times, sessions with how many came (counts, no names), the rota. */
export const cafeOverviewSchema = z.object({
  slots: z.array(cafeSlotSchema),
  sessions: z.array(cafeSessionSchema.extend({ visits: z.number().int() })),
  /** Who can be put on the rota. */
  staff: z.array(personRefSchema),
  feedUrl: z.string(),
});
export type CafeOverview = z.infer<typeof cafeOverviewSchema>;

export const cafeHostRequestSchema = z.object({ hostId: z.uuid().nullable() }).strict();
export const cafeCancelRequestSchema = z.object({ reason: z.string().trim().max(300) }).strict();
export const cafeCancelledSchema = z.object({ session: cafeSessionSchema, notified: z.number().int() });

/** The check-in list of one session: the programme's peers and mentors and who of them came. */
export const cafeCheckInListSchema = z.object({
  session: cafeSessionSchema,
  people: z.array(personRefSchema.extend({ came: z.boolean(), via: z.enum(['staff', 'code']).nullable() })),
});
export type CafeCheckInList = z.infer<typeof cafeCheckInListSchema>;
export const cafeVisitRequestSchema = z.object({ came: z.boolean() }).strict();
export const cafeVisitSchema = z.object({ userId: z.uuid(), came: z.boolean() });

/** The code shown in the room: six digits, valid until `expiresAt`. */
export const cafeCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });
export const checkInRequestSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '6 digits'),
  })
  .strict();
export const checkedInSchema = z.object({ session: cafeSessionSchema });

export const EVENT_AUDIENCES = ['peers', 'mentors', 'both'] as const;
export const eventAudienceSchema = z.enum(EVENT_AUDIENCES);
export type EventAudience = z.infer<typeof eventAudienceSchema>;

export const createEventRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000),
    place: z.string().trim().min(1).max(200),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    capacity: z.number().int().min(1).max(500),
    costKr: z.number().int().min(0).max(100_000),
    signUpDeadline: z.iso.datetime({ offset: true }),
    audience: eventAudienceSchema,
    guestAllowed: z.boolean(),
  })
  .strict()
  .refine((e) => new Date(e.endsAt) > new Date(e.startsAt), { path: ['endsAt'], message: 'end after start' })
  .refine((e) => new Date(e.signUpDeadline) <= new Date(e.startsAt), {
    path: ['signUpDeadline'],
    message: 'deadline before start',
  });
export type CreateEventRequest = z.infer<typeof createEventRequestSchema>;
/** Editing an event takes the same fields as creating it. */
export const updateEventRequestSchema = createEventRequestSchema;
export const cancelEventRequestSchema = z.object({ reason: z.string().trim().min(1).max(500) }).strict();
export type CancelEventRequest = z.infer<typeof cancelEventRequestSchema>;

export const eventSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  costKr: z.number().int(),
  signUpDeadline: z.string(),
  audience: eventAudienceSchema,
  guestAllowed: z.boolean(),
  /** When staff cancelled it (then `cancelReason` says why), or null. */
  cancelledAt: z.string().nullable(),
  cancelReason: z.string(),
  /** Places taken, guests included. */
  taken: z.number().int(),
  waiting: z.number().int(),
  attended: z.number().int(),
});
export type CommunityEvent = z.infer<typeof eventSchema>;
export const eventListSchema = z.object({ events: z.array(eventSchema) });

export const signUpStatusSchema = z.enum(['confirmed', 'waiting']);
export type SignUpStatus = z.infer<typeof signUpStatusSchema>;
export const eventSignUpSchema = personRefSchema.extend({
  status: signUpStatusSchema,
  guest: z.boolean(),
  attended: z.boolean().nullable(),
});
/** An event as staff run it: who has a place, the waiting list in order, who came. */
export const eventDetailSchema = z.object({
  event: eventSchema,
  confirmed: z.array(eventSignUpSchema),
  waitingList: z.array(eventSignUpSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;
export const eventAttendanceRequestSchema = z.object({ attended: z.boolean() }).strict();

export const signUpRequestSchema = z.object({ guest: z.boolean() }).strict();
/** The caller's own place: confirmed, on the waiting list (with their number in the queue), or none. */
export const mySignUpSchema = z.object({
  status: signUpStatusSchema.nullable(),
  guest: z.boolean(),
  queuePosition: z.number().int().nullable(),
});
export type MySignUp = z.infer<typeof mySignUpSchema>;

/** A peer's or mentor's community page: café times, their own visits, events and their places. */
export const myCommunitySchema = z.object({
  cafe: z.array(cafeSessionSchema),
  feedUrl: z.string(),
  visits: z.object({
    total: z.number().int(),
    recent: z.array(z.object({ startsAt: z.string(), place: z.string() })),
  }),
  events: z.array(eventSchema.extend({ mine: mySignUpSchema, mayCome: z.boolean() })),
});
export type MyCommunity = z.infer<typeof myCommunitySchema>;
