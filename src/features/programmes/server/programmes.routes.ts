import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import {
  programmeListResponseSchema,
  programmePageContentSchema,
  programmePageEditParamsSchema,
  programmePageEditResponseSchema,
  programmePageParamsSchema,
  programmePageQuerySchema,
  programmePageResponseSchema,
} from '../programmes.contract.ts';
import { getProgrammePage } from './get-programme-page.ts';
import { databaseImageStorage, type ImageStorage } from './image-storage.ts';
import { listPublicProgrammes } from './list-public-programmes.ts';
import { getProgrammePageForEditing, updateProgrammePage } from './manage-programme-page.ts';
import { programmeImagesRoutes } from './programme-images.routes.ts';
import { programmesAccess } from './programmes.policy.ts';
import { createPublicCache } from './public-cache.ts';

/** The programmes' public pages and their editing; images kept in the database unless told otherwise. */
export function programmesRoutes(app: App, deps: { db: Database; imageStorage?: ImageStorage }) {
  const cache = createPublicCache();
  programmeImagesRoutes(app, { db: deps.db, cache, storage: deps.imageStorage ?? databaseImageStorage });
  app.get(
    '/api/public/programmes',
    {
      config: { access: programmesAccess['page.readPublic'] },
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
      config: { access: programmesAccess['page.readPublic'] },
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

  const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
  app.get(
    '/api/programmes/:programmeId/page/:locale',
    {
      config: { access: programmesAccess['page.read'] },
      schema: {
        tags: ['programmes'],
        summary: "The programme's public page in one language, as stored (for the editor)",
        params: programmePageEditParamsSchema,
        response: { 200: programmePageEditResponseSchema, ...problems },
      },
    },
    async (request) =>
      getProgrammePageForEditing({
        db: deps.db,
        actor: request.actor,
        requestId: request.id,
        ...request.params,
      }),
  );

  app.put(
    '/api/programmes/:programmeId/page/:locale',
    {
      config: { access: programmesAccess['page.update'] },
      schema: {
        tags: ['programmes'],
        summary: "Create or replace the programme's public page in one language",
        params: programmePageEditParamsSchema,
        body: programmePageContentSchema,
        response: { 200: programmePageEditResponseSchema, ...problems },
      },
    },
    async (request) =>
      updateProgrammePage({
        db: deps.db,
        actor: request.actor,
        requestId: request.id,
        ...request.params,
        content: request.body,
        cache,
      }),
  );
}
