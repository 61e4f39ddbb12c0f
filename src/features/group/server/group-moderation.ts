/**
 * Staff moderate the group: the queue of held and reported items, approve / hide / remove /
 * pin, warnings and suspensions with a reason, and the word list. Every step is audited against
 * the person it concerns; the queue's read is audited for every author and reporter in it.
 */
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { recordAudit, recordAuditForEach } from '../../audit/server/index.ts';
import type { ModerationQueue, ModerationRequest, QueueItem } from '../group.contract.ts';
import { GROUP_ROLES } from './group.policy.ts';
import { groupComment, groupMember, groupPost, groupReport, groupWord } from './group.table.ts';
import { assertGroupMember, findGroupRole, type GroupDeps, groupTopic } from './group-membership.ts';
import type { WriteDeps } from './group-posting.ts';

const audit = (
  tx: Tx,
  deps: GroupDeps,
  actorId: string,
  granting: string[],
  subjectId: string | null,
  purpose: string,
) =>
  recordAudit(tx, {
    actorId,
    actorRole: granting.join(','),
    action: 'update',
    subjectId,
    programmeId: deps.programmeId,
    purpose,
    requestId: deps.requestId ?? null,
  });

export async function getModerationQueue(deps: GroupDeps): Promise<ModerationQueue> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId, granting } = await assertGroupMember(tx, deps, 'group.moderate');
    const reports = await tx
      .select()
      .from(groupReport)
      .where(and(eq(groupReport.programmeId, deps.programmeId), isNull(groupReport.resolvedAt)));
    const reportedIds = [...new Set(reports.map((r) => r.postId))];
    const posts = await tx
      .select()
      .from(groupPost)
      .where(
        and(
          eq(groupPost.programmeId, deps.programmeId),
          or(
            eq(groupPost.status, 'held'),
            reportedIds.length ? inArray(groupPost.id, reportedIds) : undefined,
          ),
        ),
      )
      .orderBy(desc(groupPost.createdAt));
    const comments = await tx
      .select()
      .from(groupComment)
      .where(and(eq(groupComment.programmeId, deps.programmeId), eq(groupComment.status, 'held')))
      .orderBy(desc(groupComment.createdAt));
    const authorIds = [...posts, ...comments].flatMap((x) => (x.authorId ? [x.authorId] : []));
    const people = await findPeopleWithRole(tx, deps.programmeId, GROUP_ROLES, [...new Set(authorIds)]);
    const who = (id: string | null) => {
      const rows = people.filter((p) => p.id === id);
      return { id, name: rows[0]?.name ?? '—', role: rows.map((r) => r.role).join(', ') };
    };
    const items: QueueItem[] = [
      ...posts
        .filter((p) => p.status !== 'removed')
        .map((p) => ({
          target: 'post' as const,
          id: p.id,
          postId: p.id,
          author: who(p.authorId),
          body: openText(p.bodySealed, fieldContext('group_post', 'body_sealed', p.id)),
          status: p.status as 'published' | 'held' | 'hidden',
          heldFor: p.heldFor,
          reports: reports
            .filter((r) => r.postId === p.id)
            .map((r) => ({
              reason: openText(r.reasonSealed, fieldContext('group_report', 'reason_sealed', r.id)),
              createdAt: r.createdAt.toISOString(),
            })),
          createdAt: p.createdAt.toISOString(),
        })),
      ...comments.map((c) => ({
        target: 'comment' as const,
        id: c.id,
        postId: c.postId,
        author: who(c.authorId),
        body: openText(c.bodySealed, fieldContext('group_comment', 'body_sealed', c.id)),
        status: 'held' as const,
        heldFor: c.heldFor,
        reports: [],
        createdAt: c.createdAt.toISOString(),
      })),
    ];
    const subjects = [...authorIds, ...reports.flatMap((r) => (r.reporterId ? [r.reporterId] : []))];
    await recordAuditForEach(
      tx,
      {
        actorId: userId,
        actorRole: granting.join(','),
        action: 'read',
        programmeId: deps.programmeId,
        purpose: 'group moderation queue',
        requestId: deps.requestId ?? null,
      },
      [...new Set(subjects)],
    );
    const words = await tx
      .select({ word: groupWord.word })
      .from(groupWord)
      .where(eq(groupWord.programmeId, deps.programmeId))
      .orderBy(groupWord.word);
    return { items, words: words.map((w) => w.word) };
  });
}

const NEEDS_REASON = new Set(['hide', 'remove']);
const STATUS_AFTER = { approve: 'published', hide: 'hidden', remove: 'removed' } as const;

