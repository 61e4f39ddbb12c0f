import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import { applicantRoleSchema } from '../eligibility.contract.ts';
import {
  applicantViewSchema,
  applicationDetailSchema,
  applicationFormResponseSchema,
  applicationParamsSchema,
  applicationQueueQuerySchema,
  applicationQueueResponseSchema,
  bulkTransitionRequestSchema,
  funnelResponseSchema,
  intakeSettingsSchema,
  myApplicationsResponseSchema,
  privacyNoticeListSchema,
  privacyNoticeSchema,
  publishNoticeRequestSchema,
  saveApplicationRequestSchema,
  sendContinueLinkRequestSchema,
  startApplicationRequestSchema,
  startApplicationResponseSchema,
  submitApplicationRequestSchema,
  transitionResponseSchema,
  withdrawMyConsentRequestSchema,
} from '../intake.contract.ts';
import { applicantView, withApplicationByToken } from './applicant-view.ts';
import { changeApplicationStatus } from './change-application-status.ts';
import { getApplication } from './get-application.ts';
import { getApplicationForm } from './get-application-form.ts';
import { getIntakeFunnel } from './get-intake-funnel.ts';
import { intakeAccess } from './intake.policy.ts';
import { interviewRoutes } from './interview.routes.ts';
import { listApplications } from './list-applications.ts';
import {
  getIntakeSettings,
  listPrivacyNotices,
  publishPrivacyNotice,
  updateIntakeSettings,
} from './manage-intake-settings.ts';
import { listMyApplications, withdrawMyConsent } from './my-applications.ts';
import { saveApplication } from './save-application.ts';
import { sendContinueLink } from './send-continue-link.ts';
import { startApplication } from './start-application.ts';
import { submitApplication } from './submit-application.ts';
import { withdrawConsent } from './withdraw-consent.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const token = z.string().min(20).max(200);
const slugParams = z.object({ slug: z.string().min(2).max(64) });

/**
 * Applying (public: the applicant's token, always in the body, is their key) and screening
 * (staff of the programme). Tokens never travel in a URL, so they stay out of logs.
 */
