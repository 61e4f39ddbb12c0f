/**
 * The staff queue of reported messages (decision 048): each reported message alone — never the
 * rest of its thread — with who wrote it, who reported it and why; every look is audited for
 * both people. Staff mark a report handled once they have acted (talked to the pair, …).
 */
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { recordAuditForEach } from '../../audit/server/index.ts';
import { findPairs } from '../../mentorships/server/index.ts';
import type { ReportedMessage, ReportedMessages } from '../messaging.contract.ts';
import { openMessage, openReason } from './message-text.ts';
import { authorize } from './messaging.policy.ts';
import { pairMessage, pairMessageReport } from './messaging.table.ts';

/** Handled reports stay in the queue's "handled" list this long. */
const HANDLED_SHOWN_DAYS = 30;

interface StaffDeps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
  now?: Date;
}

export async function listReportedMessages(deps: StaffDeps): Promise<ReportedMessages> {
  const granting = authorize(deps.actor, 'reports', deps);
  const { userId } = requireUser(deps.actor);
  const now = deps.now ?? new Date();
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const rows = await tx
      .select({ report: pairMessageReport, message: pairMessage })
      .from(pairMessageReport)
      .innerJoin(pairMessage, eq(pairMessage.id, pairMessageReport.messageId))
      .where(
        or(
          isNull(pairMessageReport.handledAt),
          gt(pairMessageReport.handledAt, new Date(now.getTime() - HANDLED_SHOWN_DAYS * 86_400_000)),
        ),
      )
      .orderBy(desc(pairMessageReport.reportedAt));
    const pairs = await findPairs(tx, [...new Set(rows.map((r) => r.message.mentorshipId))]);
    const people = await findPeopleWithRole(
      tx,
      deps.programmeId,
      ['peer', 'mentor'],
      [
        ...new Set(
          rows.flatMap((r) => [r.message.senderId, r.report.reporterId]).filter((id): id is string => !!id),
        ),
      ],
    );
    const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
    const view = ({ report, message }: (typeof rows)[number]): ReportedMessage => {
      const pair = pairs.find((p) => p.id === message.mentorshipId);
      const side = !message.senderId
        ? null
        : pair?.peerId === message.senderId
          ? 'peer'
          : pair?.mentorId === message.senderId
            ? 'mentor'
            : null;
      return {
        id: report.id,
        mentorshipId: message.mentorshipId,
        text: openMessage(message),
        sentAt: message.sentAt.toISOString(),
        sender: { side, name: nameOf(message.senderId) },
        reporterName: nameOf(report.reporterId),
        reason: openReason(report),
        reportedAt: report.reportedAt.toISOString(),
        handledAt: report.handledAt?.toISOString() ?? null,
      };
    };
    if (rows.length > 0) {
      await recordAuditForEach(
        tx,
        {
          actorId: userId,
          actorRole: granting.join(','),
          action: 'read',
          programmeId: deps.programmeId,
          purpose: 'GET /api/programmes/:programmeId/reported-messages',
          requestId: deps.requestId ?? null,
          details: { reports: rows.length },
        },
        rows.flatMap((r) => [r.message.senderId, r.report.reporterId]),
      );
    }
    return {
      open: rows.filter((r) => !r.report.handledAt).map(view),
      handled: rows.filter((r) => r.report.handledAt).map(view),
    };
  });
}

/** Marks a report handled (idempotent: a second call keeps the first time). */
export async function markReportHandled(deps: StaffDeps & { reportId: string }): Promise<{ id: string }> {
  const granting = authorize(deps.actor, 'reports', deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [found] = await tx
      .select({ report: pairMessageReport, senderId: pairMessage.senderId })
      .from(pairMessageReport)
      .innerJoin(pairMessage, eq(pairMessage.id, pairMessageReport.messageId))
      .where(eq(pairMessageReport.id, deps.reportId));
    if (!found) throw new AppError('MESSAGE_REPORT_NOT_FOUND');
    await tx
      .update(pairMessageReport)
      .set({ handledAt: deps.now ?? new Date(), handledBy: userId })
      .where(and(eq(pairMessageReport.id, deps.reportId), isNull(pairMessageReport.handledAt)));
    await recordAuditForEach(
      tx,
      {
        actorId: userId,
        actorRole: granting.join(','),
        action: 'update',
        programmeId: deps.programmeId,
        purpose: 'POST /api/programmes/:programmeId/reported-messages/:reportId/handled',
        requestId: deps.requestId ?? null,
        details: { reportId: deps.reportId },
      },
      [found.senderId, found.report.reporterId],
    );
    return { id: deps.reportId };
  });
}
