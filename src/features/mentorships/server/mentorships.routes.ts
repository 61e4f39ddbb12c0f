import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { MENTORSHIP_STATES } from '../mentorship-states.ts';
import {
  addNoteRequestSchema,
  addTaskRequestSchema,
  candidatesSchema,
  changeRhythmRequestSchema,
  endRequestSchema,
  extensionAnswerRequestSchema,
  extensionViewSchema,
  logMeetingRequestSchema,
  meetingParamsSchema,
  meetingSchema,
  mentorshipFiguresSchema,
  mentorshipParamsSchema,
  mentorshipSettingsSchema,
  myMentorshipsSchema,
  overviewQuerySchema,
  overviewSchema,
  pauseRequestSchema,
  planMeetingRequestSchema,
  programmeParamsSchema,
  rateMeetingRequestSchema,
  staffMentorshipSchema,
  startMentorshipRequestSchema,
  taskParamsSchema,
} from '../mentorships.contract.ts';
import {
  agreeToResume,
  changeRhythm,
  closeMentorship,
  endMentorship,
  pauseMentorship,
  resumeMentorship,
  startProposed,
  withdrawProposed,
} from './change-course.ts';
import { answerExtension } from './extension.ts';
import { getMyMentorships } from './get-my-mentorships.ts';
import { getMentorshipSettings, updateMentorshipSettings } from './manage-mentorship-settings.ts';
import { logMeeting, planMeeting, rateMeeting } from './meetings.ts';
import { getMentorshipFigures } from './mentorship-figures.ts';
import { mentorshipsAccess } from './mentorships.policy.ts';
import { addOwnTask, addStaffNote, completeTask } from './staff-tasks.ts';
import { getStaffMentorship, listOverview, type MentorCohorts } from './staff-views.ts';
import { listCandidates, startMentorshipByStaff } from './start-mentorship.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tags = ['mentorships'];
const outcomeSchema = z.object({ id: z.uuid(), state: z.enum(MENTORSHIP_STATES) });

