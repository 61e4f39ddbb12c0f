/**
 * The audit trail in words a person understands: each record becomes a sentence key (under
 * `auditTrail.events`) and who did it, and the list is grouped by day with repeats folded
 * together (staff opening the people list makes one "read" per visit).
 */
import type { MyAuditTrailResponse } from '../accounts.contract.ts';
import type { Role } from './people-roles.ts';

export type AuditEvent = MyAuditTrailResponse['events'][number];

export type AuditActor =
  | { kind: 'self' }
  | { kind: 'named'; name: string; role: Role | null }
  | { kind: 'former'; role: Role | null }
  | { kind: 'system' }
  | { kind: 'someone' };

/** The sentences under `auditTrail.events`; `who` is filled in where the sentence has one. */
export type AuditSentence =
  | 'read'
  | 'readSelf'
  | 'search'
  | 'export'
  | 'exportSelf'
  | 'create'
  | 'createSelf'
  | 'joined'
  | 'passkeyAdded'
  | 'update'
  | 'updateSelf'
  | 'delete'
  | 'deleteSelf'
  | 'passkeyRemoved'
  | 'erase'
  | 'login'
  | 'logout'
  | 'logoutIdle'
  | 'logoutBy'
  | 'loginFailed'
  | 'loginFailedPassword'
  | 'roleChange'
  | 'rolesJoined'
  | 'consent'
  | 'consentSelf'
  | 'other'
  | 'otherSelf';

export interface AuditLine {
  sentence: AuditSentence;
  actor: AuditActor;
}

/** The role to name when someone acted with several (admin before staff, and so on). */
const ROLE_PRIORITY: readonly Role[] = ['admin', 'staff', 'researcher', 'mentor', 'peer'];

function roleOf(actorRole: string): Role | null {
  const held = actorRole.split(',').map((r) => r.trim());
  return ROLE_PRIORITY.find((role) => held.includes(role)) ?? null;
}

function actorOf(event: AuditEvent): AuditActor {
  if (event.self) return { kind: 'self' };
  if (event.actorRole === 'system') return { kind: 'system' };
  if (event.actorName) return { kind: 'named', name: event.actorName, role: roleOf(event.actorRole) };
  const role = roleOf(event.actorRole);
  return role ? { kind: 'former', role } : { kind: 'someone' };
}

/** Which sentence tells of `event`, and about whom. */
export function describeAuditEvent(event: AuditEvent): AuditLine {
  const actor = actorOf(event);
  const self = actor.kind === 'self';
  const sentence = ((): AuditSentence => {
    switch (event.action) {
      case 'read':
        return self ? 'readSelf' : 'read';
      case 'search':
        return self ? 'readSelf' : 'search';
      case 'export':
        return self ? 'exportSelf' : 'export';
      case 'create':
        if (event.purpose === 'passkey added') return 'passkeyAdded';
        if (event.purpose.includes('/api/invitations/accept')) return 'joined';
        return self ? 'createSelf' : 'create';
      case 'update':
        return self ? 'updateSelf' : 'update';
      case 'delete':
        if (event.purpose === 'passkey removed') return 'passkeyRemoved';
        return self ? 'deleteSelf' : 'delete';
      case 'erase':
        return 'erase';
      case 'login':
        return 'login';
      case 'logout':
        if (self) return 'logout';
        return actor.kind === 'system' ? 'logoutIdle' : 'logoutBy';
      case 'login-failed':
        return event.purpose.includes('/sign-in/email') ? 'loginFailedPassword' : 'loginFailed';
      case 'role-change':
        return self ? 'rolesJoined' : 'roleChange';
      case 'consent':
        return self ? 'consentSelf' : 'consent';
      default:
        return self ? 'otherSelf' : 'other';
    }
  })();
  return { sentence, actor };
}

export interface AuditEntry extends AuditLine {
  /** Newest and oldest time of the folded records (the same when there is one). */
  latest: Date;
  earliest: Date;
  count: number;
}

export interface AuditDay {
  /** YYYY-MM-DD in the browser's time zone. */
  day: string;
  entries: AuditEntry[];
}

/** The local calendar day of `at`, as YYYY-MM-DD. */
export function dayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const sameLine = (a: AuditLine, b: AuditLine) =>
  a.sentence === b.sentence && JSON.stringify(a.actor) === JSON.stringify(b.actor);

/**
 * Days, newest first, each with its lines newest first; records in a row that say the same
 * thing about the same person on one day become one line with a count.
 */
export function groupAuditTrail(events: readonly AuditEvent[]): AuditDay[] {
  const sorted = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const days: AuditDay[] = [];
  for (const event of sorted) {
    const at = new Date(event.at);
    const line = describeAuditEvent(event);
    const day = dayOf(at);
    let group = days.at(-1);
    if (group?.day !== day) {
      group = { day, entries: [] };
      days.push(group);
    }
    const last = group.entries.at(-1);
    if (last && sameLine(last, line)) {
      last.earliest = at;
      last.count += 1;
    } else {
      group.entries.push({ ...line, latest: at, earliest: at, count: 1 });
    }
  }
  return days;
}
