import { z } from 'zod';
import { publicImageSchema } from './programme-images.contract.ts';

export const localeSchema = z.enum(['da', 'en']);
export type Locale = z.infer<typeof localeSchema>;

const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes');

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const contactSchema = z.object({
  name: z.string().min(1).max(120),
  role: z.string().max(120).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().email().max(200).optional(),
});

export const cafeTimeSchema = z.object({
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  start: time,
  end: time,
  place: z.string().min(1).max(200),
});

export const supportContactSchema = z.object({
  name: z.string().min(1).max(120),
  phone: z.string().max(40).optional(),
  description: z.string().max(300).optional(),
  hours: z.string().max(120).optional(),
});

/** The flyer content of a programme's public page, in one language. */
export const programmePageContentSchema = z.object({
  title: z.string().min(1).max(160),
  tagline: z.string().max(300),
  what: z.array(z.string().min(1).max(2000)).max(10),
  who: z.array(z.string().min(1).max(500)).max(15),
  how: z.array(z.string().min(1).max(500)).max(15),
  contacts: z.array(contactSchema).max(10),
  cafe: z.array(cafeTimeSchema).max(14),
  support: z.array(supportContactSchema).max(10),
});
export type ProgrammePageContent = z.infer<typeof programmePageContentSchema>;

export const programmeSummarySchema = z.object({
  slug,
  name: z.string(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmeListResponseSchema = z.object({ programmes: z.array(programmeSummarySchema) });

export const programmePageParamsSchema = z.object({ slug });
export const programmePageQuerySchema = z.object({ locale: localeSchema.optional() });
export const programmePageResponseSchema = z.object({
  programme: programmeSummarySchema,
  /** The language the content is in (the requested one, or the programme's default). */
  locale: localeSchema,
  content: programmePageContentSchema,
  /** The page's images, in order, with their alt text in the page's language (decision 029). */
  images: z.array(publicImageSchema),
});
export type ProgrammePageResponse = z.infer<typeof programmePageResponseSchema>;

/** Staff editing the page: the programme by id (as every staff route) and the language. */
export const programmePageEditParamsSchema = z.object({
  programmeId: z.string().uuid(),
  locale: localeSchema,
});
export const programmePageEditResponseSchema = z.object({
  locale: localeSchema,
  content: programmePageContentSchema,
  updatedAt: z.string(),
});
export type ProgrammePageEditResponse = z.infer<typeof programmePageEditResponseSchema>;
