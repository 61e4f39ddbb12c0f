import { and, type Column, eq, inArray } from 'drizzle-orm';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import type { DataSubject, PersonalDataPart } from '../../../server/personal-data.ts';
import { groupComment, groupMember, groupPost, groupReaction, groupReport } from './group.table.ts';

const inScope = (subject: DataSubject, programmeId: Column) =>
  subject.programmeIds.length ? inArray(programmeId, subject.programmeIds) : undefined;

/**
 * A person's posts, comments, reactions and reports in the closed group and their own state in
 * it (house rules, sharing, warnings). Erasure deletes all of them (comments of others on an
 * erased person's post go with the post); a post they moderated stays, without them.
 */
export const groupPersonalData: PersonalDataPart = {
  name: 'group',
  tables: [
    { table: groupPost, erasure: 'delete' },
    { table: groupComment, erasure: 'delete' },
    { table: groupReaction, erasure: 'delete' },
    { table: groupReport, erasure: 'delete' },
    { table: groupMember, erasure: 'delete' },
  ],
  async export(tx, subject) {
    const posts = await tx
      .select()
      .from(groupPost)
      .where(and(eq(groupPost.authorId, subject.userId), inScope(subject, groupPost.programmeId)));
    const comments = await tx
      .select()
      .from(groupComment)
      .where(and(eq(groupComment.authorId, subject.userId), inScope(subject, groupComment.programmeId)));
    const reactions = await tx
      .select({ postId: groupReaction.postId, kind: groupReaction.kind, createdAt: groupReaction.createdAt })
      .from(groupReaction)
      .where(and(eq(groupReaction.userId, subject.userId), inScope(subject, groupReaction.programmeId)));
    const reports = await tx
      .select()
      .from(groupReport)
      .where(and(eq(groupReport.reporterId, subject.userId), inScope(subject, groupReport.programmeId)));
    const state = await tx
      .select()
      .from(groupMember)
      .where(and(eq(groupMember.userId, subject.userId), inScope(subject, groupMember.programmeId)));
    return {
      posts: posts.map((p) => ({
        id: p.id,
        text: openText(p.bodySealed, fieldContext('group_post', 'body_sealed', p.id)),
        status: p.status,
        hasImage: p.imageData !== null,
        createdAt: p.createdAt.toISOString(),
      })),
      comments: comments.map((c) => ({
        postId: c.postId,
        text: openText(c.bodySealed, fieldContext('group_comment', 'body_sealed', c.id)),
        status: c.status,
        createdAt: c.createdAt.toISOString(),
      })),
      reactions: reactions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      reports: reports.map((r) => ({
        postId: r.postId,
        reason: openText(r.reasonSealed, fieldContext('group_report', 'reason_sealed', r.id)),
        createdAt: r.createdAt.toISOString(),
      })),
      membership: state.map((s) => ({
        rulesAcceptedAt: s.rulesAcceptedAt?.toISOString() ?? null,
        sharesFullName: s.sharesFullName,
        warnings: s.warnings,
        suspendedUntil: s.suspendedUntil?.toISOString() ?? null,
        moderationReason: s.moderationReasonSealed
          ? openText(s.moderationReasonSealed, fieldContext('group_member', 'moderation_reason_sealed', s.id))
          : null,
      })),
    };
  },
  async erase(tx, subject) {
    const mine = <T extends { programmeId: Column }>(table: T, person: Column) =>
      and(eq(person, subject.userId), inScope(subject, table.programmeId));
    await tx.delete(groupReaction).where(mine(groupReaction, groupReaction.userId));
    await tx.delete(groupReport).where(mine(groupReport, groupReport.reporterId));
    await tx.delete(groupComment).where(mine(groupComment, groupComment.authorId));
    await tx.delete(groupPost).where(mine(groupPost, groupPost.authorId));
    await tx.delete(groupMember).where(mine(groupMember, groupMember.userId));
    for (const table of [groupPost, groupComment]) {
      await tx
        .update(table)
        .set({ moderatedBy: null })
        .where(and(eq(table.moderatedBy, subject.userId), inScope(subject, table.programmeId)));
    }
  },
};
