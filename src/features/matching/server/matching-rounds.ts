/**
 * Matching rounds (issue #7 point 6): staff open a round, see the pool and the solver's
 * proposals with their explained scores and each person's next best partners, pin or forbid
 * pairs (which re-solves), preview other weights, and approve proposals one by one or together.
 * Proposals are solved from the pool each time the round is looked at, so they always follow the
 * latest wishes, readiness and approvals. Looking at a round is audited per person in it.
 */
import { and, count, desc, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { Pin, Preview, RoundDetail, RoundSummary, Weights } from '../matching.contract.ts';
import type { ActiveMentorships } from './active-mentorships.ts';
import { authorize } from './matching.policy.ts';
import { matchingRound, matchProposal, roundPin } from './matching.table.ts';
import { auditWishes } from './matching-audit.ts';
import { loadRoundPool, pairKey, type RoundPool } from './round-pool.ts';
import { admissiblePairs, solveRound } from './round-proposals.ts';
import { poolRoleOf } from './wishes-store.ts';

export interface RoundDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  activeMentorships: ActiveMentorships;
  requestId?: string | undefined;
  now?: Date;
}

const PURPOSE = '/api/programmes/:programmeId/matching-rounds/:roundId';

async function summaries(tx: Tx, programmeId: string, roundId?: string): Promise<RoundSummary[]> {
  const rows = await tx
    .select({
      id: matchingRound.id,
      status: matchingRound.status,
      openedAt: matchingRound.openedAt,
      openedBy: matchingRound.openedBy,
    })
    .from(matchingRound)
    .where(roundId ? eq(matchingRound.id, roundId) : undefined)
    .orderBy(desc(matchingRound.openedAt));
  const approved = await tx
    .select({ roundId: matchProposal.roundId, n: count() })
    .from(matchProposal)
    .groupBy(matchProposal.roundId);
  const staffIds = rows.map((r) => r.openedBy).filter((id): id is string => id !== null);
  const staff = await findPeopleWithRole(tx, programmeId, ['staff', 'admin'], staffIds);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    openedAt: r.openedAt.toISOString(),
    openedBy: staff.find((s) => s.id === r.openedBy)?.name ?? null,
    approved: Number(approved.find((a) => a.roundId === r.id)?.n ?? 0),
  }));
}

export async function listRounds(deps: RoundDeps): Promise<{ rounds: RoundSummary[] }> {
  authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => ({
    rounds: await summaries(tx, deps.programmeId),
  }));
}

/** Opens a round; an open one is closed first, so there is one open round at a time. */
export async function openRound(deps: RoundDeps): Promise<RoundDetail> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const roundId = await deps.db.withProgramme(deps.programmeId, async (tx) => {
    await tx.update(matchingRound).set({ status: 'closed' }).where(eq(matchingRound.status, 'open'));
    const [row] = await tx
      .insert(matchingRound)
      .values({
        programmeId: deps.programmeId,
        openedBy: userId,
        ...(deps.now ? { openedAt: deps.now } : {}),
      })
      .returning({ id: matchingRound.id });
    return row!.id;
  });
  return getRoundAs(deps, roundId, granting);
}

async function roundIn(tx: Tx, roundId: string, open = false) {
  const [row] = await tx.select().from(matchingRound).where(eq(matchingRound.id, roundId));
  if (!row) throw new AppError('ROUND_NOT_FOUND');
  if (open && row.status !== 'open') throw new AppError('ROUND_CLOSED');
  return row;
}

async function pinsOf(tx: Tx, roundId: string): Promise<Pin[]> {
  return tx
    .select({ peerId: roundPin.peerId, mentorId: roundPin.mentorId, kind: roundPin.kind })
    .from(roundPin)
    .where(eq(roundPin.roundId, roundId));
}

export async function getRound(deps: RoundDeps & { roundId: string }): Promise<RoundDetail> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  return getRoundAs(deps, deps.roundId, granting);
}

async function getRoundAs(deps: RoundDeps, roundId: string, granting: string[]): Promise<RoundDetail> {
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [summary] = await summaries(tx, deps.programmeId, (await roundIn(tx, roundId)).id);
    const pool = await loadRoundPool(tx, deps.programmeId, deps.activeMentorships, now);
    const pins = await pinsOf(tx, roundId);
    const weights = pool.settings.weights;
    const solved = await solveRound(pool, weights, pins, now.getUTCFullYear());
    const person = (
      p: RoundPool['peers'][number] | RoundPool['mentors'][number],
      role: 'peer' | 'mentor',
    ) => ({
      userId: p.userId,
      name: p.name,
      role,
      freePlaces: role === 'mentor' && p.side && 'freePlaces' in p.side ? p.side.freePlaces : null,
      excluded: p.excluded,
      alternatives: solved.alternatives.get(p.userId) ?? [],
    });
    const approvedHere = pool.approved.filter((a) => a.roundId === roundId);
    const named = await findPeopleWithRole(
      tx,
      deps.programmeId,
      ['peer', 'mentor'],
      approvedHere.flatMap((a) => [a.peerId, a.mentorId]),
    );
    const nameOf = (id: string) => named.find((p) => p.id === id)?.name ?? '';
    await auditWishes(tx, deps, {
      granting,
      action: 'read',
      purpose: `GET ${PURPOSE}`,
      subjectIds: [...pool.peers, ...pool.mentors].filter((p) => p.side).map((p) => p.userId),
      details: { roundId },
    });
    return {
      ...summary!,
      weights,
      activities: pool.settings.activities,
      peers: pool.peers.map((p) => person(p, 'peer')),
      mentors: pool.mentors.map((m) => person(m, 'mentor')),
      proposals: solved.proposals,
      pins,
      approvedPairs: approvedHere.map((a) => ({
        id: a.id,
        peerId: a.peerId,
        mentorId: a.mentorId,
        peerName: nameOf(a.peerId),
        mentorName: nameOf(a.mentorId),
        score: a.score,
        approvedAt: a.approvedAt.toISOString(),
      })),
      unmatched: solved.unmatched,
      total: solved.total,
    };
  });
}

