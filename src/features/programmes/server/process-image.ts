/**
 * Turns an uploaded file into the files the public page serves (decision 029). The type is read
 * from the bytes, never from a name or header; only JPEG, PNG and WebP are decoded, so SVG (which
 * can carry script) never reaches a decoder. Every image is re-encoded as WebP: that drops EXIF,
 * GPS and every other piece of metadata, and leaves nothing of a polyglot file but its pixels.
 * `limitInputPixels` stops a small file that would decode to a huge one (a decompression bomb).
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../../server/errors.ts';
import { IMAGE_MAX_BYTES } from '../programme-images.contract.ts';

/** The widths served: a phone (320–400 px at 2×) takes 800, a desk screen 1600. */
export const IMAGE_WIDTHS = [800, 1600] as const;
/** 40 megapixels: more than any phone camera saves, far below what would exhaust memory. */
export const IMAGE_MAX_PIXELS = 40_000_000;
export const IMAGE_OUTPUT_TYPE = 'image/webp';

export interface ProcessedFile {
  width: number;
  height: number;
  bytes: Buffer;
  contentHash: string;
}

type Sniffed = 'jpeg' | 'png' | 'webp';

/** The file's type by its first bytes, or null for anything else. */
export function sniffImageType(bytes: Buffer): Sniffed | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  return null;
}

/** Decodes base64 (with or without a `data:` prefix) strictly: anything else is unreadable. */
export function decodeUpload(data: string): Buffer {
  const body = data.replace(/^data:[\w/+.-]*;base64,/, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) throw new AppError('IMAGE_UNREADABLE');
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length === 0) throw new AppError('IMAGE_UNREADABLE');
  if (bytes.length > IMAGE_MAX_BYTES) throw new AppError('IMAGE_TOO_LARGE', `${bytes.length} bytes`);
  return bytes;
}

/** The served files of an upload, narrowest first; throws the IMAGE_* problem that fits. */
export async function processImage(bytes: Buffer): Promise<ProcessedFile[]> {
  const type = sniffImageType(bytes);
  if (!type) throw new AppError('IMAGE_TYPE_NOT_ALLOWED');
  const input = () => sharp(bytes, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' });
  let meta: Metadata;
  try {
    meta = await input().metadata();
  } catch (error) {
    throw unreadable(error);
  }
  // The bytes and the decoder must agree (a JPEG header on something else is refused).
  if (meta.format !== type)
    throw new AppError('IMAGE_TYPE_NOT_ALLOWED', `sniffed ${type}, decoded ${meta.format}`);
  if ((meta.pages ?? 1) > 1) throw new AppError('IMAGE_ANIMATED');
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new AppError('IMAGE_UNREADABLE');
  if (width * height > IMAGE_MAX_PIXELS) throw new AppError('IMAGE_TOO_LARGE', `${width}×${height}`);
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < width);
  if (widths.length < IMAGE_WIDTHS.length) widths.push(Math.min(width, IMAGE_WIDTHS.at(-1)!));
  try {
    return await Promise.all(
      widths.map(async (w) => {
        // rotate() turns the pixels as the EXIF orientation says, before the metadata is dropped
        const { data, info } = await input()
          .rotate()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: 80, effort: 4 })
          .toBuffer({ resolveWithObject: true });
        return {
          width: info.width,
          height: info.height,
          bytes: data,
          contentHash: createHash('sha256').update(data).digest('hex'),
        };
      }),
    );
  } catch (error) {
    throw unreadable(error);
  }
}

/** What a decoder's error means for the person uploading (its text is never shown). */
function unreadable(error: unknown): AppError {
  if (/pixel limit/i.test((error as Error).message)) return new AppError('IMAGE_TOO_LARGE', 'pixel limit');
  return new AppError('IMAGE_UNREADABLE', 'decoder refused the file');
}
