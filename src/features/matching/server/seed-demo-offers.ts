/**
 * The demo programme's offers (once, after the pairs of the mentorships seed): one offered and
 * waiting for the peer's answer (the mentor said yes), one both accepted with a first meeting at
 * the café (so its mentorship started), and one the peer declined — with what the people share.
 * Mentors without an open pair and peers of the matching seed, so nobody is double-booked.
 */

import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { copenhagenInstant } from '../../../shared/calendar-date.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { openMentorshipCounts, startMentorship } from '../../mentorships/server/index.ts';
import { matchingRound, matchProposal, wishesProfile } from './matching.table.ts';
import { DEMO_WAITING_PEERS } from './seed-demo-matching.ts';
import { sealShareWords } from './wishes-store.ts';

const DAY = 86_400_000;
const WORDS = [
  'Jeg går gerne ture og drikker kaffe.',
  'Far til to. Glad for fodbold.',
  'Stille, men god til at lytte.',
];

export async function seedDemoOffers(db: Database, programmeId: string, demo: { staffId: string | null }) {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.offers');
    if ((await tx.select({ id: matchProposal.id }).from(matchProposal).limit(1)).length > 0) return;
    const now = new Date();
    const peers = (await findPeopleWithRole(tx, programmeId, ['peer'])).filter((p) =>
      DEMO_WAITING_PEERS.includes(p.name),
    );
    const mentors = await findPeopleWithRole(tx, programmeId, ['mentor']);
    const open = await openMentorshipCounts(
      tx,
      mentors.map((m) => m.id),
    );
    const free = mentors.filter((m) => !open.get(m.id));
    const [offeredPeer, startedPeer, declinedPeer] = peers.slice(-3);
    if (!offeredPeer || !startedPeer || !declinedPeer || free.length < 3) return;
    const [round] = await tx
      .insert(matchingRound)
      .values({
        programmeId,
        status: 'closed',
        openedBy: demo.staffId,
        openedAt: new Date(now.getTime() - 9 * DAY),
      })
      .returning();
    for (const [i, person] of [offeredPeer, startedPeer, free[0]!, free[1]!].entries()) {
      const [row] = await tx.select().from(wishesProfile).where(eq(wishesProfile.userId, person.id));
      if (!row) continue;
      await tx
        .update(wishesProfile)
        .set({
          share: { firstName: true, activities: true, background: i % 2 === 1 },
          shareWordsSealed: sealShareWords(row, WORDS[i % WORDS.length]!),
        })
        .where(eq(wishesProfile.id, row.id));
    }
    const base = {
      programmeId,
      roundId: round!.id,
      approvedBy: demo.staffId,
      approvedAt: new Date(now.getTime() - 8 * DAY),
      offeredAt: new Date(now.getTime() - 7 * DAY),
    };
    const inDays = (days: number, time: string) =>
      copenhagenInstant(new Date(now.getTime() + days * DAY).toISOString().slice(0, 10), time);
    await tx.insert(matchProposal).values({
      ...base,
      peerId: offeredPeer.id,
      mentorId: free[0]!.id,
      score: 74,
      status: 'offered',
      mentorAnswer: 'accept',
      mentorAnsweredAt: new Date(now.getTime() - 6 * DAY),
      meetingAt: inDays(5, '14:00'),
      meetingPlace: 'staff',
      meetingNote: 'Projektets lokale, Vestergade 10',
    });
    const [started] = await tx
      .insert(matchProposal)
      .values({
        ...base,
        peerId: startedPeer.id,
        mentorId: free[1]!.id,
        score: 81,
        status: 'started',
        peerAnswer: 'accept',
        peerAnsweredAt: new Date(now.getTime() - 6 * DAY),
        mentorAnswer: 'accept',
        mentorAnsweredAt: new Date(now.getTime() - 5 * DAY),
        decidedAt: new Date(now.getTime() - 5 * DAY),
        meetingAt: inDays(-3, '15:00'),
        meetingPlace: 'cafe',
        meetingNote: 'Caféen, torsdag',
      })
      .returning();
    const mentorshipId = await startMentorship(tx, {
      programmeId,
      peerId: startedPeer.id,
      mentorId: free[1]!.id,
      startDate: new Date(now.getTime() - 3 * DAY).toISOString().slice(0, 10),
      rhythm: 'weekly',
      by: 'matching',
      actorId: null,
      reason: 'matching',
      now: new Date(now.getTime() - 5 * DAY),
    });
    await tx.update(matchProposal).set({ mentorshipId }).where(eq(matchProposal.id, started!.id));
    const [declined] = await tx
      .insert(matchProposal)
      .values({
        ...base,
        peerId: declinedPeer.id,
        mentorId: free[2]!.id,
        score: 58,
        status: 'declined',
        peerAnswer: 'decline',
        peerAnsweredAt: new Date(now.getTime() - 4 * DAY),
        decidedAt: new Date(now.getTime() - 4 * DAY),
      })
      .returning();
    await tx
      .update(matchProposal)
      .set({
        peerReasonSealed: sealText(
          'Vi kender hinanden fra dengang. Det bliver for tæt på.',
          fieldContext('match_proposal', 'peer_reason_sealed', declined!.id),
        ),
      })
      .where(eq(matchProposal.id, declined!.id));
  });
}
