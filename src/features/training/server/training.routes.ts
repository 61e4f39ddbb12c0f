import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  attendanceParamsSchema,
  attendanceSchema,
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
export function trainingRoutes(app: App, deps: { db: Database }) {
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
}
