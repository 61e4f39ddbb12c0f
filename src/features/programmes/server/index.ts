/** What other parts of makker may use from the programmes feature. */

export { findProgrammeById, findProgrammeBySlug, findProgrammes } from './find-programmes.ts';
export { organisation, programme } from './programme.table.ts';
export { programmesRoutes } from './programmes.routes.ts';
export { DEMO_PROGRAMME_SLUG, seedDemoProgramme } from './seed-demo-programme.ts';
