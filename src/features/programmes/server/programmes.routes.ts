import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import {
  programmeListResponseSchema,
  programmePageParamsSchema,
  programmePageQuerySchema,
  programmePageResponseSchema,
} from '../programmes.contract.ts';
import { getProgrammePage } from './get-programme-page.ts';
import { listPublicProgrammes } from './list-public-programmes.ts';
import { createPublicCache } from './public-cache.ts';

export function programmesRoutes(app: App, deps: { db: Database }) {
  const cache = createPublicCache();
  app.get(
    '/api/public/programmes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'The programmes of this installation',
        response: { 200: programmeListResponseSchema },
      },
    },
    async (request) => ({
      programmes: await listPublicProgrammes({ db: deps.db, actor: request.actor, cache }),
    }),
  );

  app.get(
    '/api/public/programmes/:slug/page',
    {
      config: { access: 'public' },
      schema: {
        tags: ['programmes'],
        summary: "A programme's public page (the flyer)",
        params: programmePageParamsSchema,
        querystring: programmePageQuerySchema,
        response: { 200: programmePageResponseSchema, 404: problemSchema },
      },
    },
    async (request) =>
      getProgrammePage({
        db: deps.db,
        actor: request.actor,
        slug: request.params.slug,
        locale: request.query.locale ?? requestLocale(request),
        cache,
      }),
  );
}
