/** What other parts of makker may use from the community feature. */

/** The daily jobs: café sessions ahead and old wrong codes (`community.cafe`), event reminders. */
export { cafeHousekeeping } from './cafe-housekeeping.ts';
export { communityPersonalData } from './community.personal-data.ts';
export { communityRoutes } from './community.routes.ts';
export { sendEventReminders } from './event-reminders.ts';
/** Café visits and event attendance per session and person, for the evaluation (counts only). */
export { type CommunityParticipation, communityParticipation } from './participation.ts';
export { seedDemoCommunity } from './seed-demo-community.ts';
