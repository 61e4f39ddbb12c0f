import { describe, expect, it } from 'vitest';
import { IMAGE_ALT_MAX, IMAGE_MAX_BYTES } from '../programme-images.contract.ts';
import { checkImageDescription, checkImageFile } from './page-images-checks.ts';

describe('the image form checks', () => {
  it('needs Danish alt text unless decorative', () => {
    expect(checkImageDescription({ decorative: false, alt: { da: ' ', en: 'x' } })).toEqual({
      'alt.da': 'altRequired',
    });
    expect(checkImageDescription({ decorative: true, alt: { da: '', en: '' } })).toEqual({});
    expect(checkImageDescription({ decorative: false, alt: { da: 'Caféen', en: '' } })).toEqual({});
    const long = 'x'.repeat(IMAGE_ALT_MAX + 1);
    expect(checkImageDescription({ decorative: false, alt: { da: 'ok', en: long } })).toEqual({
      'alt.en': 'altTooLong',
    });
  });

  it('takes JPEG, PNG and WebP up to the size limit', () => {
    expect(checkImageFile(null)).toBe('noFile');
    expect(checkImageFile({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(checkImageFile({ type: 'image/png', size: IMAGE_MAX_BYTES + 1 })).toBe('size');
    expect(checkImageFile({ type: 'image/webp', size: IMAGE_MAX_BYTES })).toBeNull();
  });
});
