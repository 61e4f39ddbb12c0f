import { sql } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import { type Database, lockTransaction, type Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import {
  IMAGE_MAX_COUNT,
  type ImageDescription,
  type ImageUpload,
  type ProgrammeImage,
} from '../programme-images.contract.ts';
import { findProgrammeById } from './find-programmes.ts';
import type { ImageStorage } from './image-storage.ts';
import { decodeUpload, IMAGE_OUTPUT_TYPE, type ProcessedFile, processImage } from './process-image.ts';
import { programmeImage, programmeImageFile } from './programme-image.table.ts';
import { readImages, toStaffImage } from './programme-image-rows.ts';
import { authorize } from './programmes.policy.ts';
import type { PublicCache } from './public-cache.ts';

export interface ImageDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  storage: ImageStorage;
  cache: PublicCache;
  requestId?: string;
}

type StoredDescription = { decorative: boolean; altDa: string; altEn: string };

/**
 * The stored description: alt text trimmed; none for a decorative image; Danish required
 * otherwise (the page's default language, and what the English page falls back to).
 */
export function checkDescription(description: ImageDescription): StoredDescription {
  if (description.decorative) return { decorative: true, altDa: '', altEn: '' };
  const altDa = description.alt.da.trim();
  if (!altDa) {
    throw new AppError('IMAGE_ALT_REQUIRED', 'no Danish alt text', {
      errors: [{ path: 'body.alt.da', code: 'too_small', message: 'alt text required' }],
    });
  }
  return { decorative: false, altDa, altEn: description.alt.en.trim() };
}

/** The programme's slug, for the public addresses of its images. */
export async function programmeSlug(deps: Pick<ImageDeps, 'db' | 'programmeId'>): Promise<string> {
  const found = await findProgrammeById(deps.db, deps.programmeId);
  if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
  return found.slug;
}

/** Records an image and stores its files, in the caller's transaction; returns its id. */
export async function insertImage(
  tx: Tx,
  storage: ImageStorage,
  image: { programmeId: string; position: number; description: StoredDescription; files: ProcessedFile[] },
): Promise<string> {
  const [row] = await tx
    .insert(programmeImage)
    .values({
      programmeId: image.programmeId,
      contentType: IMAGE_OUTPUT_TYPE,
      position: image.position,
      ...image.description,
    })
    .returning({ id: programmeImage.id });
  const imageId = row!.id;
  for (const file of image.files) {
    const ref = { programmeId: image.programmeId, imageId, width: file.width, contentHash: file.contentHash };
    const data = await storage.write(tx, ref, file.bytes);
    await tx
      .insert(programmeImageFile)
      .values({ ...ref, height: file.height, byteSize: file.bytes.length, data });
  }
  return imageId;
}

/** Adds an image at the end of the page: checked, re-encoded, stored and audited. */
export async function uploadProgrammeImage(
  deps: ImageDeps & { upload: ImageUpload },
): Promise<ProgrammeImage> {
  const granting = authorize(deps.actor, 'images.update', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const description = checkDescription(deps.upload);
  // Decoding runs before the transaction: it takes a while and needs no rows.
  const files = await processImage(decodeUpload(deps.upload.data));
  const slug = await programmeSlug(deps);
  const saved = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    // One upload at a time per programme, so the count and the next position hold.
    await lockTransaction(tx, `makker.images.${deps.programmeId}`);
    const [counted] = await tx
      .select({ n: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(position), -1)::int` })
      .from(programmeImage);
    if ((counted?.n ?? 0) >= IMAGE_MAX_COUNT) throw new AppError('IMAGE_LIMIT_REACHED');
    const imageId = await insertImage(tx, deps.storage, {
      programmeId: deps.programmeId,
      position: (counted?.last ?? -1) + 1,
      description,
      files,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: 'create',
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: 'POST /api/programmes/:programmeId/images',
      requestId: deps.requestId ?? null,
      details: { imageId, widths: files.map((f) => f.width).join(',') },
    });
    return (await readImages(tx, imageId))[0]!;
  });
  deps.cache.clear();
  return toStaffImage(slug, saved);
}
