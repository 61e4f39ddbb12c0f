import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import type { PersonalDataPart } from '../../../server/personal-data.ts';
import {
  acceptInvitationRequestSchema,
  acceptInvitationResponseSchema,
  createInvitationRequestSchema,
  eraseResponseSchema,
  exportQuerySchema,
  invitationListResponseSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenRequestSchema,
  meResponseSchema,
  myAuditTrailResponseSchema,
  type PersonalDataExport,
  peopleResponseSchema,
  personalDataExportSchema,
  personParamsSchema,
  personSchema,
  programmeParamsSchema,
  setRolesRequestSchema,
} from '../accounts.contract.ts';
import { accountsAccess } from './accounts.policy.ts';
import { getMe } from './get-me.ts';
import {
  acceptInvitation,
  createInvitation,
  type InvitationAcceptedHook,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.ts';
import { listMyAuditTrail } from './list-my-audit-trail.ts';
import { erasePerson, exportMyData, exportPerson, listPeople, setRoles } from './people.ts';
import { renderExportHtml } from './render-export-html.ts';

export interface AccountsRoutesDeps {
  db: Database;
  publicUrl: string;
  /** What other features do when a person accepts an invitation (in the same transaction). */
  onInvitationAccepted?: readonly InvitationAcceptedHook[];
  /** Every feature's part of a person's data, for export and erasure. */
  personalData: PersonalDataPart[];
}

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** A download: JSON by default, or the readable page with `?format=html`. */
function sendExport(request: FastifyRequest, reply: FastifyReply, data: PersonalDataExport, format?: string) {
  reply.header('cache-control', 'no-store');
  if (format === 'html') {
    return reply
      .header('content-disposition', 'attachment; filename="mine-data.html"')
      .type('text/html; charset=utf-8')
      .send(renderExportHtml(data, requestLocale(request)));
  }
  reply.header('content-disposition', 'attachment; filename="mine-data.json"');
  return data;
}

export function accountsRoutes(app: App, deps: AccountsRoutesDeps) {
  const { db } = deps;
  const base = (request: FastifyRequest) => ({ db, actor: request.actor, requestId: request.id });

  app.get(
    '/api/me',
    {
      config: { access: accountsAccess['me.read'] },
      schema: {
        tags: ['accounts'],
        summary: 'The logged-in person and their roles per programme',
        response: { 200: meResponseSchema, 401: problemSchema },
      },
    },
    async (request) => getMe(base(request)),
  );

  app.get(
    '/api/me/audit',
    {
      config: { access: accountsAccess['me.read'] },
      schema: {
        tags: ['accounts'],
        summary: 'Who has looked at or changed my data, newest first',
        response: { 200: myAuditTrailResponseSchema, 401: problemSchema },
      },
    },
    async (request) => listMyAuditTrail({ ...base(request), parts: deps.personalData }),
  );

  app.get(
    '/api/me/export',
    {
      config: { access: accountsAccess['me.export'] },
      schema: {
        tags: ['accounts'],
        summary: 'Download my data (JSON, or a readable page with ?format=html)',
        querystring: exportQuerySchema,
        response: { 200: personalDataExportSchema, ...problems },
      },
    },
    async (request, reply) =>
      sendExport(
        request,
        reply,
        await exportMyData({ ...base(request), parts: deps.personalData }),
        request.query.format,
      ),
  );

  app.get(
    '/api/programmes/:programmeId/people',
    {
      config: { access: accountsAccess['people.list'] },
      schema: {
        tags: ['accounts'],
        summary: 'The people of a programme with their roles',
        params: programmeParamsSchema,
        response: { 200: peopleResponseSchema, ...problems },
      },
    },
    async (request) => listPeople({ ...base(request), programmeId: request.params.programmeId }),
  );

  app.put(
    '/api/programmes/:programmeId/people/:userId/roles',
    {
      config: { access: accountsAccess['person.setRoles'] },
      schema: {
        tags: ['accounts'],
        summary: "Set a person's roles in the programme (needs a login from the last 10 minutes)",
        params: personParamsSchema,
        body: setRolesRequestSchema,
        response: { 200: personSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) => setRoles({ ...base(request), ...request.params, roles: request.body.roles }),
  );

  app.get(
    '/api/programmes/:programmeId/people/:userId/export',
    {
      config: { access: accountsAccess['person.export'] },
      schema: {
        tags: ['accounts'],
        summary: "Export a person's data in the programme (needs a login from the last 10 minutes)",
        params: personParamsSchema,
        querystring: exportQuerySchema,
        response: { 200: personalDataExportSchema, ...problems },
      },
    },
    async (request, reply) =>
      sendExport(
        request,
        reply,
        await exportPerson({ ...base(request), ...request.params, parts: deps.personalData }),
        request.query.format,
      ),
  );

  app.post(
    '/api/programmes/:programmeId/people/:userId/erase',
    {
      config: { access: accountsAccess['person.erase'] },
      schema: {
        tags: ['accounts'],
        summary: "Erase a person's data in the programme (needs a login from the last 10 minutes)",
        params: personParamsSchema,
        response: { 200: eraseResponseSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) => erasePerson({ ...base(request), ...request.params, parts: deps.personalData }),
  );

  app.get(
    '/api/programmes/:programmeId/invitations',
    {
      config: { access: accountsAccess['invitation.list'] },
      schema: {
        tags: ['accounts'],
        summary: 'Invitations sent in the programme, newest first',
        params: programmeParamsSchema,
        response: { 200: invitationListResponseSchema, ...problems },
      },
    },
    async (request) => listInvitations({ ...base(request), programmeId: request.params.programmeId }),
  );

  app.post(
    '/api/programmes/:programmeId/invitations',
    {
      config: { access: accountsAccess['invitation.create'] },
      schema: {
        tags: ['accounts'],
        summary: 'Invite a person by e-mail or SMS (staff: peers and mentors; admins: any role)',
        params: programmeParamsSchema,
        body: createInvitationRequestSchema,
        response: { 201: invitationSchema, ...problems },
      },
    },
    async (request, reply) => {
      const created = await createInvitation({
        ...base(request),
        programmeId: request.params.programmeId,
        input: request.body,
        publicUrl: deps.publicUrl,
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/programmes/:programmeId/invitations/:invitationId',
    {
      config: { access: accountsAccess['invitation.revoke'] },
      schema: {
        tags: ['accounts'],
        summary: 'Withdraw an invitation that has not been accepted',
        params: invitationParamsSchema,
        response: { 204: z.null(), 410: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      await revokeInvitation({ ...base(request), ...request.params });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/invitations/preview',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation link invites to (the token is the key)',
        body: invitationTokenRequestSchema,
        response: { 200: invitationPreviewSchema, 400: problemSchema, 410: problemSchema },
      },
    },
    async (request) => previewInvitation({ ...base(request), token: request.body.token }),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: creates the login, or adds the roles to the logged-in account',
        body: acceptInvitationRequestSchema,
        response: {
          200: acceptInvitationResponseSchema,
          409: problemSchema,
          410: problemSchema,
          ...problems,
        },
      },
    },
    async (request) =>
      acceptInvitation({ ...base(request), input: request.body, onAccepted: deps.onInvitationAccepted }),
  );
}
