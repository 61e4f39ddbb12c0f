/**
 * The demo programme page's images, drawn here as SVG and rendered to WebP by sharp at seed time
 * (nothing is downloaded; no people are shown). They go through the same re-encoding as uploads.
 */
import sharp from 'sharp';
import type { Tx } from '../../../server/db.ts';
import { databaseImageStorage } from './image-storage.ts';
import { processImage } from './process-image.ts';
import { programmeImage } from './programme-image.table.ts';
import { insertImage } from './upload-programme-image.ts';

const CAFE = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 160 90">
  <rect width="160" height="90" fill="#f3efe6"/>
  <rect x="0" y="62" width="160" height="28" fill="#c9b79c"/>
  <rect x="18" y="14" width="50" height="34" rx="2" fill="#a9d3e8" stroke="#5b4636" stroke-width="2"/>
  <line x1="43" y1="14" x2="43" y2="48" stroke="#5b4636" stroke-width="1.5"/>
  <rect x="78" y="50" width="64" height="5" rx="1" fill="#6b4f3a"/>
  <rect x="84" y="55" width="4" height="20" fill="#6b4f3a"/><rect x="132" y="55" width="4" height="20" fill="#6b4f3a"/>
  <path d="M92 38 h14 v10 a7 7 0 0 1 -14 0 z" fill="#ffffff" stroke="#2b5f8a" stroke-width="1.5"/>
  <path d="M106 41 a4 4 0 0 1 0 7" fill="none" stroke="#2b5f8a" stroke-width="1.5"/>
  <path d="M116 38 h14 v10 a7 7 0 0 1 -14 0 z" fill="#ffffff" stroke="#2b5f8a" stroke-width="1.5"/>
  <path d="M130 41 a4 4 0 0 1 0 7" fill="none" stroke="#2b5f8a" stroke-width="1.5"/>
  <path d="M97 34 q2 -4 0 -8 M123 34 q2 -4 0 -8" fill="none" stroke="#8a7b6b" stroke-width="1"/>
</svg>`;

const WALK = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 160 90">
  <rect width="160" height="90" fill="#dcecf5"/>
  <circle cx="128" cy="20" r="9" fill="#f4c542"/>
  <path d="M0 60 q40 -16 80 -4 t80 -6 v40 h-160 z" fill="#8fbf7f"/>
  <path d="M0 72 q50 -10 90 0 t70 2 v16 h-160 z" fill="#5f9a52"/>
  <path d="M70 90 q10 -20 30 -34" fill="none" stroke="#e8dcc2" stroke-width="6" stroke-linecap="round"/>
  <path d="M28 62 v-14 M22 52 l6 -8 l6 8 z M120 58 v-12 M115 50 l5 -7 l5 7 z" fill="#3f6e38" stroke="#3f6e38" stroke-width="2"/>
</svg>`;

const IMAGES = [
  {
    svg: CAFE,
    altDa: 'Tegning af caféen: et vindue og et bord med to kopper kaffe.',
    altEn: 'Drawing of the café: a window and a table with two cups of coffee.',
  },
  {
    svg: WALK,
    altDa: 'Tegning af en sti gennem grønne bakker med to træer, i solskin.',
    altEn: 'Drawing of a path through green hills with two trees, in sunshine.',
  },
];

/** Adds the two demo images to a programme that has none (the caller holds the seed lock). */
export async function seedDemoImages(tx: Tx, programmeId: string): Promise<void> {
  if ((await tx.select({ id: programmeImage.id }).from(programmeImage).limit(1)).length > 0) return;
  for (const [position, image] of IMAGES.entries()) {
    const png = await sharp(Buffer.from(image.svg)).png().toBuffer();
    await insertImage(tx, databaseImageStorage, {
      programmeId,
      position,
      description: { decorative: false, altDa: image.altDa, altEn: image.altEn },
      files: await processImage(png),
    });
  }
}
