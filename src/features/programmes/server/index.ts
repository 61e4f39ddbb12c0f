/** What other parts of makker may use from the programmes feature. */
export { DEMO_PROGRAMME_SLUG, seedDemoProgramme } from './seed-demo-programme.ts';
export { programmesRoutes } from './programmes.routes.ts';
export { organisation, programme } from './programme.table.ts';
