import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.ts';
import { decodeUpload, processImage, sniffImageType } from './process-image.ts';

const MAGIC = [
  Buffer.from([0xff, 0xd8, 0xff]),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'),
  Buffer.from('<svg'),
  Buffer.alloc(0),
];

/** Whatever the bytes, an upload ends in an image or in one of the IMAGE_* problems, never a crash. */
async function outcome(bytes: Buffer): Promise<string> {
  try {
    await processImage(bytes);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('processing an upload', () => {
  it('answers junk behind any magic number with an IMAGE_* problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 300 }), async (magic, rest) => {
        expect(await outcome(Buffer.concat([magic, Buffer.from(rest)]))).toMatch(/^IMAGE_/);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a damaged real image with an IMAGE_* problem or an image', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2b5f8a' } })
      .png()
      .toBuffer();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: png.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (at, value) => {
          const damaged = Buffer.from(png);
          damaged[at] = value;
          expect(await outcome(damaged)).toMatch(/^(ok|IMAGE_[A-Z_]+)$/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the type from the bytes only', () => {
    expect(sniffImageType(MAGIC[0]!)).toBe('jpeg');
    expect(sniffImageType(MAGIC[1]!)).toBe('png');
    expect(sniffImageType(MAGIC[2]!)).toBe('webp');
    expect(sniffImageType(MAGIC[3]!)).toBeNull();
  });

  it('takes base64 with or without a data: prefix, and nothing else', () => {
    expect(decodeUpload('data:image/png;base64,AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(decodeUpload('AAEC')).toEqual(Buffer.from([0, 1, 2]));
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          decodeUpload(text);
        } catch (error) {
          expect((error as AppError).code).toMatch(/^IMAGE_(UNREADABLE|TOO_LARGE)$/);
        }
      }),
    );
  });
});