/** The pairs (forløb): staff follow every pair; the peer and mentor act on their own. */
export function mentorshipsRoutes(app: App, deps: { db: Database; cohorts?: MentorCohorts }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/mentorships',
    {
      config: { access: mentorshipsAccess.overview },
      schema: {
        tags,
        summary: 'Every pair: state, rhythm kept in the last 4 weeks, days since they met, traffic light',
        params: programmeParamsSchema,
        querystring: overviewQuerySchema,
        response: { 200: overviewSchema, ...problems },
      },
    },
    async (request) =>
      listOverview({ ...base(request), ...request.params, query: request.query, cohorts: deps.cohorts }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships',
    {
      config: { access: mentorshipsAccess.manage },
      schema: {
        tags,
        summary: 'Start a pair by hand (proposed → active); matching does the same when both accept',
        params: programmeParamsSchema,
        body: startMentorshipRequestSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await startMentorshipByStaff({ ...base(request), ...request.params, request: request.body })),
  );

  app.get(
    '/api/programmes/:programmeId/mentorship-figures',
    {
      config: { access: mentorshipsAccess.overview },
      schema: {
        tags,
        summary:
          'Figures per programme and cohort: meetings per pair per month, on rhythm, pauses, endings, rematches',
        params: programmeParamsSchema,
        response: { 200: mentorshipFiguresSchema, ...problems },
      },
    },
    async (request) => getMentorshipFigures({ ...base(request), ...request.params, cohorts: deps.cohorts }),
  );

  app.get(
    '/api/programmes/:programmeId/mentorship-settings',
    {
      config: { access: mentorshipsAccess.overview },
      schema: {
        tags,
        summary: 'How long pairs run, how long an extension is, whether a pause moves the end',
        params: programmeParamsSchema,
        response: { 200: mentorshipSettingsSchema, ...problems },
      },
    },
    async (request) => getMentorshipSettings({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/mentorship-settings',
    {
      config: { access: mentorshipsAccess.manage },
      schema: {
        tags,
        summary: 'Save the mentorship rules (pairs already started keep their planned end)',
        params: programmeParamsSchema,
        body: mentorshipSettingsSchema,
        response: { 200: mentorshipSettingsSchema, ...problems },
      },
    },
    async (request) =>
      updateMentorshipSettings({ ...base(request), ...request.params, settings: request.body }),
  );

  app.get(
    '/api/programmes/:programmeId/mentorship-candidates',
    {
      config: { access: mentorshipsAccess.overview },
      schema: {
        tags,
        summary: 'Peers and mentors a new pair may be made of, with the pairs they already have',
        params: programmeParamsSchema,
        response: { 200: candidatesSchema, ...problems },
      },
    },
    async (request) => listCandidates({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/mentorships/:mentorshipId',
    {
      config: { access: mentorshipsAccess.overview },
      schema: {
        tags,
        summary: 'One pair for staff: meetings with both ratings, the history with reasons (audited)',
        params: mentorshipParamsSchema,
        response: { 200: staffMentorshipSchema, ...problems },
      },
    },
    async (request) => getStaffMentorship({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/my-mentorships',
    {
      config: { access: mentorshipsAccess['own.read'] },
      schema: {
        tags,
        summary: "The caller's own pairs: next meeting, weeks kept, weeks left (never the partner's ratings)",
        params: programmeParamsSchema,
        response: { 200: myMentorshipsSchema, ...problems },
      },
    },
    async (request) => getMyMentorships({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/meetings',
    {
      config: { access: mentorshipsAccess['own.meetings'] },
      schema: {
        tags,
        summary: 'Plan a meeting of the pair (a note that looks like a home is flagged to staff)',
        params: mentorshipParamsSchema,
        body: planMeetingRequestSchema,
        response: { 201: meetingSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await planMeeting({ ...base(request), ...request.params, request: request.body })),
  );

  app.put(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/meetings/:meetingId',
    {
      config: { access: mentorshipsAccess['own.meetings'] },
      schema: {
        tags,
        summary: 'Log that a meeting happened (with your own rating), was moved or was cancelled',
        params: meetingParamsSchema,
        body: logMeetingRequestSchema,
        response: { 200: meetingSchema, ...problems },
      },
    },
    async (request) => logMeeting({ ...base(request), ...request.params, request: request.body }),
  );

  app.put(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/meetings/:meetingId/my-rating',
    {
      config: { access: mentorshipsAccess['own.meetings'] },
      schema: {
        tags,
        summary: 'Your own, private "how did it go" (1–5): your partner never sees it',
        params: meetingParamsSchema,
        body: rateMeetingRequestSchema,
        response: { 200: meetingSchema, ...problems },
      },
    },
    async (request) => rateMeeting({ ...base(request), ...request.params, rating: request.body.rating }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/extension',
    {
      config: { access: mentorshipsAccess['own.extension'] },
      schema: {
        tags,
        summary: 'Your own answer to "continue 3 more months?": your partner never sees it, only the outcome',
        params: mentorshipParamsSchema,
        body: extensionAnswerRequestSchema,
        response: { 200: extensionViewSchema, ...problems },
      },
    },
    async (request) =>
      answerExtension({ ...base(request), ...request.params, wantsToContinue: request.body.wantsToContinue }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/tasks',
    {
      config: { access: mentorshipsAccess.manage },
      schema: {
        tags,
        summary: "Add staff's own task to a pair (its text encrypted; never shown to the pair)",
        params: mentorshipParamsSchema,
        body: addTaskRequestSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await addOwnTask({
          ...base(request),
          ...request.params,
          text: request.body.text,
          dueOn: request.body.dueOn,
        }),
      ),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/tasks/:taskId/done',
    {
      config: { access: mentorshipsAccess.manage },
      schema: {
        tags,
        summary: 'Mark a staff task of a pair done (who and when are kept)',
        params: taskParamsSchema,
        response: { 200: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request) => completeTask({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/mentorships/:mentorshipId/notes',
    {
      config: { access: mentorshipsAccess.manage },
      schema: {
        tags,
        summary: 'Write a staff note about a pair (encrypted, staff only, every read audited)',
        params: mentorshipParamsSchema,
        body: addNoteRequestSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addStaffNote({ ...base(request), ...request.params, text: request.body.text })),
  );

  type StepDeps = ReturnType<typeof base> & z.infer<typeof mentorshipParamsSchema>;
  const stepRoute = <B extends z.ZodType>(
    name: string,
    access: (typeof mentorshipsAccess)[keyof typeof mentorshipsAccess],
    summary: string,
    body: B | null,
    run: (deps: StepDeps, body: z.infer<B>) => Promise<z.infer<typeof outcomeSchema>>,
  ) =>
    app.post(
      `/api/programmes/:programmeId/mentorships/:mentorshipId/${name}`,
      {
        config: { access },
        schema: {
          tags,
          summary,
          params: mentorshipParamsSchema,
          ...(body ? { body } : {}),
          response: { 200: outcomeSchema, ...problems },
        },
      },
      async (request) => run({ ...base(request), ...request.params }, request.body as z.infer<B>),
    );

  stepRoute(
    'start',
    mentorshipsAccess.manage,
    'Start a proposed pair (proposed → active)',
    null,
    startProposed,
  );
  stepRoute(
    'withdraw',
    mentorshipsAccess.manage,
    'Withdraw a proposed pair before it starts',
    null,
    withdrawProposed,
  );
  stepRoute(
    'pause',
    mentorshipsAccess.pause,
    'Pause the pair ("I need a break"); the reason is for staff only, the partner sees "paused"',
    pauseRequestSchema,
    (deps, body) => pauseMentorship({ ...deps, reason: body.reason }),
  );
  stepRoute(
    'ready',
    mentorshipsAccess['own.agree'],
    'Say you are ready to go on after the pause',
    null,
    agreeToResume,
  );
  stepRoute(
    'resume',
    mentorshipsAccess.manage,
    'Resume the pair once both are ready (the planned end moves by the pause)',
    null,
    resumeMentorship,
  );
  stepRoute(
    'end',
    mentorshipsAccess.end,
    'End the pair early with a reason (free text for staff only); the other is told kindly',
    endRequestSchema,
    (deps, body) => endMentorship({ ...deps, request: body }),
  );
  stepRoute(
    'close',
    mentorshipsAccess.manage,
    'Close a pair that is ending, after the closure conversation',
    null,
    closeMentorship,
  );
  stepRoute(
    'rhythm',
    mentorshipsAccess.rhythm,
    'Record a new rhythm the pair agreed on',
    changeRhythmRequestSchema,
    (deps, body) => changeRhythm({ ...deps, rhythm: body.rhythm }),
  );
}
