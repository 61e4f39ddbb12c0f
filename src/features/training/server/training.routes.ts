import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  absenceNoticeListSchema,
  absenceNoticeRequestSchema,
  absenceNoticeSchema,
  attendanceParamsSchema,
  attendanceSchema,
  calendarFeedParamsSchema,
  calendarFeedSchema,
  cohortCandidatesSchema,
  cohortDetailSchema,
  cohortListSchema,
  cohortParamsSchema,
  courseSessionSchema,
  createCohortRequestSchema,
  myTrainingSchema,
  programmeParamsSchema,
  recordAttendanceRequestSchema,
  sessionParamsSchema,
  trainingSettingsSchema,
  updateSessionRequestSchema,
} from '../training.contract.ts';
import { giveAbsenceNotice, listAbsenceNotices, withdrawAbsenceNotice } from './absence-notice.ts';
import { calendarFeedFile, getCalendarFeed, makeCalendarFeed, stopCalendarFeed } from './calendar-feed.ts';
import { cohortFollowUpRoutes } from './cohort-follow-up.routes.ts';
import { createCohort } from './create-cohort.ts';
import { getCohort, listCohorts } from './get-cohort.ts';
import { getMyTraining } from './get-my-training.ts';
import { listCohortCandidates } from './list-cohort-candidates.ts';
import { getTrainingSettings, updateTrainingSettings } from './manage-training-settings.ts';
import { recordAttendance } from './record-attendance.ts';
import { trainingAccess } from './training.policy.ts';
import { updateSession } from './update-session.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['training'];

