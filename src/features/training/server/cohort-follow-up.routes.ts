import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  addMemberRequestSchema,
  certificateIssueSchema,
  cohortDetailSchema,
  cohortParamsSchema,
  cohortStatsSchema,
  departureRequestSchema,
  memberParamsSchema,
  sessionParamsSchema,
  supervisionThemeListSchema,
  supervisionThemeRequestSchema,
} from '../training.contract.ts';
import { addToCohort, giveCohortPlace, removeFromCohort } from './change-cohort-places.ts';
import { recordDeparture } from './cohort-departure.ts';
import { getCohortStats } from './cohort-stats.ts';
import { downloadCertificate, downloadOwnCertificate, issueCertificate } from './course-certificate.ts';
import { addSupervisionTheme, listSupervisionThemes, removeSupervisionTheme } from './supervision-themes.ts';
import { trainingAccess } from './training.policy.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['training'];
const memberBase = '/api/programmes/:programmeId/cohorts/:cohortId/members/:userId';
const themesBase = '/api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId/themes';

function sendPdf(reply: FastifyReply, pdf: Buffer) {
  return reply
    .type('application/pdf')
    .header('content-disposition', 'attachment; filename="kursusbevis.pdf"')
    .header('cache-control', 'private, no-store')
    .send(pdf);
}

/**
 * After and around the sessions: course certificates (decision 034), the themes of group
 * supervisions, members leaving a cohort, and the cohort in numbers.
 */
export function cohortFollowUpRoutes(app: App, deps: { db: Database }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });
  const pdf = { produces: ['application/pdf'], response: { 200: z.any(), ...problems, 409: problemSchema } };

  app.get(
    '/api/programmes/:programmeId/my-training/cohorts/:cohortId/certificate',
    {
      config: { access: trainingAccess['own.read'] },
      schema: {
        tags,
        summary: "The caller's course certificate of a cohort they completed (PDF; the latest issue)",
        params: cohortParamsSchema,
        ...pdf,
      },
    },
    async (request, reply) =>
      sendPdf(reply, await downloadOwnCertificate({ ...base(request), ...request.params })),
  );

  app.get(
    `${memberBase}/certificate`,
    {
      config: { access: trainingAccess['cohort.read'] },
      schema: {
        tags,
        summary: "A member's latest course certificate (PDF; audited)",
        params: memberParamsSchema,
        ...pdf,
      },
    },
    async (request, reply) =>
      sendPdf(reply, await downloadCertificate({ ...base(request), ...request.params })),
  );

  app.post(
    `${memberBase}/certificate`,
    {
      config: { access: trainingAccess['certificate.issue'] },
      schema: {
        tags,
        summary: "Issue a member's course certificate again, from the plan and record as they are now",
        params: memberParamsSchema,
        response: { 201: certificateIssueSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await issueCertificate({ ...base(request), ...request.params })),
  );

  app.post(
    `${memberBase}/departure`,
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Record that a member left the cohort, with a reason from the list and a note',
        params: memberParamsSchema,
        body: departureRequestSchema,
        response: { 201: z.object({ left: z.literal(true) }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordDeparture({ ...base(request), ...request.params, request: request.body })),
  );

  app.post(
    '/api/programmes/:programmeId/cohorts/:cohortId/members',
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Add a mentor: a member while there is room, else on the waiting list',
        params: cohortParamsSchema,
        body: addMemberRequestSchema,
        response: { 200: cohortDetailSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => addToCohort({ ...base(request), ...request.params, userId: request.body.userId }),
  );

  app.put(
    `${memberBase}/place`,
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Give a mentor on the waiting list a free place',
        params: memberParamsSchema,
        response: { 200: cohortDetailSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => giveCohortPlace({ ...base(request), ...request.params }),
  );

  app.delete(
    memberBase,
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Take back a place or waiting-list place given by mistake (no attendance yet)',
        params: memberParamsSchema,
        response: { 200: cohortDetailSchema, ...problems, 409: problemSchema },
      },
    },
    async (request) => removeFromCohort({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/cohorts/:cohortId/stats',
    {
      config: { access: trainingAccess['cohort.read'] },
      schema: {
        tags,
        summary: 'The cohort in numbers: attendance per session and person, completion, drop-outs',
        params: cohortParamsSchema,
        response: { 200: cohortStatsSchema, ...problems },
      },
    },
    async (request) => getCohortStats({ ...base(request), ...request.params }),
  );

  app.get(
    themesBase,
    {
      config: { access: trainingAccess['cohort.read'] },
      schema: {
        tags,
        summary: "The shared log of a group supervision's themes",
        params: sessionParamsSchema,
        response: { 200: supervisionThemeListSchema, ...problems },
      },
    },
    async (request) => listSupervisionThemes({ ...base(request), ...request.params }),
  );

  app.post(
    themesBase,
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: "Add a theme to a group supervision's log (no personal details of peers)",
        params: sessionParamsSchema,
        body: supervisionThemeRequestSchema,
        response: { 201: supervisionThemeListSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addSupervisionTheme({ ...base(request), ...request.params, text: request.body.text })),
  );

  app.delete(
    `${themesBase}/:themeId`,
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: "Remove a theme from a group supervision's log",
        params: sessionParamsSchema.extend({ themeId: z.uuid() }),
        response: { 200: supervisionThemeListSchema, ...problems },
      },
    },
    async (request) => removeSupervisionTheme({ ...base(request), ...request.params }),
  );
}
