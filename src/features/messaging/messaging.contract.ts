/**
 * Messages between a pair (issue #10 point 7, decision 048): each pair's private thread for
 * arranging meetings, readable only by its two people; a message either of them reports is the
 * only thing staff ever see of it.
 */
import { z } from 'zod';

const uuid = z.uuid();

/** A message is a short plain text (no markup is ever rendered). */
export const MESSAGE_MAX_LENGTH = 2000;
export const REPORT_REASON_MAX_LENGTH = 500;
/** A closed pair's thread is kept this long after the closure, then deleted (decision 048). */
export const THREAD_RETENTION_DAYS = 90;
/** The thread states in which the pair may write (a closed pair's thread is read-only). */
export const WRITABLE_STATES = ['active', 'paused', 'ending'] as const;

export const programmeParamsSchema = z.object({ programmeId: uuid });
export const threadParamsSchema = z.object({ programmeId: uuid, mentorshipId: uuid });
export const messageParamsSchema = threadParamsSchema.extend({ messageId: uuid });
export const reportParamsSchema = z.object({ programmeId: uuid, reportId: uuid });

export const sendMessageRequestSchema = z.object({
  text: z.string().trim().min(1).max(MESSAGE_MAX_LENGTH),
});
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

export const reportMessageRequestSchema = z.object({
  reason: z.string().trim().max(REPORT_REASON_MAX_LENGTH).optional(),
});
export type ReportMessageRequest = z.infer<typeof reportMessageRequestSchema>;

/** One message as one of the pair sees it: who wrote it is "me" or "partner", never a name. */
export const pairMessageSchema = z.object({
  id: uuid,
  from: z.enum(['me', 'partner']),
  text: z.string(),
  sentAt: z.iso.datetime(),
  /** The caller reported this (partner's) message; staff can read it. */
  reportedByMe: z.boolean(),
});
export type PairMessage = z.infer<typeof pairMessageSchema>;

export const pairThreadSchema = z.object({
  mentorshipId: uuid,
  /** Whether the pair may still write (their mentorship has not closed). */
  writable: z.boolean(),
  /** The newest messages, oldest first. */
  messages: z.array(pairMessageSchema),
});
export type PairThread = z.infer<typeof pairThreadSchema>;

/** The caller's threads in a programme, newest pair first. */
export const myThreadsSchema = z.object({
  threads: z.array(
    z.object({
      mentorshipId: uuid,
      partnerName: z.string().nullable(),
      writable: z.boolean(),
      messageCount: z.number().int(),
    }),
  ),
});
export type MyThreads = z.infer<typeof myThreadsSchema>;

export const reportCreatedSchema = z.object({ id: uuid });

/** A reported message as staff see it: that message only, who wrote and who reported it. */
export const reportedMessageSchema = z.object({
  id: uuid,
  mentorshipId: uuid,
  text: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  sender: z.object({ side: z.enum(['peer', 'mentor']).nullable(), name: z.string().nullable() }),
  reporterName: z.string().nullable(),
  reason: z.string().nullable(),
  reportedAt: z.iso.datetime(),
  handledAt: z.iso.datetime().nullable(),
});
export type ReportedMessage = z.infer<typeof reportedMessageSchema>;

export const reportedMessagesSchema = z.object({
  open: z.array(reportedMessageSchema),
  /** Handled in the last 30 days, newest first. */
  handled: z.array(reportedMessageSchema),
});
export type ReportedMessages = z.infer<typeof reportedMessagesSchema>;
