/**
 * Offers (issue #7 point 7): staff offer an approved proposal to both people and arrange the first
 * meeting (at the café or with staff present); each person sees only what the other chose to
 * share and why they were matched, and accepts or declines with an optional reason for staff.
 * When both accept, the mentorship starts (mentorships' `startMentorship`); a decline returns both
 * to the pool so the round's next solve considers them again. Neither sees the other's answer or
 * reason (decision 041). Mails say only that there is news, with a link.
 */

import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { queueMail } from '../../../server/mail.ts';
import { appUser, findPeopleWithRole } from '../../accounts/server/index.ts';
import { startMentorship } from '../../mentorships/server/index.ts';
import { scorePair } from '../compatibility.ts';
import {
  type MatchingStats,
  type Meeting,
  type MyOffer,
  NOTHING_SHARED,
  type StaffProposal,
} from '../matching.contract.ts';
import type { ActiveMentorships } from './active-mentorships.ts';
import { matchingSettingsOf } from './manage-matching-settings.ts';
import { authorize } from './matching.policy.ts';
import { LIVE_STATUSES, matchProposal } from './matching.table.ts';
import { auditWishes } from './matching-audit.ts';
import { openShareWords, openWishes, profilesOf } from './wishes-store.ts';

export interface OfferDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}

type ProposalRow = typeof matchProposal.$inferSelect;
const PURPOSE = '/api/programmes/:programmeId/match-proposals/:proposalId';
const reasonContext = (column: string, id: string) => fieldContext('match_proposal', column, id);
const openReason = (row: ProposalRow, who: 'peer' | 'mentor') => {
  const sealed = who === 'peer' ? row.peerReasonSealed : row.mentorReasonSealed;
  return sealed === null ? null : openText(sealed, reasonContext(`${who}_reason_sealed`, row.id));
};
const meetingOf = (row: ProposalRow): Meeting | null =>
  row.meetingAt && row.meetingPlace
    ? { at: row.meetingAt.toISOString(), place: row.meetingPlace, note: row.meetingNote ?? '' }
    : null;

async function proposalIn(tx: Tx, proposalId: string): Promise<ProposalRow> {
  const [row] = await tx.select().from(matchProposal).where(eq(matchProposal.id, proposalId)).for('update');
  if (!row) throw new AppError('PROPOSAL_NOT_FOUND');
  return row;
}

/** "You have news in makker" and the link: nothing about the pair in the mail itself. */
async function tellNews(tx: Tx, userIds: readonly string[], publicUrl: string): Promise<void> {
  if (userIds.length === 0) return;
  const people = await tx
    .select({ email: appUser.email })
    .from(appUser)
    .where(inArray(appUser.id, [...userIds]));
  for (const { email } of people) {
    if (!email) continue;
    await queueMail(tx, {
      to: email,
      subject: 'Du har nyt i makker',
      text: [
        'Du har nyt i makker.',
        '',
        `Log ind og se det her: ${publicUrl}/min-side/makker-tilbud`,
        '',
        'Venlig hilsen',
        'makker',
      ].join('\n'),
    });
  }
}

/** Staff offer an approved proposal to both people (approved → offered). */
export async function offerProposal(
  deps: OfferDeps & { proposalId: string; publicUrl: string },
): Promise<StaffProposal> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await proposalIn(tx, deps.proposalId);
    if (row.status !== 'approved') throw new AppError('PROPOSAL_WRONG_STATUS');
    await tx
      .update(matchProposal)
      .set({ status: 'offered', offeredAt: deps.now ?? new Date() })
      .where(eq(matchProposal.id, row.id));
    await tellNews(tx, [row.peerId, row.mentorId], deps.publicUrl);
    return staffChanged(tx, deps, granting, row, `POST ${PURPOSE}/offer`);
  });
}

/** Staff record the first meeting (date, time, café or with staff); both people see it. */
export async function arrangeMeeting(
  deps: OfferDeps & { proposalId: string; meeting: Meeting; publicUrl: string },
): Promise<StaffProposal> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await proposalIn(tx, deps.proposalId);
    if (row.status === 'declined') throw new AppError('PROPOSAL_WRONG_STATUS');
    await tx
      .update(matchProposal)
      .set({
        meetingAt: new Date(deps.meeting.at),
        meetingPlace: deps.meeting.place,
        meetingNote: deps.meeting.note || null,
      })
      .where(eq(matchProposal.id, row.id));
    if (row.status !== 'approved') await tellNews(tx, [row.peerId, row.mentorId], deps.publicUrl);
    return staffChanged(tx, deps, granting, row, `PUT ${PURPOSE}/meeting`);
  });
}

