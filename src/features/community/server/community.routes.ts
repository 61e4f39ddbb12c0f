import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  cafeCancelledSchema,
  cafeCancelRequestSchema,
  cafeCheckInListSchema,
  cafeCodeSchema,
  cafeFeedParamsSchema,
  cafeHostRequestSchema,
  cafeOverviewSchema,
  cafeSessionParamsSchema,
  cafeSessionSchema,
  cafeSlotChangedSchema,
  cafeSlotEndedSchema,
  cafeSlotParamsSchema,
  cafeSlotRequestSchema,
  cafeSlotSchema,
  cafeVisitParamsSchema,
  cafeVisitRequestSchema,
  cafeVisitSchema,
  cancelEventRequestSchema,
  checkedInSchema,
  checkInRequestSchema,
  createEventRequestSchema,
  eventAttendanceParamsSchema,
  eventAttendanceRequestSchema,
  eventDetailSchema,
  eventListSchema,
  eventParamsSchema,
  eventSchema,
  myCommunitySchema,
  mySignUpSchema,
  programmeParamsSchema,
  signUpRequestSchema,
  updateEventRequestSchema,
} from '../community.contract.ts';
import { checkInWithCode, getCheckInList, makeCheckInCode, recordCafeVisit } from './cafe-check-in.ts';
import { cafeFeedFile } from './cafe-feed.ts';
import {
  cancelCafeSession,
  createCafeSlot,
  endCafeSlot,
  getCafeOverview,
  setCafeHost,
  updateCafeSlot,
} from './cafe-sessions.ts';
import { communityAccess } from './community.policy.ts';
import { cancelSignUp, signUpForEvent } from './event-sign-up.ts';
import {
  cancelEvent,
  createEvent,
  getEvent,
  listEvents,
  recordEventAttendance,
  updateEvent,
} from './events.ts';
import { getMyCommunity } from './get-my-community.ts';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const conflict = { ...problems, 409: problemSchema };
const tags = ['community'];

