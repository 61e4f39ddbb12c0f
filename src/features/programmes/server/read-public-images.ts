import { and, desc, eq, lte } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { PublicImage } from '../programme-images.contract.ts';
import type { Locale } from '../programmes.contract.ts';
import type { ImageStorage } from './image-storage.ts';
import { programme } from './programme.table.ts';
import { programmeImage, programmeImageFile } from './programme-image.table.ts';
import { imageSrc, readImages } from './programme-image-rows.ts';
import { authorize } from './programmes.policy.ts';

/**
 * The page's images for the public page in one language: alt text in that language, else the
 * Danish one (its language is said, so the page can mark it); decorative images have none.
 */
export async function readPublicImages(tx: Tx, slug: string, locale: Locale): Promise<PublicImage[]> {
  const entries = await readImages(tx);
  return entries.map(({ image, files }) => {
    const own = locale === 'en' ? image.altEn : image.altDa;
    const altLocale: Locale = image.decorative || own ? locale : 'da';
    return {
      id: image.id,
      alt: image.decorative ? '' : own || image.altDa,
      altLocale,
      files: files.map((f) => ({ width: f.width, height: f.height, src: imageSrc(slug, f) })),
    };
  });
}

export interface PublicImageFile {
  contentType: string;
  contentHash: string;
  bytes: Buffer;
}

/**
 * One file of a programme's image, for anyone: the widest stored one not wider than `width`
 * (the narrowest when all are wider; the widest when no width is asked).
 */
export async function getPublicImageFile(options: {
  db: Database;
  actor: Actor;
  storage: ImageStorage;
  slug: string;
  imageId: string;
  width?: number;
}): Promise<PublicImageFile> {
  authorize(options.actor, 'page.readPublic');
  const [found] = await options.db.db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.slug, options.slug));
  if (!found) throw new AppError('IMAGE_NOT_FOUND');
  const row = await options.db.withProgramme(found.id, async (tx) => {
    const select = () =>
      tx
        .select({
          programmeId: programmeImageFile.programmeId,
          imageId: programmeImageFile.imageId,
          width: programmeImageFile.width,
          contentHash: programmeImageFile.contentHash,
          data: programmeImageFile.data,
          contentType: programmeImage.contentType,
        })
        .from(programmeImageFile)
        .innerJoin(programmeImage, eq(programmeImage.id, programmeImageFile.imageId));
    const forImage = eq(programmeImageFile.imageId, options.imageId);
    const [fitting] = await select()
      .where(options.width ? and(forImage, lte(programmeImageFile.width, options.width)) : forImage)
      .orderBy(desc(programmeImageFile.width))
      .limit(1);
    if (fitting || !options.width) return fitting;
    const [narrowest] = await select().where(forImage).orderBy(programmeImageFile.width).limit(1);
    return narrowest;
  });
  if (!row) throw new AppError('IMAGE_NOT_FOUND');
  const bytes = await options.storage.read(row);
  if (!bytes) throw new AppError('IMAGE_NOT_FOUND', 'stored bytes are gone');
  return { contentType: row.contentType, contentHash: row.contentHash, bytes };
}