async function staffRows(tx: Tx, programmeId: string, rows: ProposalRow[]): Promise<StaffProposal[]> {
  const people = await findPeopleWithRole(
    tx,
    programmeId,
    ['peer', 'mentor'],
    rows.flatMap((r) => [r.peerId, r.mentorId]),
  );
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  return rows.map((r) => ({
    id: r.id,
    roundId: r.roundId,
    peerId: r.peerId,
    mentorId: r.mentorId,
    peerName: nameOf(r.peerId),
    mentorName: nameOf(r.mentorId),
    score: r.score,
    status: r.status,
    approvedAt: r.approvedAt.toISOString(),
    offeredAt: r.offeredAt?.toISOString() ?? null,
    peerAnswer: r.peerAnswer,
    peerReason: openReason(r, 'peer'),
    mentorAnswer: r.mentorAnswer,
    mentorReason: openReason(r, 'mentor'),
    meeting: meetingOf(r),
    mentorshipId: r.mentorshipId,
  }));
}

/** After staff changed a proposal: the change audited for both people, and the proposal now. */
async function staffChanged(
  tx: Tx,
  deps: OfferDeps,
  granting: string[],
  before: ProposalRow,
  purpose: string,
): Promise<StaffProposal> {
  await auditWishes(tx, deps, {
    granting,
    action: 'update',
    purpose,
    subjectIds: [before.peerId, before.mentorId],
    details: { proposalId: before.id },
  });
  const [row] = await tx.select().from(matchProposal).where(eq(matchProposal.id, before.id));
  const [view] = await staffRows(tx, deps.programmeId, [row!]);
  return view!;
}

/** Point 8: how long each person in the pool has waited, and how offers were received. */
async function matchingStats(
  tx: Tx,
  programmeId: string,
  rows: ProposalRow[],
  now: Date,
  activeMentorships: ActiveMentorships,
): Promise<MatchingStats> {
  const held = new Set(
    rows
      .filter((r) => (LIVE_STATUSES as readonly string[]).includes(r.status) || r.status === 'started')
      .flatMap((r) => [r.peerId]),
  );
  const people = await findPeopleWithRole(tx, programmeId, ['peer', 'mentor']);
  const mentorIds = new Set(people.filter((p) => p.role === 'mentor').map((p) => p.id));
  const profiles = await profilesOf(
    tx,
    people.map((p) => p.id),
  );
  const day = 24 * 60 * 60 * 1000;
  const inPairs = await activeMentorships.peersInPairs(
    tx,
    people.filter((p) => p.role === 'peer').map((p) => p.id),
  );
  const waiting = people
    .filter(
      (p) =>
        p.role === 'peer' &&
        !mentorIds.has(p.id) &&
        !held.has(p.id) &&
        !inPairs.has(p.id) &&
        profiles.has(p.id),
    )
    .map((p) => {
      const since = profiles.get(p.id)!.createdAt;
      return {
        userId: p.id,
        name: p.name,
        role: 'peer' as const,
        since: since.toISOString(),
        days: Math.max(0, Math.floor((now.getTime() - since.getTime()) / day)),
      };
    })
    .sort((a, b) => b.days - a.days);
  const offered = rows.filter((r) => r.offeredAt !== null).length;
  const accepted = rows.filter((r) => r.status === 'accepted' || r.status === 'started').length;
  const declined = rows.filter((r) => r.status === 'declined').length;
  return {
    waiting,
    proposals: {
      offered,
      accepted,
      declined,
      acceptanceRate: accepted + declined === 0 ? null : accepted / (accepted + declined),
    },
  };
}

/** Staff: every proposal since approval with both answers and reasons, and the figures (audited). */
export async function listProposals(
  deps: OfferDeps & { activeMentorships: ActiveMentorships },
): Promise<{ proposals: StaffProposal[]; stats: MatchingStats }> {
  const granting = authorize(deps.actor, 'round.manage', { programmeId: deps.programmeId });
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx.select().from(matchProposal).orderBy(desc(matchProposal.approvedAt));
    const proposals = await staffRows(tx, deps.programmeId, rows);
    const stats = await matchingStats(
      tx,
      deps.programmeId,
      rows,
      deps.now ?? new Date(),
      deps.activeMentorships,
    );
    await auditWishes(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/match-proposals',
      subjectIds: rows.flatMap((r) => [r.peerId, r.mentorId]),
    });
    return { proposals, stats };
  });
}

