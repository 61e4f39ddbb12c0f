/**
 * The installation's notifier (decision 043), made once from the configuration for the routes and
 * once for the job handlers. `onNotified` is the seam for the realtime hub: it is called with the
 * people notified after the transaction committed; until it is wired the web list polls.
 */
import { createNotifier, type Notifier } from '../features/notifications/server/index.ts';
import type { Env } from '../server/env.ts';

/** Outside production env.ts gives a known development secret; tests may leave it out. */
const DEVELOPMENT_SECRET = 'development-only-auth-secret-not-for-real-data';

export function appNotifier(
  env: Partial<Pick<Env, 'publicUrl' | 'authSecret'>>,
  onNotified?: (personIds: string[]) => void,
): Notifier {
  return createNotifier({
    publicUrl: env.publicUrl ?? 'http://localhost:3000',
    secret: env.authSecret ?? DEVELOPMENT_SECRET,
    ...(onNotified ? { onNotified } : {}),
  });
}
