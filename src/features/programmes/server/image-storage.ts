/**
 * Where the bytes of programme images live (decision 029). Storage is a provider, so an
 * installation could keep them in a file system or an object store; the built-in default keeps
 * them in the database, so an embedded (PGlite) installation needs nothing more, and backups,
 * row-level security and the programme's deletion cover them as every other row.
 */
import type { Tx } from '../../../server/db.ts';

/** One stored size of an image, as its table row names it. */
export interface StoredImageFile {
  programmeId: string;
  imageId: string;
  width: number;
  contentHash: string;
  /** The bytes, when the storage keeps them in the row. */
  data: Buffer | null;
}

export interface ImageStorage {
  /** Keeps the bytes in the transaction that records the image; returns what goes in `data`. */
  write(tx: Tx, file: Omit<StoredImageFile, 'data'>, bytes: Buffer): Promise<Buffer | null>;
  /** The bytes of a stored file, or null when they are gone. */
  read(file: StoredImageFile): Promise<Buffer | null>;
  /** Called after the commit that deleted the rows (their bytes may be removed now). */
  removed(files: Omit<StoredImageFile, 'data'>[]): Promise<void>;
}

/** The built-in storage: the bytes in `programme_image_file.data`, deleted with their row. */
export const databaseImageStorage: ImageStorage = {
  write: async (_tx, _file, bytes) => bytes,
  read: async (file) => file.data,
  removed: async () => {},
};
