/** What other parts of makker may use from the notifications feature (decision 043). */

/** The jobs: messages held for quiet hours (hourly) and the daily digest. */
export { deliverHeldNotifications, sendNotificationDigests } from './deliver-held.ts';
export { notificationsPersonalData } from './notifications.personal-data.ts';
export { notificationsRoutes } from './notifications.routes.ts';
/** The notifier: `notify(tx, …)` inside a feature's transaction, `announce` after it committed. */
export {
  createNotifier,
  type NotificationsDeps,
  type Notifier,
  type NotifyInput,
  recordNotificationOnly,
} from './notify.ts';
export { seedDemoNotifications } from './seed-demo-notifications.ts';
