/**
 * "What I share with a possible match" (issue #7 point 7, decision 041): the person's own opt-in
 * choices — first name, a few words, activities, background — kept on their wishes profile. An
 * offer shows the other person this and nothing else.
 */
import { and, eq } from 'drizzle-orm';
import { type Actor, requireUser } from '../../../server/access.ts';
import type { Database, Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { NOTHING_SHARED, type Share } from '../matching.contract.ts';
import { authorize } from './matching.policy.ts';
import { wishesProfile } from './matching.table.ts';
import { auditWishes } from './matching-audit.ts';
import { openShareWords, sealShareWords } from './wishes-store.ts';

interface Deps {
  db: Database;
  actor: Actor;
  programmeId: string;
  requestId?: string | undefined;
}

async function ownRow(tx: Tx, programmeId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(wishesProfile)
    .where(and(eq(wishesProfile.programmeId, programmeId), eq(wishesProfile.userId, userId)));
  return row;
}

export async function getMyShare(deps: Deps): Promise<Share> {
  authorize(deps.actor, 'own.wishes', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await ownRow(tx, deps.programmeId, userId);
    return row ? { choices: row.share, words: openShareWords(row) } : { choices: NOTHING_SHARED, words: '' };
  });
}

export async function saveMyShare(deps: Deps & { share: Share }): Promise<Share> {
  authorize(deps.actor, 'own.wishes', { programmeId: deps.programmeId });
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await ownRow(tx, deps.programmeId, userId);
    if (!row) throw new AppError('SHARE_NEEDS_WISHES');
    await tx
      .update(wishesProfile)
      .set({ share: deps.share.choices, shareWordsSealed: sealShareWords(row, deps.share.words) })
      .where(eq(wishesProfile.id, row.id));
    await auditWishes(tx, deps, {
      granting: [],
      action: 'update',
      purpose: 'PUT /api/programmes/:programmeId/my-share',
      subjectIds: [userId],
    });
    return deps.share;
  });
}
