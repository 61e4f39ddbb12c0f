/**
 * Notifications (issue #10 point 8, #8 point 4, decision 043): one feature for the whole app. Other
 * features call `notify` with a kind from the registry below; each person chooses per kind and
 * channel (in-app, e-mail, SMS), quiet hours and a daily digest. E-mail and SMS carry only
 * "you have a new message in makker", a link and a signed stop link.
 */
import { z } from 'zod';

export const CHANNELS = ['in-app', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
/** The channels that leave makker (through the outbox); in-app is the list in makker itself. */
export type OutboundChannel = Exclude<Channel, 'in-app'>;

type Role = 'peer' | 'mentor' | 'staff' | 'researcher' | 'admin';
const PAIR: readonly Role[] = ['peer', 'mentor'];
const STAFF: readonly Role[] = ['staff', 'admin'];
const EVERYONE: readonly Role[] = ['peer', 'mentor', 'staff', 'researcher', 'admin'];

interface KindSpec {
  /** Who may receive it: the preferences page shows a kind to those who hold one of these roles. */
  audience: readonly Role[];
  /** The channels on until the person chooses otherwise. SMS is never on by default (no number yet). */
  defaults: readonly Channel[];
  /** Shown in makker only (the in-app list and the preferences page); never in an e-mail or SMS. */
  title: { da: string; en: string };
  text: { da: string; en: string };
}

/** Every kind of notification, with its texts and default channels. A new kind is added here. */
export const NOTIFICATION_KINDS = {
  'meeting.reminder': {
    audience: PAIR,
    defaults: ['in-app', 'email'],
    title: { da: 'Møde i morgen', en: 'Meeting tomorrow' },
    text: { da: 'Du har et møde med din makker i morgen.', en: 'You are meeting your buddy tomorrow.' },
  },
  'mentorship.slip': {
    audience: PAIR,
    defaults: ['in-app', 'email'],
    title: { da: 'Det er et stykke tid siden', en: 'It has been a while' },
    text: {
      da: 'I har ikke skrevet et møde ind i et stykke tid. Måske er det tid til at finde en dag?',
      en: 'You have not logged a meeting for a while. Perhaps it is time to find a day?',
    },
  },
  'mentorship.slip-staff': {
    audience: STAFF,
    defaults: ['in-app', 'email'],
    title: { da: 'Et par mødes ikke', en: 'A pair is not meeting' },
    text: {
      da: 'Et par har ikke skrevet et møde ind i mere end dobbelt så lang tid som aftalt.',
      en: 'A pair has not logged a meeting for more than twice the agreed interval.',
    },
  },
  'pair.message': {
    audience: PAIR,
    defaults: ['in-app', 'email'],
    title: { da: 'Ny besked fra din makker', en: 'New message from your buddy' },
    text: { da: 'Du har fået en ny besked.', en: 'You have a new message.' },
  },
  'group.post': {
    audience: EVERYONE,
    defaults: ['in-app'],
    title: { da: 'Nyt i gruppen', en: 'New in the group' },
    text: { da: 'Der er et nyt opslag i gruppen.', en: 'There is a new post in the group.' },
  },
  'event.update': {
    audience: EVERYONE,
    defaults: ['in-app', 'email'],
    title: { da: 'Nyt om et arrangement', en: 'News about an event' },
    text: {
      da: 'Der er nyt om et arrangement, du er tilmeldt.',
      en: 'There is news about an event you signed up for.',
    },
  },
} as const satisfies Record<string, KindSpec>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export const notificationKindSchema = z.enum(KIND_NAMES as [NotificationKind, ...NotificationKind[]]);

/** The only words an e-mail or SMS says about what happened (no names, no details). */
export const GENERIC_MESSAGE = {
  subject: 'Ny besked i makker',
  da: 'Du har en ny besked i makker.',
  en: 'You have a new message in makker.',
};

export const programmeParamsSchema = z.object({ programmeId: z.uuid() });

export const notificationItemSchema = z.object({
  id: z.uuid(),
  kind: notificationKindSchema,
  /** A path in makker, e.g. /min-side/makker. */
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;

export const myNotificationsSchema = z.object({
  unread: z.number().int(),
  items: z.array(notificationItemSchema),
});
export type MyNotifications = z.infer<typeof myNotificationsSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const markReadRequestSchema = z.object({ ids: z.array(z.uuid()).max(200).optional() }).strict();
export type MarkReadRequest = z.infer<typeof markReadRequestSchema>;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const quietHoursSchema = z
  .object({ from: timeSchema, to: timeSchema })
  .refine((q) => q.from !== q.to, { path: ['to'], message: 'to differs from from' });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/** Until a person chooses: quiet from 22:00 to 08:00 Copenhagen time. */
export const DEFAULT_QUIET_HOURS: QuietHours = { from: '22:00', to: '08:00' };

export const kindChoiceSchema = z.object({
  kind: notificationKindSchema,
  channels: z.object({ 'in-app': z.boolean(), email: z.boolean(), sms: z.boolean() }),
});

export const notificationSettingsSchema = z.object({
  kinds: z.array(kindChoiceSchema),
  quietHours: quietHoursSchema.nullable(),
  digest: z.boolean(),
  /** Where SMS go; without one no SMS is sent. */
  phone: z.string().nullable(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const saveNotificationSettingsSchema = z
  .object({
    kinds: z.array(kindChoiceSchema).max(KIND_NAMES.length),
    quietHours: quietHoursSchema.nullable(),
    digest: z.boolean(),
    phone: z.string().trim().max(30).nullable(),
  })
  .strict();
export type SaveNotificationSettings = z.infer<typeof saveNotificationSettingsSchema>;

export const stopRequestSchema = z.object({ token: z.string().min(1).max(1000) }).strict();
export const stoppedSchema = z.object({
  /** The kind stopped, or null when the link stops every kind on the channel (a digest's). */
  kind: notificationKindSchema.nullable(),
  channel: z.enum(['email', 'sms']),
});
export type Stopped = z.infer<typeof stoppedSchema>;
