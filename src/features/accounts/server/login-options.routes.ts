import type { OidcConfig } from '../../../server/env.ts';
import type { App } from '../../../server/http.ts';
import { type LoginOptionsResponse, loginOptionsResponseSchema } from '../accounts.contract.ts';

/**
 * Which ways in the login page offers besides e-mail. Only the button label leaves the server,
 * never the provider's address or client id. It changes only with a restart, hence the cache.
 */
export function loginOptionsRoutes(app: App, deps: { oidc: OidcConfig | null }) {
  const answer: LoginOptionsResponse = { oidc: deps.oidc ? { label: deps.oidc.label } : null };
  app.get(
    '/api/public/login-options',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'The ways to log in that this installation offers besides e-mail',
        response: { 200: loginOptionsResponseSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return answer;
    },
  );
}