/** The offers to the caller, with the other's shared presentation (audited as a read of them). */
export async function myOffers(deps: OfferDeps): Promise<{ offers: MyOffer[] }> {
  const granting = authorize(deps.actor, 'own.offers', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select()
      .from(matchProposal)
      .where(
        and(
          inArray(matchProposal.status, ['offered', 'accepted', 'declined', 'started']),
          or(eq(matchProposal.peerId, userId), eq(matchProposal.mentorId, userId)),
        ),
      )
      .orderBy(desc(matchProposal.offeredAt));
    const settings = await matchingSettingsOf(tx);
    const profiles = await profilesOf(
      tx,
      rows.flatMap((r) => [r.peerId, r.mentorId]),
    );
    const people = await findPeopleWithRole(
      tx,
      deps.programmeId,
      ['peer', 'mentor'],
      rows.flatMap((r) => [r.peerId, r.mentorId]),
    );
    const year = (deps.now ?? new Date()).getUTCFullYear();
    const offers = rows.map((r): MyOffer => {
      const role = r.peerId === userId ? 'peer' : 'mentor';
      const otherId = role === 'peer' ? r.mentorId : r.peerId;
      const mine = profiles.get(userId);
      const theirs = profiles.get(otherId);
      const share = theirs?.share ?? NOTHING_SHARED;
      const theirWishes = theirs ? openWishes(theirs) : null;
      const name = people.find((p) => p.id === otherId)?.name ?? '';
      const labels = new Map(settings.activities.map((a) => [a.key, a.label.da]));
      const parts =
        mine && theirWishes
          ? scorePair(
              role === 'peer' ? openWishes(mine) : theirWishes,
              role === 'peer' ? theirWishes : openWishes(mine),
              settings.weights,
              year,
            ).parts.filter((p) => p.part !== 'background' || share.background)
          : [];
      return {
        id: r.id,
        role,
        status: r.status,
        other: {
          firstName: share.firstName ? (name.split(' ')[0] ?? name) : null,
          words: theirs ? openShareWords(theirs) || null : null,
          activities:
            share.activities && theirWishes
              ? theirWishes.activities.map((a) => labels.get(a)).filter((a): a is string => Boolean(a))
              : null,
          background: share.background ? (theirWishes?.background ?? null) : null,
        },
        parts,
        activities: settings.activities,
        meeting: meetingOf(r),
        myAnswer: role === 'peer' ? r.peerAnswer : r.mentorAnswer,
        mentorshipId: r.mentorshipId,
      };
    });
    await auditWishes(tx, deps, {
      granting,
      action: 'read',
      purpose: 'GET /api/programmes/:programmeId/my-offers',
      subjectIds: rows.map((r) => (r.peerId === userId ? r.mentorId : r.peerId)),
    });
    return { offers };
  });
}

/**
 * The caller accepts or declines an offer made to them. A decline ends the offer for both
 * (declined: both back in the pool); the second accept starts the mentorship (started).
 */
export async function answerOffer(
  deps: OfferDeps & { proposalId: string; accept: boolean; reason?: string | undefined; publicUrl: string },
): Promise<{ offers: MyOffer[] }> {
  authorize(deps.actor, 'own.offers', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  await deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await proposalIn(tx, deps.proposalId);
    const role = row.peerId === userId ? 'peer' : row.mentorId === userId ? 'mentor' : null;
    if (!role || row.status === 'approved') throw new AppError('PROPOSAL_NOT_FOUND');
    if ((role === 'peer' ? row.peerAnswer : row.mentorAnswer) !== null)
      throw new AppError('OFFER_ALREADY_ANSWERED');
    if (row.status !== 'offered') throw new AppError('PROPOSAL_WRONG_STATUS');
    const answer = deps.accept ? ('accept' as const) : ('decline' as const);
    const reason = deps.reason?.trim()
      ? sealText(deps.reason.trim(), reasonContext(`${role}_reason_sealed`, row.id))
      : null;
    const otherAnswer = role === 'peer' ? row.mentorAnswer : row.peerAnswer;
    const bothAccept = answer === 'accept' && otherAnswer === 'accept';
    const status = answer === 'decline' ? 'declined' : bothAccept ? 'accepted' : 'offered';
    await tx
      .update(matchProposal)
      .set({
        ...(role === 'peer'
          ? { peerAnswer: answer, peerAnsweredAt: now, peerReasonSealed: reason }
          : { mentorAnswer: answer, mentorAnsweredAt: now, mentorReasonSealed: reason }),
        status,
        ...(status === 'offered' ? {} : { decidedAt: now }),
      })
      .where(eq(matchProposal.id, row.id));
    if (bothAccept) {
      const mentorshipId = await startMentorship(tx, {
        programmeId: deps.programmeId,
        peerId: row.peerId,
        mentorId: row.mentorId,
        startDate: (row.meetingAt && row.meetingAt > now ? row.meetingAt : now).toISOString().slice(0, 10),
        rhythm: 'weekly',
        by: 'matching',
        actorId: null,
        reason: 'matching',
        now,
      });
      await tx
        .update(matchProposal)
        .set({ status: 'started', mentorshipId })
        .where(eq(matchProposal.id, row.id));
    }
    // The other person hears there is news (a start, or that the offer ended); never whose answer.
    if (status !== 'offered')
      await tellNews(tx, [role === 'peer' ? row.mentorId : row.peerId], deps.publicUrl);
    await auditWishes(tx, deps, {
      granting: [],
      action: 'update',
      purpose: `POST /api/programmes/:programmeId/my-offers/:proposalId/answer`,
      subjectIds: [userId],
      details: { proposalId: row.id, answer },
    });
  });
  return myOffers(deps);
}
