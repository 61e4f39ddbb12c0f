/** What other parts of makker may use from the programmes feature. */

export { findProgrammeById, findProgrammeBySlug, findProgrammes } from './find-programmes.ts';
/** The image pipeline of decision 029 (type by bytes, re-encoded WebP, no metadata, size limits), for other features' uploads. */
export { decodeUpload, processImage } from './process-image.ts';
export { organisation, programme } from './programme.table.ts';
export { programmesRoutes } from './programmes.routes.ts';
export { DEMO_PROGRAMME_SLUG, seedDemoProgramme } from './seed-demo-programme.ts';
