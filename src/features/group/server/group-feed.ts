/**
 * What a member sees: the feed (pinned first, then newest), their own state, the house rules
 * step and their sharing choice; and a post's image. Members' reads of the feed are not audited
 * one by one: a post is written to the group by its author for the group to read (decision 047);
 * staff's moderation queue, which holds what no member sees, is.
 */
import { and, type Column, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, openText } from '../../../server/field-encryption.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import type { GroupFeed, GroupReactionKind, MemberRef } from '../group.contract.ts';
import { GROUP_ROLES } from './group.policy.ts';
import { groupComment, groupMember, groupPost, groupReaction } from './group.table.ts';
import {
  assertGroupMember,
  type GroupDeps,
  type GroupRole,
  memberRef,
  memberState,
} from './group-membership.ts';

const FEED_SIZE = 50;

/** How each author appears to `viewerId`; someone no longer a member appears as nobody. */
async function authorRefs(tx: Tx, programmeId: string, ids: string[], viewerId: string) {
  const unique = [...new Set(ids)];
  const people = await findPeopleWithRole(tx, programmeId, GROUP_ROLES, unique);
  const sharing = unique.length
    ? await tx
        .select({ userId: groupMember.userId, shares: groupMember.sharesFullName })
        .from(groupMember)
        .where(and(eq(groupMember.programmeId, programmeId), inArray(groupMember.userId, unique)))
    : [];
  const shares = new Set(sharing.filter((s) => s.shares).map((s) => s.userId));
  const refs = new Map<string, MemberRef>();
  for (const id of unique) {
    const held = people.filter((p) => p.id === id);
    if (held.length === 0) continue;
    const role: GroupRole = held.some((p) => p.role === 'staff')
      ? 'staff'
      : held.some((p) => p.role === 'mentor')
        ? 'mentor'
        : 'peer';
    refs.set(id, memberRef({ id, name: held[0]!.name, role, sharesFullName: shares.has(id) }, viewerId));
  }
  return refs;
}

export async function getGroupFeed(deps: GroupDeps): Promise<GroupFeed> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId, role } = await assertGroupMember(tx, deps, 'group.read');
    const visible = (status: Column, author: Column) =>
      or(eq(status, 'published'), and(eq(status, 'held'), eq(author, userId)));
    const posts = await tx
      .select()
      .from(groupPost)
      .where(and(eq(groupPost.programmeId, deps.programmeId), visible(groupPost.status, groupPost.authorId)))
      .orderBy(desc(groupPost.pinned), desc(groupPost.createdAt))
      .limit(FEED_SIZE);
    const postIds = posts.map((p) => p.id);
    const comments = postIds.length
      ? await tx
          .select()
          .from(groupComment)
          .where(
            and(inArray(groupComment.postId, postIds), visible(groupComment.status, groupComment.authorId)),
          )
          .orderBy(groupComment.createdAt)
      : [];
    const reactions = postIds.length
      ? await tx
          .select({
            postId: groupReaction.postId,
            kind: groupReaction.kind,
            count: sql<number>`count(*)::int`,
            mine: sql<boolean>`bool_or(${groupReaction.userId} = ${userId})`,
          })
          .from(groupReaction)
          .where(inArray(groupReaction.postId, postIds))
          .groupBy(groupReaction.postId, groupReaction.kind)
      : [];
    const authorIds = [...posts, ...comments].flatMap((x) => (x.authorId ? [x.authorId] : []));
    const refs = await authorRefs(tx, deps.programmeId, authorIds, userId);
    const state = await memberState(tx, deps.programmeId, userId);
    const now = deps.now ?? new Date();
    return {
      me: {
        rulesAccepted: Boolean(state?.rulesAcceptedAt),
        sharesFullName: state?.sharesFullName ?? false,
        canModerate: role === 'staff',
        suspendedUntil:
          state?.suspendedUntil && state.suspendedUntil > now ? state.suspendedUntil.toISOString() : null,
        moderationReason: state?.moderationReasonSealed
          ? openText(
              state.moderationReasonSealed,
              fieldContext('group_member', 'moderation_reason_sealed', state.id),
            )
          : null,
        warnings: state?.warnings ?? 0,
      },
      posts: posts.map((p) => {
        const mine = reactions.filter((r) => r.postId === p.id);
        return {
          id: p.id,
          author: (p.authorId && refs.get(p.authorId)) || null,
          body: openText(p.bodySealed, fieldContext('group_post', 'body_sealed', p.id)),
          status: p.status === 'held' ? ('held' as const) : ('published' as const),
          pinned: p.pinned,
          image: p.imageWidth && p.imageHeight ? { width: p.imageWidth, height: p.imageHeight } : null,
          reactions: mine.map((r) => ({ kind: r.kind, count: Number(r.count) })),
          myReaction: (mine.find((r) => r.mine)?.kind ?? null) as GroupReactionKind | null,
          comments: comments
            .filter((c) => c.postId === p.id)
            .map((c) => ({
              id: c.id,
              author: (c.authorId && refs.get(c.authorId)) || null,
              body: openText(c.bodySealed, fieldContext('group_comment', 'body_sealed', c.id)),
              status: c.status === 'held' ? ('held' as const) : ('published' as const),
              createdAt: c.createdAt.toISOString(),
            })),
          createdAt: p.createdAt.toISOString(),
        };
      }),
    };
  });
}

/** Upserts the member's own row with `set`. */
async function upsertMember(
  tx: Tx,
  programmeId: string,
  userId: string,
  set: Partial<typeof groupMember.$inferInsert>,
) {
  await tx
    .insert(groupMember)
    .values({ programmeId, userId, ...set })
    .onConflictDoUpdate({
      target: [groupMember.programmeId, groupMember.userId],
      set: { ...set, updatedAt: new Date() },
    });
}

/** The member has read the house rules and accepts them (shown until they do). */
export async function acceptHouseRules(deps: GroupDeps): Promise<{ ok: true }> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.read');
    await upsertMember(tx, deps.programmeId, userId, { rulesAcceptedAt: deps.now ?? new Date() });
    return { ok: true as const };
  });
}

/** Whether the member shows their full name instead of their first name. */
export async function updateGroupSettings(
  deps: GroupDeps & { sharesFullName: boolean },
): Promise<{ ok: true }> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.read');
    await upsertMember(tx, deps.programmeId, userId, { sharesFullName: deps.sharesFullName });
    return { ok: true as const };
  });
}

/** The image of a post the caller may see (their own held post included; staff see held ones). */
export async function readGroupImage(deps: GroupDeps & { postId: string }): Promise<Buffer> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId, role } = await assertGroupMember(tx, deps, 'group.read');
    const [row] = await tx
      .select({ data: groupPost.imageData, status: groupPost.status, authorId: groupPost.authorId })
      .from(groupPost)
      .where(and(eq(groupPost.id, deps.postId), eq(groupPost.programmeId, deps.programmeId)));
    const maySee =
      row?.status === 'published' ||
      (row?.status === 'held' && (row.authorId === userId || role === 'staff')) ||
      (row?.status === 'hidden' && role === 'staff');
    if (!row?.data || !maySee) throw new AppError('GROUP_IMAGE_NOT_FOUND');
    return row.data;
  });
}
