/** Reading image rows into what staff and the public page see (shared by the image use-cases). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import type { ImageDescription, ProgrammeImage } from '../programme-images.contract.ts';
import { programmeImage, programmeImageFile } from './programme-image.table.ts';

type ImageRow = typeof programmeImage.$inferSelect;
type FileRow = { imageId: string; width: number; height: number; contentHash: string };

/** The public address of one file: the hash makes it a new address whenever the bytes differ. */
export function imageSrc(slug: string, file: FileRow): string {
  return `/api/public/programmes/${slug}/images/${file.imageId}?w=${file.width}&v=${file.contentHash}`;
}

/** The programme's images in page order, each with its files narrowest first. */
export async function readImages(tx: Tx, imageId?: string) {
  const images = await tx
    .select()
    .from(programmeImage)
    .where(imageId ? eq(programmeImage.id, imageId) : undefined)
    .orderBy(asc(programmeImage.position), asc(programmeImage.createdAt));
  if (images.length === 0) return [];
  const files = await tx
    .select({
      imageId: programmeImageFile.imageId,
      width: programmeImageFile.width,
      height: programmeImageFile.height,
      contentHash: programmeImageFile.contentHash,
    })
    .from(programmeImageFile)
    .where(
      inArray(
        programmeImageFile.imageId,
        images.map((i) => i.id),
      ),
    )
    .orderBy(asc(programmeImageFile.width));
  return images.map((image) => ({ image, files: files.filter((f) => f.imageId === image.id) }));
}

export function toStaffImage(slug: string, entry: { image: ImageRow; files: FileRow[] }): ProgrammeImage {
  return {
    id: entry.image.id,
    contentType: entry.image.contentType,
    ...imageDescription(entry.image),
    files: entry.files.map((f) => ({ width: f.width, height: f.height, src: imageSrc(slug, f) })),
  };
}

export function imageDescription(image: ImageRow): ImageDescription {
  return { decorative: image.decorative, alt: { da: image.altDa, en: image.altEn } };
}
