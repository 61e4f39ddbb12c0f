/** Members write in the group: posts (with one image), comments, reactions and reports. */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import type { RealtimeHub } from '../../../server/realtime.ts';
import { decodeUpload, processImage } from '../../programmes/server/index.ts';
import type { Created, GroupReactionKind } from '../group.contract.ts';
import { groupComment, groupPost, groupReaction, groupReport, groupWord } from './group.table.ts';
import { assertGroupMember, assertMayWrite, type GroupDeps, groupTopic } from './group-membership.ts';
import { matchWordList } from './word-list.ts';

export interface WriteDeps extends GroupDeps {
  hub: Pick<RealtimeHub, 'publish'>;
}

async function programmeWords(tx: Tx, programmeId: string): Promise<string[]> {
  const rows = await tx
    .select({ word: groupWord.word })
    .from(groupWord)
    .where(eq(groupWord.programmeId, programmeId));
  return rows.map((r) => r.word);
}

/** A visible post of the programme, or GROUP_POST_NOT_FOUND. */
export async function getVisiblePost(tx: Tx, programmeId: string, postId: string) {
  const [post] = await tx
    .select({ id: groupPost.id, status: groupPost.status, authorId: groupPost.authorId })
    .from(groupPost)
    .where(and(eq(groupPost.id, postId), eq(groupPost.programmeId, programmeId)));
  if (!post || post.status !== 'published') throw new AppError('GROUP_POST_NOT_FOUND');
  return post;
}

/** Posts in the group; a word-list hit waits for staff (only the author sees it meanwhile). */
export async function createGroupPost(
  deps: WriteDeps & { body: string; image?: string | undefined },
): Promise<Created> {
  // Decoding and re-encoding happen before the transaction: they take time and touch no rows.
  const image = deps.image ? (await processImage(decodeUpload(deps.image)))[0]! : null;
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.write');
    await assertMayWrite(tx, deps, userId);
    const heldFor = matchWordList(deps.body, await programmeWords(tx, deps.programmeId));
    const id = crypto.randomUUID();
    const status = heldFor ? 'held' : 'published';
    await tx.insert(groupPost).values({
      id,
      programmeId: deps.programmeId,
      authorId: userId,
      bodySealed: sealText(deps.body, fieldContext('group_post', 'body_sealed', id)),
      status,
      heldFor,
      imageData: image?.bytes ?? null,
      imageWidth: image?.width ?? null,
      imageHeight: image?.height ?? null,
      ...(deps.now ? { createdAt: deps.now } : {}),
    });
    await deps.hub.publish(tx, groupTopic(deps.programmeId), {
      kind: heldFor ? 'group.held' : 'group.post',
      id,
    });
    return { id, status };
  });
}

/** Comments on a visible post; held by the word list like posts. */
export async function createGroupComment(
  deps: WriteDeps & { postId: string; body: string },
): Promise<Created> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.write');
    await assertMayWrite(tx, deps, userId);
    await getVisiblePost(tx, deps.programmeId, deps.postId);
    const heldFor = matchWordList(deps.body, await programmeWords(tx, deps.programmeId));
    const id = crypto.randomUUID();
    const status = heldFor ? 'held' : 'published';
    await tx.insert(groupComment).values({
      id,
      programmeId: deps.programmeId,
      postId: deps.postId,
      authorId: userId,
      bodySealed: sealText(deps.body, fieldContext('group_comment', 'body_sealed', id)),
      status,
      heldFor,
    });
    await deps.hub.publish(tx, groupTopic(deps.programmeId), {
      kind: heldFor ? 'group.held' : 'group.comment',
      id: deps.postId,
    });
    return { id, status };
  });
}

/** Sets (or with null, takes back) the caller's one reaction to a post. */
export async function setGroupReaction(
  deps: WriteDeps & { postId: string; kind: GroupReactionKind | null },
): Promise<{ ok: true }> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.write');
    await assertMayWrite(tx, deps, userId);
    await getVisiblePost(tx, deps.programmeId, deps.postId);
    await tx
      .delete(groupReaction)
      .where(and(eq(groupReaction.postId, deps.postId), eq(groupReaction.userId, userId)));
    if (deps.kind) {
      await tx
        .insert(groupReaction)
        .values({ programmeId: deps.programmeId, postId: deps.postId, userId, kind: deps.kind });
    }
    await deps.hub.publish(tx, groupTopic(deps.programmeId), { kind: 'group.reaction', id: deps.postId });
    return { ok: true as const };
  });
}

/** Reports a post to staff with a reason; it stays visible until staff act. Suspended members may report too. */
export async function reportGroupPost(
  deps: WriteDeps & { postId: string; reason: string },
): Promise<{ ok: true }> {
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const { userId } = await assertGroupMember(tx, deps, 'group.write');
    await getVisiblePost(tx, deps.programmeId, deps.postId);
    const id = crypto.randomUUID();
    await tx.insert(groupReport).values({
      id,
      programmeId: deps.programmeId,
      postId: deps.postId,
      reporterId: userId,
      reasonSealed: sealText(deps.reason, fieldContext('group_report', 'reason_sealed', id)),
    });
    await deps.hub.publish(tx, groupTopic(deps.programmeId), { kind: 'group.report', id: deps.postId });
    return { ok: true as const };
  });
}
