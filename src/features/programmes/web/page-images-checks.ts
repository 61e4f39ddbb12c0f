/**
 * The image form's checks, written out from the contract's limits (the web app uses contract
 * types only): what passes here the server takes, unless the file's bytes say otherwise.
 */
import {
  IMAGE_ALT_MAX,
  IMAGE_MAX_BYTES,
  IMAGE_UPLOAD_TYPES,
  type ImageDescription,
} from '../programme-images.contract.ts';

export type ImageCheck = 'noFile' | 'type' | 'size' | 'altRequired' | 'altTooLong';

/** Problems of a description, by field path (`alt.da`). */
export function checkImageDescription(description: ImageDescription): Record<string, ImageCheck> {
  const found: Record<string, ImageCheck> = {};
  if (description.decorative) return found;
  if (!description.alt.da.trim()) found['alt.da'] = 'altRequired';
  for (const locale of ['da', 'en'] as const) {
    if (description.alt[locale].length > IMAGE_ALT_MAX) found[`alt.${locale}`] = 'altTooLong';
  }
  return found;
}

/** The problem of a chosen file, judged by what the browser says of it (the server reads the bytes). */
export function checkImageFile(file: { type: string; size: number } | null): ImageCheck | null {
  if (!file) return 'noFile';
  if (!(IMAGE_UPLOAD_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > IMAGE_MAX_BYTES) return 'size';
  return null;
}
