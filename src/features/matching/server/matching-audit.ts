import { type Actor, requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';

/** One audit record per person whose wishes the caller saw or changed (ids only, never the wishes). */
export async function auditWishes(
  tx: Tx,
  deps: { actor: Actor; programmeId: string; requestId?: string | undefined },
  event: {
    granting: string[];
    action: 'read' | 'create' | 'update' | 'delete';
    purpose: string;
    subjectIds: readonly string[];
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const actor = requireUser(deps.actor);
  await recordAuditForEach(
    tx,
    {
      actorId: actor.userId,
      actorRole: event.granting.length ? event.granting.join(',') : 'self',
      action: event.action,
      programmeId: deps.programmeId,
      purpose: event.purpose,
      requestId: deps.requestId ?? null,
      ...(event.details ? { details: event.details } : {}),
    },
    event.subjectIds,
  );
}
