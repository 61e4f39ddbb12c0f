import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import {
  IMAGE_ALT_MAX,
  imageDescriptionSchema,
  imageOrderSchema,
  imageUploadSchema,
  programmeImageListSchema,
  programmeImageParamsSchema,
  programmeImageSchema,
  programmeImagesParamsSchema,
  publicImageParamsSchema,
  publicImageQuerySchema,
} from '../programme-images.contract.ts';
import type { ImageStorage } from './image-storage.ts';
import {
  deleteProgrammeImage,
  describeProgrammeImage,
  listProgrammeImages,
  orderProgrammeImages,
} from './manage-programme-images.ts';
import { programmesAccess } from './programmes.policy.ts';
import type { PublicCache } from './public-cache.ts';
import { getPublicImageFile } from './read-public-images.ts';
import { uploadProgrammeImage } from './upload-programme-image.ts';

/** The upload's JSON: the base64 file at its largest, two alt texts, and room for the keys. */
const UPLOAD_BODY_LIMIT = imageUploadSchema.shape.data.maxLength! + 8 * IMAGE_ALT_MAX + 1024;
/** A file's bytes never change under its hash: the address with the hash may be kept for ever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export function programmeImagesRoutes(
  app: App,
  deps: { db: Database; storage: ImageStorage; cache: PublicCache },
) {
  const base = (request: FastifyRequest, programmeId: string) => ({
    ...deps,
    actor: request.actor,
    requestId: request.id,
    programmeId,
  });

  app.get(
    '/api/programmes/:programmeId/images',
    {
      config: { access: programmesAccess['images.read'] },
      schema: {
        tags: ['programmes'],
        summary: "The images of the programme's public page, in order (for the editor)",
        params: programmeImagesParamsSchema,
        response: { 200: programmeImageListSchema, ...problems },
      },
    },
    async (request) => listProgrammeImages(base(request, request.params.programmeId)),
  );

  app.post(
    '/api/programmes/:programmeId/images',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { access: programmesAccess['images.update'] },
      schema: {
        tags: ['programmes'],
        summary: 'Add an image (JPEG, PNG or WebP as base64) with its alt text, or marked decorative',
        params: programmeImagesParamsSchema,
        body: imageUploadSchema,
        response: {
          201: programmeImageSchema,
          409: problemSchema,
          413: problemSchema,
          415: problemSchema,
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const image = await uploadProgrammeImage({
        ...base(request, request.params.programmeId),
        upload: request.body,
      });
      return reply.status(201).send(image);
    },
  );

  app.put(
    '/api/programmes/:programmeId/images/order',
    {
      config: { access: programmesAccess['images.update'] },
      schema: {
        tags: ['programmes'],
        summary: "Put the page's images in this order (every image once)",
        params: programmeImagesParamsSchema,
        body: imageOrderSchema,
        response: { 200: programmeImageListSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) =>
      orderProgrammeImages({ ...base(request, request.params.programmeId), ids: request.body.ids }),
  );

  app.put(
    '/api/programmes/:programmeId/images/:imageId',
    {
      config: { access: programmesAccess['images.update'] },
      schema: {
        tags: ['programmes'],
        summary: "Change an image's alt text, or whether it is decorative",
        params: programmeImageParamsSchema,
        body: imageDescriptionSchema,
        response: { 200: programmeImageSchema, ...problems },
      },
    },
    async (request) =>
      describeProgrammeImage({
        ...base(request, request.params.programmeId),
        imageId: request.params.imageId,
        description: request.body,
      }),
  );

  app.delete(
    '/api/programmes/:programmeId/images/:imageId',
    {
      config: { access: programmesAccess['images.update'] },
      schema: {
        tags: ['programmes'],
        summary: 'Remove an image from the page',
        params: programmeImageParamsSchema,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await deleteProgrammeImage({
        ...base(request, request.params.programmeId),
        imageId: request.params.imageId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/public/programmes/:slug/images/:imageId',
    {
      config: { access: programmesAccess['page.readPublic'] },
      schema: {
        tags: ['programmes'],
        summary: "One of a programme's images (`w`: the width wanted; `v`: the content hash)",
        params: publicImageParamsSchema,
        querystring: publicImageQuerySchema,
        produces: ['image/webp', 'image/jpeg'],
        response: { 200: z.unknown(), 304: z.null(), 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const file = await getPublicImageFile({
        db: deps.db,
        actor: request.actor,
        storage: deps.storage,
        slug: request.params.slug,
        imageId: request.params.imageId,
        ...(request.query.w ? { width: request.query.w } : {}),
      });
      const etag = `"${file.contentHash}"`;
      reply
        .header('etag', etag)
        .header('cache-control', request.query.v === file.contentHash ? IMMUTABLE : 'public, no-cache')
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply.type(file.contentType).send(file.bytes);
    },
  );
}
