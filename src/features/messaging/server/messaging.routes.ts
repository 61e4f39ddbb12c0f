import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  messageParamsSchema,
  myThreadsSchema,
  pairMessageSchema,
  pairThreadSchema,
  programmeParamsSchema,
  reportCreatedSchema,
  reportedMessagesSchema,
  reportMessageRequestSchema,
  reportParamsSchema,
  sendMessageRequestSchema,
  threadParamsSchema,
} from '../messaging.contract.ts';
import { getPairThread, listMyThreads } from './get-pair-thread.ts';
import { messagingAccess } from './messaging.policy.ts';
import type { PairThreadLive } from './pair-thread-topic.ts';
import { reportMessage } from './report-message.ts';
import { listReportedMessages, markReportHandled } from './reported-messages.ts';
import { type OnMessageSent, sendMessage } from './send-message.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tags = ['messaging'];

export interface MessagingRoutesDeps {
  db: Database;
  /** The realtime hub: a sent message is announced (ids only) on `pair-thread:<mentorshipId>`. */
  live: PairThreadLive;
  /** The notifications seam: called in the sending transaction for the partner (decision 048). */
  onMessageSent?: OnMessageSent;
}

/** A pair's private thread (only its two people) and the staff queue of reported messages. */
export function messagingRoutes(app: App, deps: MessagingRoutesDeps) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/my-pair-threads',
    {
      config: { access: messagingAccess['own.read'] },
      schema: {
        tags,
        summary: "The caller's pair threads: open ones, and closed ones until retention erases them",
        params: programmeParamsSchema,
        response: { 200: myThreadsSchema, ...problems },
      },
    },
    async (request) => listMyThreads({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/messages',
    {
      config: { access: messagingAccess['own.read'] },
      schema: {
        tags,
        summary: "The pair's own thread (only the two of the pair; staff never read it)",
        params: threadParamsSchema,
        response: { 200: pairThreadSchema, ...problems },
      },
    },
    async (request) => getPairThread({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/messages',
    {
      config: { access: messagingAccess['own.write'] },
      schema: {
        tags,
        summary: 'Send a message to one’s partner (plain text; until the mentorship closes)',
        params: threadParamsSchema,
        body: sendMessageRequestSchema,
        response: { 201: pairMessageSchema, ...problems, 429: problemSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await sendMessage({
          ...base(request),
          ...request.params,
          request: request.body,
          live: deps.live,
          onMessageSent: deps.onMessageSent,
        }),
      ),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/messages/:messageId/report',
    {
      config: { access: messagingAccess['own.report'] },
      schema: {
        tags,
        summary: 'Report a message from one’s partner: staff may then read that message only',
        params: messageParamsSchema,
        body: reportMessageRequestSchema,
        response: { 201: reportCreatedSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await reportMessage({ ...base(request), ...request.params, request: request.body })),
  );

  app.get(
    '/api/programmes/:programmeId/reported-messages',
    {
      config: { access: messagingAccess.reports },
      schema: {
        tags,
        summary: 'Reported messages, each alone, open and recently handled (audited)',
        params: programmeParamsSchema,
        response: { 200: reportedMessagesSchema, ...problems },
      },
    },
    async (request) => listReportedMessages({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/reported-messages/:reportId/handled',
    {
      config: { access: messagingAccess.reports },
      schema: {
        tags,
        summary: 'Mark a reported message handled',
        params: reportParamsSchema,
        response: { 200: reportCreatedSchema, ...problems },
      },
    },
    async (request) => markReportHandled({ ...base(request), ...request.params }),
  );
}
