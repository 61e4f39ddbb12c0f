import { ROLES } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { meResponseSchema, myAuditTrailResponseSchema } from '../accounts.contract.ts';
import { getMe } from './get-me.ts';
import { listMyAuditTrail } from './list-my-audit-trail.ts';

export function accountsRoutes(app: App, deps: { db: Database }) {
  app.get(
    '/api/me',
    {
      config: { access: { roles: ROLES, own: true } },
      schema: {
        tags: ['accounts'],
        summary: 'The logged-in person and their roles per programme',
        response: { 200: meResponseSchema, 401: problemSchema },
      },
    },
    async (request) => getMe({ db: deps.db, actor: request.actor }),
  );

  app.get(
    '/api/me/audit',
    {
      config: { access: { roles: ROLES, own: true } },
      schema: {
        tags: ['accounts'],
        summary: 'Who has looked at or changed my data, newest first',
        response: { 200: myAuditTrailResponseSchema, 401: problemSchema },
      },
    },
    async (request) => listMyAuditTrail({ db: deps.db, actor: request.actor }),
  );
}
