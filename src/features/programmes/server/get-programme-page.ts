import { eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { Locale, ProgrammePageResponse } from '../programmes.contract.ts';
import { programme, programmePage } from './programme.table.ts';
import { authorize } from './programmes.policy.ts';
import type { PublicCache } from './public-cache.ts';
import { readPublicImages } from './read-public-images.ts';

/** The public page of a programme in the asked language, else in the programme's default one. */
export async function getProgrammePage(options: {
  db: Database;
  actor: Actor;
  slug: string;
  locale: Locale;
  cache: PublicCache;
}): Promise<ProgrammePageResponse> {
  authorize(options.actor, 'page.readPublic');
  return options.cache.get(`page:${options.slug}:${options.locale}`, () =>
    readPage(options),
  ) as Promise<ProgrammePageResponse>;
}

async function readPage(options: {
  db: Database;
  slug: string;
  locale: Locale;
}): Promise<ProgrammePageResponse> {
  const [found] = await options.db.db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      defaultLocale: programme.defaultLocale,
    })
    .from(programme)
    .where(eq(programme.slug, options.slug));
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  const { page, images } = await options.db.withProgramme(found.id, async (tx) => {
    const pages = await tx
      .select({ locale: programmePage.locale, content: programmePage.content })
      .from(programmePage);
    const chosen =
      pages.find((p) => p.locale === options.locale) ??
      pages.find((p) => p.locale === found.defaultLocale) ??
      pages[0];
    if (!chosen) throw new AppError('NOT_FOUND', 'programme has no page');
    return { page: chosen, images: await readPublicImages(tx, found.slug, chosen.locale as Locale) };
  });
  return {
    programme: { slug: found.slug, name: found.name },
    locale: page.locale as Locale,
    content: page.content,
    images,
  };
}