/** Proposals with other weights, not saved: which peers would get another mentor. */
export async function previewRound(
  deps: RoundDeps & { roundId: string; weights: Weights },
): Promise<Preview> {
  authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    await roundIn(tx, deps.roundId);
    const pool = await loadRoundPool(tx, deps.programmeId, deps.activeMentorships, now);
    const pins = await pinsOf(tx, deps.roundId);
    const year = now.getUTCFullYear();
    const current = await solveRound(pool, pool.settings.weights, pins, year);
    const preview = await solveRound(pool, deps.weights, pins, year);
    const before = new Map(current.proposals.map((p) => [p.peerId, p.mentorId]));
    const after = new Map(preview.proposals.map((p) => [p.peerId, p.mentorId]));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (id) => before.get(id) !== after.get(id),
    );
    return { proposals: preview.proposals, total: preview.total, changed };
  });
}

/** Pins or forbids a pair in an open round (a pin only on a pair that may be proposed). */
export async function setPin(deps: RoundDeps & { roundId: string; pin: Pin }): Promise<RoundDetail> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    await roundIn(tx, deps.roundId, true);
    const { peerId, mentorId, kind } = deps.pin;
    const [asPeer, asMentor] = [
      await poolRoleOf(tx, deps.programmeId, peerId),
      await poolRoleOf(tx, deps.programmeId, mentorId),
    ];
    if (asPeer?.role !== 'peer' || asMentor?.role !== 'mentor') throw new AppError('WISHES_NOT_IN_POOL');
    if (kind === 'pin') {
      const pool = await loadRoundPool(tx, deps.programmeId, deps.activeMentorships, deps.now ?? new Date());
      const others = (await pinsOf(tx, deps.roundId)).filter(
        (p) => !(p.peerId === peerId && p.mentorId === mentorId),
      );
      if (
        !admissiblePairs(pool, pool.settings.weights, others, (deps.now ?? new Date()).getUTCFullYear()).has(
          pairKey(peerId, mentorId),
        )
      )
        throw new AppError('PAIR_NOT_ADMISSIBLE');
      // One pin per peer: pinning another mentor moves it.
      await tx
        .delete(roundPin)
        .where(
          and(eq(roundPin.roundId, deps.roundId), eq(roundPin.peerId, peerId), eq(roundPin.kind, 'pin')),
        );
    }
    await tx
      .insert(roundPin)
      .values({ programmeId: deps.programmeId, roundId: deps.roundId, peerId, mentorId, kind })
      .onConflictDoUpdate({ target: [roundPin.roundId, roundPin.peerId, roundPin.mentorId], set: { kind } });
  });
  return getRoundAs(deps, deps.roundId, granting);
}

export async function removePin(
  deps: RoundDeps & { roundId: string; peerId: string; mentorId: string },
): Promise<RoundDetail> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    await roundIn(tx, deps.roundId, true);
    await tx
      .delete(roundPin)
      .where(
        and(
          eq(roundPin.roundId, deps.roundId),
          eq(roundPin.peerId, deps.peerId),
          eq(roundPin.mentorId, deps.mentorId),
        ),
      );
  });
  return getRoundAs(deps, deps.roundId, granting);
}

/**
 * Approves pairs, one or many, each checked against the pool as it is now (admissible, the
 * mentor still has a place once the earlier pairs of the same call are counted). All or none.
 */
export async function approveProposals(
  deps: RoundDeps & { roundId: string; pairs: { peerId: string; mentorId: string }[] },
): Promise<RoundDetail> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    await roundIn(tx, deps.roundId, true);
    const pool = await loadRoundPool(tx, deps.programmeId, deps.activeMentorships, now);
    const pins = await pinsOf(tx, deps.roundId);
    const pairs = admissiblePairs(pool, pool.settings.weights, pins, now.getUTCFullYear());
    const places = new Map(pool.mentors.map((m) => [m.userId, m.side?.freePlaces ?? 0]));
    const peersSeen = new Set<string>();
    for (const { peerId, mentorId } of deps.pairs) {
      if (pool.approved.some((a) => a.peerId === peerId) || peersSeen.has(peerId))
        throw new AppError('PAIR_ALREADY_APPROVED');
      const pair = pairs.get(pairKey(peerId, mentorId));
      if (!pair || (places.get(mentorId) ?? 0) <= 0) throw new AppError('PAIR_NOT_ADMISSIBLE');
      places.set(mentorId, places.get(mentorId)! - 1);
      peersSeen.add(peerId);
      await tx.insert(matchProposal).values({
        programmeId: deps.programmeId,
        roundId: deps.roundId,
        peerId,
        mentorId,
        score: pair.score,
        approvedBy: userId,
        approvedAt: now,
      });
      await auditWishes(tx, deps, {
        granting,
        action: 'create',
        purpose: `POST ${PURPOSE}/approve`,
        subjectIds: [peerId, mentorId],
        details: { roundId: deps.roundId },
      });
    }
  });
  return getRoundAs(deps, deps.roundId, granting);
}
