import { inArray } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { listAuditEventsForSubject } from '../../audit/server/index.ts';
import type { MyAuditTrailResponse } from '../accounts.contract.ts';
import { appUser } from './auth.table.ts';

/** Who has looked at or changed the caller's data, newest first. */
export async function listMyAuditTrail(options: {
  db: Database;
  actor: Actor;
}): Promise<MyAuditTrailResponse> {
  const me = requireUser(options.actor);
  const events = await listAuditEventsForSubject(options.db, me.userId);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const names = actorIds.length
    ? await options.db.db
        .select({ id: appUser.id, name: appUser.name })
        .from(appUser)
        .where(inArray(appUser.id, actorIds))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    events: events.map((e) => ({
      at: e.occurredAt.toISOString(),
      action: e.action,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
      actorRole: e.actorRole,
      self: e.actorId === me.userId,
      purpose: e.purpose,
    })),
  };
}
