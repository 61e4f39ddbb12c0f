import { and, type Column, eq, inArray, or } from 'drizzle-orm';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { matchingRound, matchProposal, mustNotMatch, roundPin, wishesProfile } from './matching.table.ts';
import { openShareWords, openWishes } from './wishes-store.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's wishes profiles (free words decrypted) and their approved proposals. The
 * must-not-match marks are left out of the export: they name another person and exist to protect
 * someone (decision 035); erasure deletes them with the rest. What they did as staff (rounds
 * opened, marks made, proposals approved) stays, without them.
 */
export const matchingPersonalData: PersonalDataPart = {
  name: 'matching',
  tables: [
    { table: wishesProfile, erasure: 'delete' },
    { table: mustNotMatch, erasure: 'delete' },
    { table: roundPin, erasure: 'delete' },
    { table: matchProposal, erasure: 'delete' },
    { table: matchingRound, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const profiles = await tx
      .select()
      .from(wishesProfile)
      .where(and(eq(wishesProfile.userId, subject.userId), inScope(subject, wishesProfile.programmeId)));
    const proposals = await tx
      .select()
      .from(matchProposal)
      .where(
        and(
          or(eq(matchProposal.peerId, subject.userId), eq(matchProposal.mentorId, subject.userId)),
          inScope(subject, matchProposal.programmeId),
        ),
      );
    return {
      wishes: profiles.map((p) => ({
        programmeId: p.programmeId,
        role: p.role,
        paused: p.paused,
        updatedAt: p.updatedAt.toISOString(),
        ...openWishes(p),
        shareWithMatch: { ...p.share, words: openShareWords(p) },
      })),
      approvedProposals: proposals.map((p) => {
        const as = p.peerId === subject.userId ? 'peer' : 'mentor';
        const sealed = as === 'peer' ? p.peerReasonSealed : p.mentorReasonSealed;
        return {
          as,
          score: p.score,
          status: p.status,
          approvedAt: p.approvedAt.toISOString(),
          myAnswer: as === 'peer' ? p.peerAnswer : p.mentorAnswer,
          // Their own reason only: the other person's answer and reason are not theirs (decision 041).
          myReason:
            sealed === null
              ? null
              : openText(sealed, fieldContext('match_proposal', `${as}_reason_sealed`, p.id)),
          firstMeeting: p.meetingAt?.toISOString() ?? null,
        };
      }),
    };
  },
  async erase(tx, subject) {
    const mine = (column: Column, programmeId: Column) =>
      and(eq(column, subject.userId), inScope(subject, programmeId));
    await tx.delete(wishesProfile).where(mine(wishesProfile.userId, wishesProfile.programmeId));
    await tx
      .update(wishesProfile)
      .set({ updatedBy: null })
      .where(mine(wishesProfile.updatedBy, wishesProfile.programmeId));
    await tx.delete(mustNotMatch).where(mine(mustNotMatch.userId, mustNotMatch.programmeId));
    await tx.delete(mustNotMatch).where(mine(mustNotMatch.otherUserId, mustNotMatch.programmeId));
    await tx
      .update(mustNotMatch)
      .set({ markedBy: null })
      .where(mine(mustNotMatch.markedBy, mustNotMatch.programmeId));
    await tx.delete(roundPin).where(mine(roundPin.peerId, roundPin.programmeId));
    await tx.delete(roundPin).where(mine(roundPin.mentorId, roundPin.programmeId));
    await tx.delete(matchProposal).where(mine(matchProposal.peerId, matchProposal.programmeId));
    await tx.delete(matchProposal).where(mine(matchProposal.mentorId, matchProposal.programmeId));
    await tx
      .update(matchProposal)
      .set({ approvedBy: null })
      .where(mine(matchProposal.approvedBy, matchProposal.programmeId));
    await tx
      .update(matchingRound)
      .set({ openedBy: null })
      .where(mine(matchingRound.openedBy, matchingRound.programmeId));
  },
};
