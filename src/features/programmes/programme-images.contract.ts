/**
 * Images of a programme's public page (decision 029). An image is shared by the page's languages
 * and carries its alt text per language: Danish is required, English optional (the English page
 * falls back to the Danish text, marked `lang="da"`), unless the image is explicitly decorative.
 */
import { z } from 'zod';

/** The largest file staff may upload, before re-encoding (a phone photo is 2–6 MB). */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
/** Alt text is a sentence or two, not a caption essay. */
export const IMAGE_ALT_MAX = 250;
/** Images per programme page. */
export const IMAGE_MAX_COUNT = 12;
/** The file types staff may upload (checked by their bytes, not by this name). */
export const IMAGE_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const alt = z.string().max(IMAGE_ALT_MAX);

/** Alt text per language; an empty string is "none". */
export const imageAltSchema = z.object({ da: alt, en: alt });
export type ImageAlt = z.infer<typeof imageAltSchema>;

/** What staff say about an image: its alt text, or that it is decorative (and has none). */
export const imageDescriptionSchema = z.object({
  decorative: z.boolean(),
  alt: imageAltSchema,
});
export type ImageDescription = z.infer<typeof imageDescriptionSchema>;

/** An upload: the file's bytes as base64 (JSON, like every other call) and its description. */
export const imageUploadSchema = imageDescriptionSchema.extend({
  // Room above IMAGE_MAX_BYTES, so a file a little too large is told IMAGE_TOO_LARGE by the
  // decoder's check rather than a bare "too long"; far larger ones hit the route's body limit.
  data: z
    .string()
    .min(1)
    .max(Math.ceil((IMAGE_MAX_BYTES * 1.25) / 3) * 4),
});
export type ImageUpload = z.infer<typeof imageUploadSchema>;

export const imageOrderSchema = z.object({ ids: z.array(z.string().uuid()).max(IMAGE_MAX_COUNT) });

export const programmeImagesParamsSchema = z.object({ programmeId: z.string().uuid() });
export const programmeImageParamsSchema = programmeImagesParamsSchema.extend({ imageId: z.string().uuid() });

/** One stored size of an image, by its width in pixels. */
export const imageFileSchema = z.object({
  width: z.number().int(),
  height: z.number().int(),
  /** The address to show it at: the content hash in the query makes it cacheable for ever. */
  src: z.string(),
});

/** An image as staff see it in the editor. */
export const programmeImageSchema = imageDescriptionSchema.extend({
  id: z.string().uuid(),
  contentType: z.string(),
  files: z.array(imageFileSchema),
});
export type ProgrammeImage = z.infer<typeof programmeImageSchema>;

export const programmeImageListSchema = z.object({ images: z.array(programmeImageSchema) });
export type ProgrammeImageList = z.infer<typeof programmeImageListSchema>;

/** An image as the public page shows it, in the page's language. */
export const publicImageSchema = z.object({
  id: z.string().uuid(),
  /** Empty for a decorative image. */
  alt: z.string(),
  /** The language of `alt` (the page's, or Danish when the image has no text in it). */
  altLocale: z.enum(['da', 'en']),
  files: z.array(imageFileSchema),
});
export type PublicImage = z.infer<typeof publicImageSchema>;

export const publicImageParamsSchema = z.object({
  slug: z.string().min(1).max(64),
  imageId: z.string().uuid(),
});
export const publicImageQuerySchema = z.object({
  /** Which width; the largest when left out or unknown. */
  w: z.coerce.number().int().min(1).max(10_000).optional(),
  /** The content hash the address was made with; when it matches, the answer is immutable. */
  v: z.string().max(64).optional(),
});
