import { type Actor, requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';

/**
 * One audit record per person whose questionnaire data (health data) the caller saw or changed —
 * their own included, so each person's "who has seen my data" lists it.
 */
export async function auditRespondents(
  tx: Tx,
  deps: { actor: Actor; programmeId: string; requestId?: string | undefined },
  event: { granting: string[]; action: 'read' | 'create' | 'update'; purpose: string; subjectIds: string[] },
): Promise<void> {
  const { userId } = requireUser(deps.actor);
  const { granting, subjectIds, ...rest } = event;
  await recordAuditForEach(
    tx,
    {
      ...rest,
      actorId: userId,
      actorRole: granting.join(','),
      programmeId: deps.programmeId,
      requestId: deps.requestId ?? null,
    },
    subjectIds,
  );
}
