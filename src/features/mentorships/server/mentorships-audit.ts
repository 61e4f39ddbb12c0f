import { type Actor, requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';

/**
 * One audit record per person of a pair whose data the caller read or changed (decision 038:
 * staff reads and every change; the pair reading their own page is not recorded).
 */
export async function auditPeople(
  tx: Tx,
  deps: { actor: Actor; programmeId: string; requestId?: string | undefined },
  event: {
    granting: string[];
    action: 'read' | 'create' | 'update';
    purpose: string;
    subjectIds: (string | null)[];
  },
): Promise<void> {
  const { userId } = requireUser(deps.actor);
  await recordAuditForEach(
    tx,
    {
      actorId: userId,
      actorRole: event.granting.join(',') || 'own',
      action: event.action,
      programmeId: deps.programmeId,
      purpose: event.purpose,
      requestId: deps.requestId ?? null,
    },
    event.subjectIds,
  );
}