/** The café (sessions, rota, check-in, its public feed) and events (sign-up, waiting list, attendance). */
export function communityRoutes(app: App, deps: { db: Database; publicUrl: string }) {
  const base = (request: FastifyRequest) => ({ db: deps.db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/programmes/:programmeId/cafe',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: "The café's weekly times, sessions with visit counts, and the rota",
        params: programmeParamsSchema,
        response: { 200: cafeOverviewSchema, ...problems },
      },
    },
    async (request) => getCafeOverview({ ...base(request), ...request.params, publicUrl: deps.publicUrl }),
  );

  app.post(
    '/api/programmes/:programmeId/cafe/slots',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: 'Add a weekly café time; its sessions are made eight weeks ahead',
        params: programmeParamsSchema,
        body: cafeSlotRequestSchema,
        response: { 201: cafeSlotSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCafeSlot({ ...base(request), ...request.params, request: request.body })),
  );

  app.put(
    '/api/programmes/:programmeId/cafe/slots/:slotId',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: 'Change a weekly café time; its coming sessions follow and those who usually come are told',
        params: cafeSlotParamsSchema,
        body: cafeSlotRequestSchema,
        response: { 200: cafeSlotChangedSchema, ...problems },
      },
    },
    async (request) => updateCafeSlot({ ...base(request), ...request.params, request: request.body }),
  );

  app.delete(
    '/api/programmes/:programmeId/cafe/slots/:slotId',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: 'Stop a weekly café time: its coming sessions go, the past stays',
        params: cafeSlotParamsSchema,
        response: { 200: cafeSlotEndedSchema, ...problems },
      },
    },
    async (request) => endCafeSlot({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId/host',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: 'Fill or swap the rota: the staff member on duty at a session (or nobody)',
        params: cafeSessionParamsSchema,
        body: cafeHostRequestSchema,
        response: { 200: cafeSessionSchema, ...problems },
      },
    },
    async (request) => setCafeHost({ ...base(request), ...request.params, hostId: request.body.hostId }),
  );

  app.post(
    '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId/cancel',
    {
      config: { access: communityAccess['cafe.manage'] },
      schema: {
        tags,
        summary: 'Cancel a session; those who usually come are told by e-mail',
        params: cafeSessionParamsSchema,
        body: cafeCancelRequestSchema,
        response: { 200: cafeCancelledSchema, ...conflict },
      },
    },
    async (request) =>
      cancelCafeSession({ ...base(request), ...request.params, reason: request.body.reason }),
  );

  app.get(
    '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId/check-in',
    {
      config: { access: communityAccess['cafe.check-in'] },
      schema: {
        tags,
        summary: "A session's check-in list: the programme's peers and mentors, who came (audited)",
        params: cafeSessionParamsSchema,
        response: { 200: cafeCheckInListSchema, ...problems },
      },
    },
    async (request) => getCheckInList({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId/visits/:userId',
    {
      config: { access: communityAccess['cafe.check-in'] },
      schema: {
        tags,
        summary: 'One tap: a person came to the session (or did not)',
        params: cafeVisitParamsSchema,
        body: cafeVisitRequestSchema,
        response: { 200: cafeVisitSchema, ...conflict },
      },
    },
    async (request) => recordCafeVisit({ ...base(request), ...request.params, came: request.body.came }),
  );

  app.post(
    '/api/programmes/:programmeId/cafe/sessions/:cafeSessionId/code',
    {
      config: { access: communityAccess['cafe.check-in'] },
      schema: {
        tags,
        summary: 'A new six-digit check-in code to show in the room (valid 30 minutes)',
        params: cafeSessionParamsSchema,
        response: { 201: cafeCodeSchema, ...conflict },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await makeCheckInCode({ ...base(request), ...request.params })),
  );

  app.get(
    '/api/public/programmes/:slug/cafe.ics',
    {
      config: { access: communityAccess['cafe.feed'] },
      schema: {
        tags,
        summary: "The programme's café times as a public iCalendar feed",
        params: cafeFeedParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string(), 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const file = await cafeFeedFile({ db: deps.db, slug: request.params.slug });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=900')
        .send(file);
    },
  );

  app.get(
    '/api/programmes/:programmeId/my-community',
    {
      config: { access: communityAccess['own.read'] },
      schema: {
        tags,
        summary: "The café's next two weeks, the caller's own visits, and events with their place",
        params: programmeParamsSchema,
        response: { 200: myCommunitySchema, ...problems },
      },
    },
    async (request) => getMyCommunity({ ...base(request), ...request.params, publicUrl: deps.publicUrl }),
  );

  app.post(
    '/api/programmes/:programmeId/my-community/check-in',
    {
      config: { access: communityAccess['own.check-in'] },
      schema: {
        tags,
        summary: 'Check in at the café with the code shown in the room',
        params: programmeParamsSchema,
        body: checkInRequestSchema,
        response: { 200: checkedInSchema, ...problems, 429: problemSchema },
      },
    },
    async (request) => checkInWithCode({ ...base(request), ...request.params, code: request.body.code }),
  );

  app.post(
    '/api/programmes/:programmeId/my-community/events/:eventId/sign-up',
    {
      config: { access: communityAccess['own.sign-up'] },
      schema: {
        tags,
        summary: 'Sign up for an event (a place, or the waiting list when it is full)',
        params: eventParamsSchema,
        body: signUpRequestSchema,
        response: { 200: mySignUpSchema, ...conflict },
      },
    },
    async (request) => signUpForEvent({ ...base(request), ...request.params, guest: request.body.guest }),
  );

  app.delete(
    '/api/programmes/:programmeId/my-community/events/:eventId/sign-up',
    {
      config: { access: communityAccess['own.sign-up'] },
      schema: {
        tags,
        summary: 'Cancel a place or a place in the queue; the waiting list moves up',
        params: eventParamsSchema,
        response: { 200: mySignUpSchema, ...conflict },
      },
    },
    async (request) => cancelSignUp({ ...base(request), ...request.params }),
  );

  app.get(
    '/api/programmes/:programmeId/events',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: "The programme's events, latest first, with counts",
        params: programmeParamsSchema,
        response: { 200: eventListSchema, ...problems },
      },
    },
    async (request) => listEvents({ ...base(request), ...request.params }),
  );

  app.post(
    '/api/programmes/:programmeId/events',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: 'Create an event',
        params: programmeParamsSchema,
        body: createEventRequestSchema,
        response: { 201: eventSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEvent({ ...base(request), ...request.params, request: request.body })),
  );

  app.get(
    '/api/programmes/:programmeId/events/:eventId',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: 'An event with who has a place, the waiting list in order, and who came (audited)',
        params: eventParamsSchema,
        response: { 200: eventDetailSchema, ...problems },
      },
    },
    async (request) => getEvent({ ...base(request), ...request.params }),
  );

  app.put(
    '/api/programmes/:programmeId/events/:eventId',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: 'Change an event before it begins (a new time or place is told to those signed up)',
        params: eventParamsSchema,
        body: updateEventRequestSchema,
        response: { 200: eventSchema, ...conflict },
      },
    },
    async (request) => updateEvent({ ...base(request), ...request.params, request: request.body }),
  );

  app.post(
    '/api/programmes/:programmeId/events/:eventId/cancel',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: 'Cancel an event before it begins; everyone signed up or waiting is told why',
        params: eventParamsSchema,
        body: cancelEventRequestSchema,
        response: { 200: eventSchema, ...conflict },
      },
    },
    async (request) => cancelEvent({ ...base(request), ...request.params, reason: request.body.reason }),
  );

  app.put(
    '/api/programmes/:programmeId/events/:eventId/attendance/:userId',
    {
      config: { access: communityAccess['event.manage'] },
      schema: {
        tags,
        summary: 'One tap: a person with a place came to the event (or did not)',
        params: eventAttendanceParamsSchema,
        body: eventAttendanceRequestSchema,
        response: { 200: z.object({ userId: z.uuid(), attended: z.boolean() }), ...conflict },
      },
    },
    async (request) =>
      recordEventAttendance({ ...base(request), ...request.params, attended: request.body.attended }),
  );
}
