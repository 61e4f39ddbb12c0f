import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import type { RealtimeHub } from '../../../server/realtime.ts';
import {
  createdSchema,
  feedSchema,
  memberModerationRequestSchema,
  memberSettingsRequestSchema,
  moderationQueueSchema,
  moderationRequestSchema,
  newCommentRequestSchema,
  newPostRequestSchema,
  okSchema,
  postParamsSchema,
  programmeParamsSchema,
  reactionRequestSchema,
  reportRequestSchema,
  wordsRequestSchema,
} from '../group.contract.ts';
import { groupAccess } from './group.policy.ts';
import { acceptHouseRules, getGroupFeed, readGroupImage, updateGroupSettings } from './group-feed.ts';
import {
  getModerationQueue,
  moderateGroupItem,
  moderateGroupMember,
  setGroupWords,
} from './group-moderation.ts';
import { createGroupComment, createGroupPost, reportGroupPost, setGroupReaction } from './group-posting.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tags = ['group'];
const UPLOAD_BODY_LIMIT = newPostRequestSchema.shape.image.unwrap().maxLength! + 16 * 1024;

/** The closed group: feed, posts, comments, reactions, reports, images, moderation and the word list. */
export function groupRoutes(app: App, deps: { db: Database; hub: Pick<RealtimeHub, 'publish'> }) {
  const base = (request: FastifyRequest, programmeId: string) => ({
    db: deps.db,
    hub: deps.hub,
    actor: request.actor,
    requestId: request.id,
    programmeId,
  });
  const read = { access: groupAccess['group.read'] };
  const write = { access: groupAccess['group.write'] };
  const moderate = { access: groupAccess['group.moderate'] };

  app.get(
    '/api/programmes/:programmeId/group',
    {
      config: read,
      schema: {
        tags,
        summary: "The group's feed (pinned first) and the caller's own state in it",
        params: programmeParamsSchema,
        response: { 200: feedSchema, ...problems },
      },
    },
    async (request) => getGroupFeed(base(request, request.params.programmeId)),
  );

  app.post(
    '/api/programmes/:programmeId/group/house-rules',
    {
      config: read,
      schema: {
        tags,
        summary: "Accept the group's house rules (asked on the first visit)",
        params: programmeParamsSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => acceptHouseRules(base(request, request.params.programmeId)),
  );

  app.put(
    '/api/programmes/:programmeId/group/me',
    {
      config: read,
      schema: {
        tags,
        summary: 'Choose whether the group shows your full name (otherwise your first name)',
        params: programmeParamsSchema,
        body: memberSettingsRequestSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) =>
      updateGroupSettings({
        ...base(request, request.params.programmeId),
        sharesFullName: request.body.sharesFullName,
      }),
  );

  app.post(
    '/api/programmes/:programmeId/group/posts',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: write,
      schema: {
        tags,
        summary: 'Post in the group, with an optional image; a word-list hit waits for staff',
        params: programmeParamsSchema,
        body: newPostRequestSchema,
        response: { 201: createdSchema, 413: problemSchema, 415: problemSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createGroupPost({ ...base(request, request.params.programmeId), ...request.body })),
  );

  app.post(
    '/api/programmes/:programmeId/group/posts/:postId/comments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Comment on a post; a word-list hit waits for staff',
        params: postParamsSchema,
        body: newCommentRequestSchema,
        response: { 201: createdSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await createGroupComment({
          ...base(request, request.params.programmeId),
          postId: request.params.postId,
          body: request.body.body,
        }),
      ),
  );

  app.put(
    '/api/programmes/:programmeId/group/posts/:postId/reaction',
    {
      config: write,
      schema: {
        tags,
        summary: 'Set or take back your reaction to a post',
        params: postParamsSchema,
        body: reactionRequestSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) =>
      setGroupReaction({
        ...base(request, request.params.programmeId),
        postId: request.params.postId,
        kind: request.body.kind,
      }),
  );

  app.post(
    '/api/programmes/:programmeId/group/posts/:postId/report',
    {
      config: write,
      schema: {
        tags,
        summary: 'Report a post to staff with a reason',
        params: postParamsSchema,
        body: reportRequestSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) =>
      reportGroupPost({
        ...base(request, request.params.programmeId),
        postId: request.params.postId,
        reason: request.body.reason,
      }),
  );

  app.get(
    '/api/programmes/:programmeId/group/posts/:postId/image',
    {
      config: read,
      schema: {
        tags,
        summary: "A post's image (WebP, re-encoded on upload, no metadata)",
        params: postParamsSchema,
        produces: ['image/webp'],
        response: { 200: z.unknown(), ...problems },
      },
    },
    async (request, reply) => {
      const bytes = await readGroupImage({
        ...base(request, request.params.programmeId),
        postId: request.params.postId,
      });
      return reply
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .type('image/webp')
        .send(bytes);
    },
  );

  app.get(
    '/api/programmes/:programmeId/group/moderation',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'The moderation queue: held and reported posts and comments (audited), and the word list',
        params: programmeParamsSchema,
        response: { 200: moderationQueueSchema, ...problems },
      },
    },
    async (request) => getModerationQueue(base(request, request.params.programmeId)),
  );

  app.post(
    '/api/programmes/:programmeId/group/moderation',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Approve, hide, remove, pin or unpin a post or comment (audited)',
        params: programmeParamsSchema,
        body: moderationRequestSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => moderateGroupItem({ ...base(request, request.params.programmeId), ...request.body }),
  );

  app.post(
    '/api/programmes/:programmeId/group/moderation/members',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Warn or suspend a member with a reason, or lift a suspension (audited)',
        params: programmeParamsSchema,
        body: memberModerationRequestSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => moderateGroupMember({ ...base(request, request.params.programmeId), ...request.body }),
  );

  app.put(
    '/api/programmes/:programmeId/group/words',
    {
      config: moderate,
      schema: {
        tags,
        summary: "Replace the programme's word list (posts containing an entry wait for staff)",
        params: programmeParamsSchema,
        body: wordsRequestSchema,
        response: { 200: z.object({ words: z.array(z.string()) }), ...problems },
      },
    },
    async (request) =>
      setGroupWords({ ...base(request, request.params.programmeId), words: request.body.words }),
  );
}