/** Cohorts, their course plans and the programme's training settings (staff of the programme). */
export function trainingRoutes(app: App, deps: { db: Database; publicUrl: string }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/training-settings',
    {
      config: { access: trainingAccess['settings.read'] },
      schema: {
        tags,
        summary: 'When teaching days and supervisions fall, for new course plans',
        params: programmeParamsSchema,
        response: { 200: trainingSettingsSchema, ...problems },
      },
    },
    async (request) => getTrainingSettings({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/training-settings',
    {
      config: { access: trainingAccess['settings.update'] },
      schema: {
        tags,
        summary: 'Save the course-plan settings (existing plans keep their dates)',
        params: programmeParamsSchema,
        body: trainingSettingsSchema,
        response: { 200: trainingSettingsSchema, ...problems },
      },
    },
    async (request) =>
      updateTrainingSettings({ ...base(request), ...request.params, settings: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/cohorts',
    {
      config: { access: trainingAccess['cohort.list'] },
      schema: {
        tags,
        summary: "The programme's cohorts, newest first, with counts",
        params: programmeParamsSchema,
        response: { 200: cohortListSchema, ...problems },
      },
    },
    async (request) => listCohorts({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/cohort-candidates',
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Staff who may lead and mentors who may join a new cohort',
        params: programmeParamsSchema,
        response: { 200: cohortCandidatesSchema, ...problems },
      },
    },
    async (request) => listCohortCandidates({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/cohorts',
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Create a cohort; its course plan is generated from the training settings',
        params: programmeParamsSchema,
        body: createCohortRequestSchema,
        response: { 201: cohortDetailSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCohort({ ...base(request), ...request.params, request: request.body })),
  );

  app.get(
    '/api/programmes/:programmeId/cohorts/:cohortId',
    {
      config: { access: trainingAccess['cohort.read'] },
      schema: {
        tags,
        summary: 'A cohort: leads, members, waiting list and course plan',
        params: cohortParamsSchema,
        response: { 200: cohortDetailSchema, ...problems },
      },
    },
    async (request) => getCohort({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId',
    {
      config: { access: trainingAccess['cohort.manage'] },
      schema: {
        tags,
        summary: 'Change a session of the plan: time, place, topic, teacher, materials',
        params: sessionParamsSchema,
        body: updateSessionRequestSchema,
        response: { 200: courseSessionSchema, ...problems },
      },
    },
    async (request) => updateSession({ ...base(request), ...request.params, request: request.body }),
  );

  app.put(
    '/api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId/attendance/:userId',
    {
      config: { access: trainingAccess['attendance.record'] },
      schema: {
        tags,
        summary: "Register a member's attendance at a session (one tap) or the day they made it up",
        params: attendanceParamsSchema,
        body: recordAttendanceRequestSchema,
        response: { 200: attendanceSchema, ...problems },
      },
    },
    async (request) => recordAttendance({ ...base(request), ...request.params, request: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/my-training',
    {
      config: { access: trainingAccess['own.read'] },
      schema: {
        tags,
        summary: "The caller's own cohorts: the plan, their attendance and progress",
        params: programmeParamsSchema,
        response: { 200: myTrainingSchema, ...problems },
      },
    },
    async (request) => getMyTraining({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/my-training/calendar',
    {
      config: { access: trainingAccess['own.read'] },
      schema: {
        tags,
        summary: "Whether the caller's calendar feed is on (its address is shown only when made)",
        params: programmeParamsSchema,
        response: { 200: calendarFeedSchema, ...problems },
      },
    },
    async (request) => getCalendarFeed({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/my-training/calendar',
    {
      config: { access: trainingAccess['own.calendar'] },
      schema: {
        tags,
        summary: "A new secret address for the caller's calendar feed; the old one stops working",
        params: programmeParamsSchema,
        response: { 201: calendarFeedSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await makeCalendarFeed({ ...base(request), ...request.params, publicUrl: deps.publicUrl })),
  );

  app.delete(
    '/api/programmes/:programmeId/my-training/calendar',
    {
      config: { access: trainingAccess['own.calendar'] },
      schema: {
        tags,
        summary: "Turn the caller's calendar feed off: its address answers 404",
        params: programmeParamsSchema,
        response: { 200: calendarFeedSchema, ...problems },
      },
    },
    async (request) => stopCalendarFeed({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/public/calendar/:token',
    {
      config: { access: trainingAccess['calendar.feed'] },
      schema: {
        tags,
        summary: "A member's course plan as an iCalendar feed (`<token>.ics`, the token is the key)",
        params: calendarFeedParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string(), 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const file = await calendarFeedFile({ db: deps.db, file: request.params.token });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(file);
    },
  );

  app.post(
    '/api/programmes/:programmeId/my-training/cohorts/:cohortId/sessions/:sessionId/absence',
    {
      config: { access: trainingAccess['own.absence'] },
      schema: {
        tags,
        summary: 'Send notice of absence from an upcoming session, with the reason (or change the reason)',
        params: sessionParamsSchema,
        body: absenceNoticeRequestSchema,
        response: { 201: absenceNoticeSchema, ...problems, 409: problemSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await giveAbsenceNotice({ ...base(request), ...request.params, reason: request.body.reason })),
  );

  app.delete(
    '/api/programmes/:programmeId/my-training/cohorts/:cohortId/sessions/:sessionId/absence',
    {
      config: { access: trainingAccess['own.absence'] },
      schema: {
        tags,
        summary: 'Withdraw a notice of absence before the session begins',
        params: sessionParamsSchema,
        response: { 200: z.object({ withdrawn: z.literal(true) }), ...problems, 409: problemSchema },
      },
    },
    async (request) => withdrawAbsenceNotice({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/cohorts/:cohortId/sessions/:sessionId/absence-notices',
    {
      config: { access: trainingAccess['cohort.read'] },
      schema: {
        tags,
        summary: "Members' notices of absence from a session, with their reasons (audited)",
        params: sessionParamsSchema,
        response: { 200: absenceNoticeListSchema, ...problems },
      },
    },
    async (request) => listAbsenceNotices({ ...base(request), ...request.params }),
  );

  cohortFollowUpRoutes(app, deps);
}
