import { eq, sql } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import { lockTransaction, type Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../audit/server/index.ts';
import type { ImageDescription, ProgrammeImage, ProgrammeImageList } from '../programme-images.contract.ts';
import { programmeImage, programmeImageFile } from './programme-image.table.ts';
import { readImages, toStaffImage } from './programme-image-rows.ts';
import { authorize } from './programmes.policy.ts';
import { checkDescription, type ImageDeps, programmeSlug } from './upload-programme-image.ts';

type ListDeps = Pick<ImageDeps, 'db' | 'actor' | 'programmeId'>;

/** The page's images in order, for the editor. */
export async function listProgrammeImages(deps: ListDeps): Promise<ProgrammeImageList> {
  authorize(deps.actor, 'images.read', { programmeId: deps.programmeId });
  const slug = await programmeSlug(deps);
  const entries = await deps.db.withProgramme(deps.programmeId, (tx) => readImages(tx));
  return { images: entries.map((entry) => toStaffImage(slug, entry)) };
}

/** Runs one audited change of the page's images, then clears this instance's public cache. */
async function changeImages<T>(
  deps: ImageDeps,
  audit: { action: 'update' | 'delete'; purpose: string; details: Record<string, string | number> },
  change: (tx: Tx) => Promise<T>,
): Promise<T> {
  const granting = authorize(deps.actor, 'images.update', { programmeId: deps.programmeId });
  const actor = requireUser(deps.actor);
  const result = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    await lockTransaction(tx, `makker.images.${deps.programmeId}`);
    const value = await change(tx);
    await recordAudit(tx, {
      actorId: actor.userId,
      actorRole: granting.join(','),
      action: audit.action,
      subjectId: null,
      programmeId: deps.programmeId,
      purpose: audit.purpose,
      requestId: deps.requestId ?? null,
      details: audit.details,
    });
    return value;
  });
  deps.cache.clear();
  return result;
}

/** Changes an image's alt text, or whether it is decorative. */
export async function describeProgrammeImage(
  deps: ImageDeps & { imageId: string; description: ImageDescription },
): Promise<ProgrammeImage> {
  const values = checkDescription(deps.description);
  const purpose = 'PUT /api/programmes/:programmeId/images/:imageId';
  const entry = await changeImages(
    deps,
    { action: 'update', purpose, details: { imageId: deps.imageId } },
    async (tx) => {
      const updated = await tx
        .update(programmeImage)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(programmeImage.id, deps.imageId))
        .returning({ id: programmeImage.id });
      if (updated.length === 0) throw new AppError('IMAGE_NOT_FOUND');
      return (await readImages(tx, deps.imageId))[0]!;
    },
  );
  return toStaffImage(await programmeSlug(deps), entry);
}

/** Removes an image from the page, with its files. */
export async function deleteProgrammeImage(deps: ImageDeps & { imageId: string }): Promise<void> {
  const purpose = 'DELETE /api/programmes/:programmeId/images/:imageId';
  const files = await changeImages(
    deps,
    { action: 'delete', purpose, details: { imageId: deps.imageId } },
    async (tx) => {
      const gone = await tx
        .delete(programmeImageFile)
        .where(eq(programmeImageFile.imageId, deps.imageId))
        .returning({
          programmeId: programmeImageFile.programmeId,
          imageId: programmeImageFile.imageId,
          width: programmeImageFile.width,
          contentHash: programmeImageFile.contentHash,
        });
      const deleted = await tx
        .delete(programmeImage)
        .where(eq(programmeImage.id, deps.imageId))
        .returning({ id: programmeImage.id });
      if (deleted.length === 0) throw new AppError('IMAGE_NOT_FOUND');
      return gone;
    },
  );
  await deps.storage.removed(files);
}

/** Puts the page's images in the given order; the list must name each image once. */
export async function orderProgrammeImages(deps: ImageDeps & { ids: string[] }): Promise<ProgrammeImageList> {
  const purpose = 'PUT /api/programmes/:programmeId/images/order';
  const entries = await changeImages(
    deps,
    { action: 'update', purpose, details: { images: deps.ids.length } },
    async (tx) => {
      const current = await tx.select({ id: programmeImage.id }).from(programmeImage);
      const known = new Set(current.map((r) => r.id));
      const unique = new Set(deps.ids);
      if (
        unique.size !== deps.ids.length ||
        unique.size !== known.size ||
        deps.ids.some((id) => !known.has(id))
      )
        throw new AppError('IMAGE_ORDER_MISMATCH');
      for (const [position, id] of deps.ids.entries()) {
        await tx.update(programmeImage).set({ position }).where(eq(programmeImage.id, id));
      }
      return readImages(tx);
    },
  );
  const slug = await programmeSlug(deps);
  return { images: entries.map((entry) => toStaffImage(slug, entry)) };
}
