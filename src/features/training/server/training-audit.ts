import { type Actor, requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';

/**
 * One audit record per person whose data (here: that they train as a mentor in the programme)
 * the caller saw or changed, so each of them can see who looked.
 */
export async function auditPeople(
  tx: Tx,
  deps: { actor: Actor; programmeId: string; requestId?: string | undefined },
  event: {
    granting: string[];
    action: 'read' | 'create' | 'update' | 'delete';
    purpose: string;
    subjectIds: string[];
  },
): Promise<void> {
  const actor = requireUser(deps.actor);
  await recordAuditForEach(
    tx,
    {
      actorId: actor.userId,
      actorRole: event.granting.join(','),
      action: event.action,
      programmeId: deps.programmeId,
      purpose: event.purpose,
      requestId: deps.requestId ?? null,
    },
    event.subjectIds,
  );
}
