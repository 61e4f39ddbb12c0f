/**
 * The pool of a round as it stands now: the programme's peers (but those with an approved
 * proposal or a mentorship under way) and mentors with a saved wishes profile, who is left out and why (not ready by the training rule, paused, no places left), the
 * "must not match" marks and the proposals already approved.
 */
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { mentorReadiness } from '../../training/server/index.ts';
import type { MentorSide, Side } from '../compatibility.ts';
import type { MatchingSettings, RoundPerson } from '../matching.contract.ts';
import type { ActiveMentorships } from './active-mentorships.ts';
import { matchingSettingsOf } from './manage-matching-settings.ts';
import { LIVE_STATUSES, matchProposal, mustNotMatch } from './matching.table.ts';
import { openWishes, profilesOf } from './wishes-store.ts';

export interface PoolPerson {
  userId: string;
  name: string;
  excluded: RoundPerson['excluded'];
}

export interface RoundPool {
  settings: MatchingSettings;
  peers: (PoolPerson & { side: Side | null })[];
  mentors: (PoolPerson & { side: MentorSide | null })[];
  /** `peer:mentor` keys marked must-not-match (either direction). */
  mustNotMatch: Set<string>;
  approved: (typeof matchProposal.$inferSelect)[];
}

export const pairKey = (peerId: string, mentorId: string) => `${peerId}:${mentorId}`;

export async function loadRoundPool(
  tx: Tx,
  programmeId: string,
  activeMentorships: ActiveMentorships,
  now: Date,
): Promise<RoundPool> {
  const settings = await matchingSettingsOf(tx);
  const listed = new Set(settings.activities.map((a) => a.key));
  const approved = await tx
    .select()
    .from(matchProposal)
    .where(inArray(matchProposal.status, [...LIVE_STATUSES]));
  const approvedPeers = new Set(approved.map((a) => a.peerId));
  const mentorPeople = await findPeopleWithRole(tx, programmeId, ['mentor']);
  const mentorIds = new Set(mentorPeople.map((m) => m.id));
  const peerCandidates = (await findPeopleWithRole(tx, programmeId, ['peer'])).filter(
    (p) => !mentorIds.has(p.id) && !approvedPeers.has(p.id),
  );
  const inPairs = await activeMentorships.peersInPairs(
    tx,
    peerCandidates.map((p) => p.id),
  );
  const peerPeople = peerCandidates.filter((p) => !inPairs.has(p.id));
  const profiles = await profilesOf(
    tx,
    [...peerPeople, ...mentorPeople].map((p) => p.id),
  );
  const sideOf = (userId: string): Side | null => {
    const row = profiles.get(userId);
    if (!row) return null;
    const wishes = openWishes(row);
    return {
      userId,
      paused: row.paused,
      wishes: { ...wishes, activities: wishes.activities.filter((a) => listed.has(a)) },
    };
  };
  const readiness = await mentorReadiness(tx, [...mentorIds], now);
  const active = await activeMentorships.countsOfMentors(tx, [...mentorIds]);
  const taken = new Map<string, number>();
  for (const a of approved) taken.set(a.mentorId, (taken.get(a.mentorId) ?? 0) + 1);

  const peers = peerPeople.map((p) => {
    const side = sideOf(p.id);
    return {
      userId: p.id,
      name: p.name,
      side,
      excluded: !side ? ('no-profile' as const) : side.paused ? ('paused' as const) : null,
    };
  });
  const mentors = mentorPeople.map((m) => {
    const base = sideOf(m.id);
    const side: MentorSide | null = base && {
      ...base,
      ready: readiness.get(m.id)?.ready ?? false,
      freePlaces: settings.mentorCapacity - (active.get(m.id) ?? 0) - (taken.get(m.id) ?? 0),
    };
    const excluded = !side
      ? ('no-profile' as const)
      : !side.ready
        ? ('mentor-not-ready' as const)
        : side.paused
          ? ('paused' as const)
          : side.freePlaces <= 0
            ? ('at-capacity' as const)
            : null;
    return { userId: m.id, name: m.name, side, excluded };
  });
  const marks = await tx.select().from(mustNotMatch);
  const mustNot = new Set(
    marks.flatMap((m) => [pairKey(m.userId, m.otherUserId), pairKey(m.otherUserId, m.userId)]),
  );
  return { settings, peers, mentors, mustNotMatch: mustNot, approved };
}
