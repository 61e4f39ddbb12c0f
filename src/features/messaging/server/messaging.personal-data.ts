import { and, type Column, eq, inArray } from 'drizzle-orm';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { openMessage, openReason } from './message-text.ts';
import { pairMessage, pairMessageReport } from './messaging.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's pair messages: the ones they wrote and the reports they made (decision 048). The
 * partner's messages are the partner's and stay in the partner's export; an export staff make
 * for the person has the times but not the texts (staff never read a thread). Erasure deletes what
 * the person wrote (a report of it goes with it) and removes them from the reports they made
 * or handled, with the reason they gave.
 */
export const messagingPersonalData: PersonalDataPart = {
  name: 'messaging',
  tables: [
    { table: pairMessage, erasure: 'delete' },
    { table: pairMessageReport, erasure: 'anonymise' },
  ],
  async export(tx, subject) {
    const messages = await tx
      .select()
      .from(pairMessage)
      .where(and(eq(pairMessage.senderId, subject.userId), inScope(subject, pairMessage.programmeId)))
      .orderBy(pairMessage.sentAt);
    const reports = await tx
      .select()
      .from(pairMessageReport)
      .where(
        and(
          eq(pairMessageReport.reporterId, subject.userId),
          inScope(subject, pairMessageReport.programmeId),
        ),
      );
    return {
      // Staff exporting for the person never read the pair's messages: the person downloads them.
      messages: messages.map((m) => ({
        mentorshipId: m.mentorshipId,
        sentAt: m.sentAt.toISOString(),
        text: subject.readBy === 'staff' ? null : openMessage(m),
      })),
      reports: reports.map((r) => ({
        messageId: r.messageId,
        reportedAt: r.reportedAt.toISOString(),
        reason: openReason(r),
        handledAt: r.handledAt?.toISOString() ?? null,
      })),
    };
  },
  async erase(tx, subject) {
    await tx
      .delete(pairMessage)
      .where(and(eq(pairMessage.senderId, subject.userId), inScope(subject, pairMessage.programmeId)));
    await tx
      .update(pairMessageReport)
      .set({ reporterId: null, reasonSealed: null })
      .where(
        and(
          eq(pairMessageReport.reporterId, subject.userId),
          inScope(subject, pairMessageReport.programmeId),
        ),
      );
    await tx
      .update(pairMessageReport)
      .set({ handledBy: null })
      .where(
        and(eq(pairMessageReport.handledBy, subject.userId), inScope(subject, pairMessageReport.programmeId)),
      );
  },
};
