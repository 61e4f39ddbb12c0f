import { eq, inArray } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import type { PersonalDataPart } from '../../../server/personal-data.ts';
import { listAuditEventsForSubject } from '../../audit/server/index.ts';
import type { MyAuditTrailResponse } from '../accounts.contract.ts';
import { appUser } from './auth.table.ts';
import { ownDataSubject } from './people.ts';

/**
 * Who has looked at or changed the caller's data, newest first: records about their account and
 * about anything else that stands for them (the features' `auditSubjectIds`, e.g. the
 * application they sent before they had an account).
 */
export async function listMyAuditTrail(options: {
  db: Database;
  actor: Actor;
  parts: readonly PersonalDataPart[];
}): Promise<MyAuditTrailResponse> {
  const me = requireUser(options.actor);
  const [account] = await options.db.db
    .select({ email: appUser.email })
    .from(appUser)
    .where(eq(appUser.id, me.userId));
  const subjectIds = await options.db.transaction(async (tx) => {
    const subject = await ownDataSubject(tx, me, account?.email ?? '');
    const ids = [me.userId];
    // One part after another: each may select programmes in this transaction.
    for (const part of options.parts) ids.push(...((await part.auditSubjectIds?.(tx, subject)) ?? []));
    return ids;
  });
  const events = await listAuditEventsForSubject(options.db, subjectIds);
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
      // Whoever held the application's link when it was sent was the person themselves.
      self: e.actorId === me.userId || (e.actorId === null && e.actorRole === 'applicant'),
      purpose: e.purpose,
    })),
  };
}