/** One step on a post or comment; reports on the post are resolved by it. */
export async function moderateGroupItem(deps: WriteDeps & ModerationRequest): Promise<{ ok: true }> {
  if (NEEDS_REASON.has(deps.action) && !deps.reason) throw new AppError('GROUP_REASON_REQUIRED');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId, granting } = await assertGroupMember(tx, deps, 'group.moderate');
    const now = deps.now ?? new Date();
    const table = deps.target === 'post' ? groupPost : groupComment;
    const [row] = await tx
      .select({ status: table.status, authorId: table.authorId })
      .from(table)
      .where(and(eq(table.id, deps.id), eq(table.programmeId, deps.programmeId)))
      .for('update');
    if (!row || row.status === 'removed') {
      throw new AppError(deps.target === 'post' ? 'GROUP_POST_NOT_FOUND' : 'GROUP_COMMENT_NOT_FOUND');
    }
    let postId = deps.id;
    if (deps.action === 'pin' || deps.action === 'unpin') {
      if (deps.target !== 'post' || row.status !== 'published')
        throw new AppError('GROUP_ACTION_NOT_ALLOWED');
      await tx
        .update(groupPost)
        .set({ pinned: deps.action === 'pin' })
        .where(eq(groupPost.id, deps.id));
    } else {
      const status = STATUS_AFTER[deps.action];
      const set = {
        status,
        moderatedBy: userId,
        moderatedAt: now,
        // Removing keeps nothing of what was said (the audit trail keeps that it happened).
        ...(status === 'removed'
          ? {
              bodySealed: sealText(
                '',
                fieldContext(deps.target === 'post' ? 'group_post' : 'group_comment', 'body_sealed', deps.id),
              ),
            }
          : {}),
      };
      if (deps.target === 'post') {
        await tx
          .update(groupPost)
          .set({ ...set, ...(status === 'removed' ? { imageData: null, pinned: false } : {}) })
          .where(eq(groupPost.id, deps.id));
      } else {
        const [comment] = await tx
          .update(groupComment)
          .set(set)
          .where(eq(groupComment.id, deps.id))
          .returning({ postId: groupComment.postId });
        postId = comment!.postId;
      }
    }
    if (deps.target === 'post') {
      await tx
        .update(groupReport)
        .set({ resolvedAt: now })
        .where(and(eq(groupReport.postId, deps.id), isNull(groupReport.resolvedAt)));
    }
    await audit(tx, deps, userId, granting, row.authorId, `group moderation: ${deps.action} ${deps.target}`);
    await deps.hub.publish(tx, groupTopic(deps.programmeId), { kind: 'group.moderated', id: postId });
    return { ok: true as const };
  });
}

/** A warning, a suspension for some days, or lifting it; the reason is kept sealed and shown to the member. */
export async function moderateGroupMember(
  deps: WriteDeps & { userId: string; action: 'warn' | 'suspend' | 'lift'; reason: string; days: number },
): Promise<{ ok: true }> {
  if (deps.action !== 'lift' && !deps.reason) throw new AppError('GROUP_REASON_REQUIRED');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId: actorId, granting } = await assertGroupMember(tx, deps, 'group.moderate');
    if (!(await findGroupRole(tx, deps.programmeId, deps.userId))) throw new AppError('GROUP_NOT_MEMBER');
    const now = deps.now ?? new Date();
    const [existing] = await tx
      .insert(groupMember)
      .values({ programmeId: deps.programmeId, userId: deps.userId })
      .onConflictDoUpdate({ target: [groupMember.programmeId, groupMember.userId], set: { updatedAt: now } })
      .returning();
    const reasonSealed = deps.reason
      ? sealText(deps.reason, fieldContext('group_member', 'moderation_reason_sealed', existing!.id))
      : existing!.moderationReasonSealed;
    await tx
      .update(groupMember)
      .set(
        deps.action === 'warn'
          ? { warnings: existing!.warnings + 1, moderationReasonSealed: reasonSealed }
          : deps.action === 'suspend'
            ? {
                suspendedUntil: new Date(now.getTime() + deps.days * 86_400_000),
                moderationReasonSealed: reasonSealed,
              }
            : { suspendedUntil: null },
      )
      .where(and(eq(groupMember.programmeId, deps.programmeId), eq(groupMember.userId, deps.userId)));
    await audit(tx, deps, actorId, granting, deps.userId, `group moderation: ${deps.action} member`);
    await deps.hub.publish(tx, `person:${deps.userId}`, { kind: 'group.member' });
    return { ok: true as const };
  });
}

/** Replaces the programme's word list. */
export async function setGroupWords(deps: GroupDeps & { words: string[] }): Promise<{ words: string[] }> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId, granting } = await assertGroupMember(tx, deps, 'group.moderate');
    const words = [
      ...new Set(deps.words.map((w) => w.trim().toLocaleLowerCase('da')).filter(Boolean)),
    ].sort();
    await tx.delete(groupWord).where(eq(groupWord.programmeId, deps.programmeId));
    if (words.length)
      await tx.insert(groupWord).values(words.map((word) => ({ programmeId: deps.programmeId, word })));
    await audit(tx, deps, userId, granting, null, 'group word list');
    return { words };
  });
}