export function intakeRoutes(
  app: App,
  deps: {
    db: Database;
    publicUrl: string /** Applications a client address may start (and links it may ask for) per hour. */;
    perHour: number;
  },
) {
  const { db, publicUrl } = deps;
  const base = (request: FastifyRequest) => ({ db, actor: request.actor, requestId: request.id });
  const applicant = (request: FastifyRequest) => ({
    ...base(request),
    locale: requestLocale(request),
    publicUrl,
  });

  app.get(
    '/api/public/programmes/:slug/apply/:role',
    {
      config: { access: intakeAccess['form.read'] },
      schema: {
        tags: ['intake'],
        summary: "The application form's rules, municipalities, privacy notice and other help",
        params: slugParams.extend({ role: applicantRoleSchema }),
        response: { 200: applicationFormResponseSchema, ...problems },
      },
    },
    async (request) =>
      getApplicationForm({ ...applicant(request), slug: request.params.slug, role: request.params.role }),
  );

  app.post(
    '/api/public/programmes/:slug/applications',
    {
      // Starting costs a row: a few an hour per address is plenty for a person.
      config: {
        access: intakeAccess['application.apply'],
        rateLimit: { max: deps.perHour, timeWindow: '1 hour' },
      },
      schema: {
        tags: ['intake'],
        summary: 'Start an application (a draft); the token in the answer is the key to it',
        params: slugParams,
        body: startApplicationRequestSchema,
        response: { 201: startApplicationResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await startApplication({ ...base(request), slug: request.params.slug, role: request.body.role }),
        ),
  );

  app.post(
    '/api/public/applications/open',
    {
      config: { access: intakeAccess['application.apply'] },
      schema: {
        tags: ['intake'],
        summary: "The applicant's application: answers, eligibility, status",
        body: z.object({ token }),
        response: { 200: applicantViewSchema, ...problems },
      },
    },
    async (request) =>
      withApplicationByToken(db, request.body.token, (tx, row, programme) =>
        applicantView(tx, row, programme),
      ),
  );

  app.put(
    '/api/public/applications/answers',
    {
      config: { access: intakeAccess['application.apply'] },
      schema: {
        tags: ['intake'],
        summary: 'Save the draft as the applicant goes (all answers each time)',
        body: saveApplicationRequestSchema.extend({ token }),
        response: { 200: applicantViewSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) =>
      saveApplication({ ...base(request), token: request.body.token, answers: request.body.answers }),
  );

  app.post(
    '/api/public/applications/submit',
    {
      config: { access: intakeAccess['application.apply'] },
      schema: {
        tags: ['intake'],
        summary: 'Send the application with the consents given',
        body: submitApplicationRequestSchema.extend({ token }),
        response: { 200: applicantViewSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) => submitApplication({ ...applicant(request), ...request.body }),
  );

  app.post(
    '/api/public/applications/continue-link',
    {
      config: {
        access: intakeAccess['application.apply'],
        rateLimit: { max: deps.perHour, timeWindow: '1 hour' },
      },
      schema: {
        tags: ['intake'],
        summary: "Send the link to the application to the draft's own e-mail or phone",
        body: sendContinueLinkRequestSchema.extend({ token }),
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await sendContinueLink({ ...applicant(request), ...request.body });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/public/applications/consents/withdraw',
    {
      config: { access: intakeAccess['application.apply'] },
      schema: {
        tags: ['intake'],
        summary: 'Withdraw a consent given with the application',
        body: z.object({ token, key: z.string().min(1).max(40) }),
        response: { 200: applicantViewSchema, ...problems },
      },
    },
    async (request) =>
      withdrawConsent({ ...base(request), token: request.body.token, key: request.body.key }),
  );

  app.get(
    '/api/me/applications',
    {
      config: { access: intakeAccess['application.own'] },
      schema: {
        tags: ['intake'],
        summary: 'My own applications: what I wrote, where they stand, my consents',
        response: { 200: myApplicationsResponseSchema, ...problems },
      },
    },
    async (request) => listMyApplications(base(request)),
  );

  app.post(
    '/api/me/applications/:applicationId/consents/withdraw',
    {
      config: { access: intakeAccess['application.own'] },
      schema: {
        tags: ['intake'],
        summary: 'Withdraw a consent I gave with my application',
        params: z.object({ applicationId: z.string().uuid() }),
        body: withdrawMyConsentRequestSchema,
        response: { 200: myApplicationsResponseSchema, ...problems },
      },
    },
    async (request) =>
      withdrawMyConsent({
        ...base(request),
        applicationId: request.params.applicationId,
        key: request.body.key,
      }),
  );

  app.get(
    '/api/programmes/:programmeId/applications',
    {
      config: { access: intakeAccess['application.list'] },
      schema: {
        tags: ['intake'],
        summary: 'The screening queue: sent applications, oldest first, with filters',
        params: z.object({ programmeId: z.string().uuid() }),
        querystring: applicationQueueQuerySchema,
        response: { 200: applicationQueueResponseSchema, ...problems },
      },
    },
    async (request) =>
      listApplications({ ...base(request), programmeId: request.params.programmeId, filter: request.query }),
  );

  app.get(
    '/api/programmes/:programmeId/applications/:applicationId',
    {
      config: { access: intakeAccess['application.read'] },
      schema: {
        tags: ['intake'],
        summary: 'One application with its answers, eligibility, history and consents',
        params: applicationParamsSchema,
        response: { 200: applicationDetailSchema, ...problems },
      },
    },
    async (request) => getApplication({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/applications/status',
    {
      config: { access: intakeAccess['application.transition'] },
      schema: {
        tags: ['intake'],
        summary: 'Move one or more applications to a status (with a reason for decisions)',
        params: z.object({ programmeId: z.string().uuid() }),
        body: bulkTransitionRequestSchema,
        response: { 200: transitionResponseSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) =>
      changeApplicationStatus({
        ...applicant(request),
        programmeId: request.params.programmeId,
        applicationIds: request.body.applicationIds,
        to: request.body.to,
        ...(request.body.reason ? { reason: request.body.reason } : {}),
        ...(request.body.cohortId ? { cohortId: request.body.cohortId } : {}),
      }),
  );

  const programmeParams = z.object({ programmeId: z.string().uuid() });

  app.get(
    '/api/programmes/:programmeId/intake-settings',
    {
      config: { access: intakeAccess['settings.read'] },
      schema: {
        tags: ['intake'],
        summary: 'The eligibility rules, area postcodes, other help and retention of the programme',
        params: programmeParams,
        response: { 200: intakeSettingsSchema, ...problems },
      },
    },
    async (request) => getIntakeSettings({ ...base(request), programmeId: request.params.programmeId }),
  );

  app.put(
    '/api/programmes/:programmeId/intake-settings',
    {
      config: { access: intakeAccess['settings.update'] },
      schema: {
        tags: ['intake'],
        summary: 'Replace the intake settings',
        params: programmeParams,
        body: intakeSettingsSchema,
        response: { 200: intakeSettingsSchema, ...problems },
      },
    },
    async (request) =>
      updateIntakeSettings({
        ...base(request),
        programmeId: request.params.programmeId,
        settings: request.body,
      }),
  );

  app.get(
    '/api/programmes/:programmeId/privacy-notices',
    {
      config: { access: intakeAccess['settings.read'] },
      schema: {
        tags: ['intake'],
        summary: 'Every version of the privacy notice, newest first',
        params: programmeParams,
        response: { 200: privacyNoticeListSchema, ...problems },
      },
    },
    async (request) => listPrivacyNotices({ ...base(request), programmeId: request.params.programmeId }),
  );

  app.post(
    '/api/programmes/:programmeId/privacy-notices',
    {
      config: { access: intakeAccess['notice.publish'] },
      schema: {
        tags: ['intake'],
        summary: 'Publish a new version of the privacy notice and its consents (admins)',
        params: programmeParams,
        body: publishNoticeRequestSchema,
        response: { 201: privacyNoticeSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await publishPrivacyNotice({
          ...base(request),
          programmeId: request.params.programmeId,
          ...request.body,
        }),
      ),
  );

  app.get(
    '/api/programmes/:programmeId/intake-funnel',
    {
      config: { access: intakeAccess['application.list'] },
      schema: {
        tags: ['intake'],
        summary: 'Applied, eligible, interviewed and approved per role and month; median days to a decision',
        params: programmeParams,
        response: { 200: funnelResponseSchema, ...problems },
      },
    },
    async (request) => getIntakeFunnel({ ...base(request), programmeId: request.params.programmeId }),
  );

  interviewRoutes(app, { db, publicUrl });
}
