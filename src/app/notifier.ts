/**
 * The installation's notifier (decision 043), made once from the configuration for the routes and
 * once for the job handlers. `onNotified` is the seam for the realtime hub: it is called with the
 * people notified after the transaction committed; until it is wired the web list polls.
 */

import type { Logger } from 'pino';
import { createNotifier, type Notifier } from '../features/notifications/server/index.ts';
import type { Database } from '../server/db.ts';
import type { Env } from '../server/env.ts';
import type { RealtimeHub } from '../server/realtime.ts';

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

/**
 * The realtime side of `onNotified`: each person's open pages hear "notification" on their own
 * topic (`person:<id>`) and refetch the list and count. Published after the commit, outside any
 * transaction; a failure to publish loses only the instant refresh (the pages also poll).
 */
export function announceLive(db: Database, hub: Pick<RealtimeHub, 'publish'>, log?: Pick<Logger, 'warn'>) {
  return (personIds: string[]) => {
    for (const id of personIds)
      hub.publish(db.db, `person:${id}`, { kind: 'notification', id }).catch((error: unknown) => {
        log?.warn({ err: error }, 'live notification not published');
      });
  };
}
