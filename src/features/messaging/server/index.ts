/** What other parts of makker may use from the messaging feature (a pair's thread, decision 048). */

/** The daily `messaging.retention` job: a closed pair's thread is deleted after 90 days. */
export { applyMessagingRetention, THREAD_RETENTION_DAYS } from './apply-messaging-retention.ts';
export { messagingPersonalData } from './messaging.personal-data.ts';
export { type MessagingRoutesDeps, messagingRoutes } from './messaging.routes.ts';
/** The encrypted message texts and report reasons (src/app/encrypted-columns.ts). */
export { pairMessage, pairMessageReport } from './messaging.table.ts';
/** The realtime topic `pair-thread:<mentorshipId>` and its check (only the pair's two people). */
export { PAIR_THREAD_TOPIC, pairThreadCheck, pairThreadTopic } from './pair-thread-topic.ts';
export { seedDemoMessaging } from './seed-demo-messaging.ts';
/** The notifications seam: what the app composes around a sent message. */
export type { OnMessageSent } from './send-message.ts';
