/**
 * A new pair: proposed, then started (proposed → active), both steps recorded. Matching calls
 * `startMentorship` when both people have accepted; until then staff start a pair by hand, which
 * stays as the override (decision 038).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { addCalendarMonths } from '../calendar-days.ts';
import type { Candidates, StartMentorshipRequest } from '../mentorships.contract.ts';
import { OPEN_STATES } from './count-open-mentorships.ts';
import { settingsOf, takeStep } from './mentorship-steps.ts';
import { authorize } from './mentorships.policy.ts';
import { mentorship, mentorshipEvent } from './mentorships.table.ts';
import { auditPeople } from './mentorships-audit.ts';

/**
 * Starts a mentorship for a peer and a mentor of the programme of `tx` (proposed → active):
 * checks their roles and that the peer has no open mentorship; `by` is matching or staff and
 * `actorId` the person who did it (null for matching without one). Returns the new id. The
 * caller authorises and audits.
 */
export async function startMentorship(
  tx: Tx,
  input: StartMentorshipRequest & {
    programmeId: string;
    by: 'matching' | 'staff';
    actorId: string | null;
    reason?: string;
    now?: Date;
  },
): Promise<string> {
  if (input.peerId === input.mentorId) throw new AppError('MENTORSHIP_SAME_PERSON');
  const people = await findPeopleWithRole(
    tx,
    input.programmeId,
    ['peer', 'mentor'],
    [input.peerId, input.mentorId],
  );
  if (!people.some((p) => p.id === input.peerId && p.role === 'peer'))
    throw new AppError('MENTORSHIP_NOT_PEER');
  if (!people.some((p) => p.id === input.mentorId && p.role === 'mentor'))
    throw new AppError('MENTORSHIP_NOT_MENTOR');
  const open = await tx
    .select({ id: mentorship.id })
    .from(mentorship)
    .where(and(eq(mentorship.peerId, input.peerId), inArray(mentorship.state, OPEN_STATES)))
    .for('update');
  if (open.length) throw new AppError('MENTORSHIP_PEER_HAS_OPEN');
  const settings = await settingsOf(tx);
  const now = input.now ?? new Date();
  const [row] = await tx
    .insert(mentorship)
    .values({
      programmeId: input.programmeId,
      peerId: input.peerId,
      mentorId: input.mentorId,
      state: 'proposed',
      rhythm: input.rhythm,
      startDate: input.startDate,
      plannedEnd: addCalendarMonths(input.startDate, settings.months),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(mentorshipEvent).values({
    programmeId: input.programmeId,
    mentorshipId: row!.id,
    type: 'propose',
    fromState: 'proposed',
    toState: 'proposed',
    byParty: input.by,
    actorId: input.actorId,
    reason: input.reason ?? null,
    at: now,
  });
  await takeStep(tx, row!, {
    event: { type: 'start' },
    by: input.by,
    actorId: input.actorId,
    reason: input.reason ?? null,
    now,
  });
  return row!.id;
}

/** Staff start a pair by hand (the override while matching is not there, and after it). */
export async function startMentorshipByStaff(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  request: StartMentorshipRequest;
  requestId?: string | undefined;
}): Promise<{ id: string }> {
  const granting = authorize(deps.actor, 'manage', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const id = await startMentorship(tx, {
      ...deps.request,
      programmeId: deps.programmeId,
      by: 'staff',
      actorId: deps.actor.type === 'user' ? deps.actor.userId : null,
      reason: 'manual',
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'create',
      purpose: 'POST /api/programmes/:programmeId/mentorships',
      subjectIds: [deps.request.peerId, deps.request.mentorId],
    });
    return { id };
  });
}

/** Peers and mentors a new pair may be made of, with what they already have (audited). */
export async function listCandidates(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
}): Promise<Candidates> {
  const granting = authorize(deps.actor, 'overview', deps);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const people = await findPeopleWithRole(tx, deps.programmeId, ['peer', 'mentor']);
    const open = await tx
      .select({ peerId: mentorship.peerId, mentorId: mentorship.mentorId })
      .from(mentorship)
      .where(inArray(mentorship.state, OPEN_STATES));
    await auditPeople(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/mentorship-candidates',
      subjectIds: people.map((p) => p.id),
    });
    return {
      peers: people
        .filter((p) => p.role === 'peer')
        .map(({ id, name }) => ({ id, name, hasOpen: open.some((o) => o.peerId === id) })),
      mentors: people
        .filter((p) => p.role === 'mentor')
        .map(({ id, name }) => ({ id, name, open: open.filter((o) => o.mentorId === id).length })),
    };
  });
}
