import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';

/** What every community use-case is given: the database, the caller, the programme, the clock. */
export interface CommunityDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}

/** What was done to whose participation (that they came to the café or an event), and why. */
export interface ParticipationAudit {
  granting: string[];
  action: 'read' | 'create' | 'update' | 'delete';
  purpose: string;
  subjectIds: string[];
}

/** One audit record per person whose participation the caller saw or changed, so each can see who looked. */
export async function auditPeople(tx: Tx, deps: CommunityDeps, audit: ParticipationAudit): Promise<void> {
  const actorId = requireUser(deps.actor).userId;
  const common = {
    actorId,
    actorRole: audit.granting.join(','),
    action: audit.action,
    programmeId: deps.programmeId,
    purpose: audit.purpose,
    requestId: deps.requestId ?? null,
  };
  await recordAuditForEach(tx, common, audit.subjectIds);
}
