/**
 * The closed group (issue #10, points 4–6): one online group per programme for its peers,
 * mentors and staff, with posts, comments, images, reactions, pins, reports, a moderation queue
 * and a word list that holds posts for review (decision 047).
 */
import { z } from 'zod';

export const programmeParamsSchema = z.object({ programmeId: z.uuid() });
export const postParamsSchema = programmeParamsSchema.extend({ postId: z.uuid() });

export const GROUP_REACTION_KINDS = ['heart', 'thumbs-up', 'strong'] as const;
export type GroupReactionKind = (typeof GROUP_REACTION_KINDS)[number];
export const GROUP_POST_MAX_CHARS = 4000;
export const GROUP_COMMENT_MAX_CHARS = 1000;
/** Base64 of an image of at most 8 MB (the programme images' limit), with room to say it is too large. */
const IMAGE_MAX_BASE64 = Math.ceil((8 * 1024 * 1024 * 1.25) / 3) * 4;

/** How a member appears: first name and role, or the full name when they chose to share it. */
export const memberRefSchema = z.object({
  displayName: z.string(),
  role: z.enum(['peer', 'mentor', 'staff']),
  mine: z.boolean(),
});
export type MemberRef = z.infer<typeof memberRefSchema>;

export const commentSchema = z.object({
  id: z.uuid(),
  author: memberRefSchema.nullable(),
  body: z.string(),
  /** `held` only ever reaches the comment's own author. */
  status: z.enum(['published', 'held']),
  createdAt: z.string(),
});
export type GroupComment = z.infer<typeof commentSchema>;

export const postSchema = z.object({
  id: z.uuid(),
  author: memberRefSchema.nullable(),
  body: z.string(),
  status: z.enum(['published', 'held']),
  pinned: z.boolean(),
  image: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
  reactions: z.array(z.object({ kind: z.enum(GROUP_REACTION_KINDS), count: z.number().int() })),
  myReaction: z.enum(GROUP_REACTION_KINDS).nullable(),
  comments: z.array(commentSchema),
  createdAt: z.string(),
});
export type GroupPost = z.infer<typeof postSchema>;

export const feedSchema = z.object({
  me: z.object({
    rulesAccepted: z.boolean(),
    sharesFullName: z.boolean(),
    canModerate: z.boolean(),
    suspendedUntil: z.string().nullable(),
    /** Staff's reason for a warning or suspension. */
    moderationReason: z.string().nullable(),
    warnings: z.number().int(),
  }),
  posts: z.array(postSchema),
});
export type GroupFeed = z.infer<typeof feedSchema>;

export const newPostRequestSchema = z
  .object({
    body: z.string().trim().min(1).max(GROUP_POST_MAX_CHARS),
    /** The image's bytes as base64 (JPEG, PNG or WebP); re-encoded on the server. */
    image: z.string().max(IMAGE_MAX_BASE64).optional(),
  })
  .strict();
export const newCommentRequestSchema = z
  .object({ body: z.string().trim().min(1).max(GROUP_COMMENT_MAX_CHARS) })
  .strict();
export const createdSchema = z.object({ id: z.uuid(), status: z.enum(['published', 'held']) });
export type Created = z.infer<typeof createdSchema>;

export const reactionRequestSchema = z.object({ kind: z.enum(GROUP_REACTION_KINDS).nullable() }).strict();
export const reportRequestSchema = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export const memberSettingsRequestSchema = z.object({ sharesFullName: z.boolean() }).strict();
export const okSchema = z.object({ ok: z.literal(true) });

export const MODERATION_ACTIONS = ['approve', 'hide', 'remove', 'pin', 'unpin'] as const;
export const moderationRequestSchema = z
  .object({
    target: z.enum(['post', 'comment']),
    id: z.uuid(),
    action: z.enum(MODERATION_ACTIONS),
    reason: z.string().trim().max(1000).default(''),
  })
  .strict();
export type ModerationRequest = z.infer<typeof moderationRequestSchema>;

export const memberModerationRequestSchema = z
  .object({
    userId: z.uuid(),
    action: z.enum(['warn', 'suspend', 'lift']),
    reason: z.string().trim().max(1000).default(''),
    days: z.number().int().min(1).max(365).default(7),
  })
  .strict();

/** One item waiting for staff: held by the word list, or reported (with the reports' reasons). */
export const queueItemSchema = z.object({
  target: z.enum(['post', 'comment']),
  id: z.uuid(),
  postId: z.uuid(),
  author: z.object({ id: z.uuid().nullable(), name: z.string(), role: z.string() }),
  body: z.string(),
  status: z.enum(['published', 'held', 'hidden']),
  heldFor: z.string().nullable(),
  reports: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
  createdAt: z.string(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const moderationQueueSchema = z.object({
  items: z.array(queueItemSchema),
  words: z.array(z.string()),
});
export type ModerationQueue = z.infer<typeof moderationQueueSchema>;

export const wordsRequestSchema = z
  .object({ words: z.array(z.string().trim().min(2).max(60)).max(500) })
  .strict();
