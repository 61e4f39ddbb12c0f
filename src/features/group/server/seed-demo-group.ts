import { count, eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { fieldContext, sealText } from '../../../server/field-encryption.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { groupComment, groupMember, groupPost, groupReaction, groupWord } from './group.table.ts';
import { DEMO_WORDS, matchWordList } from './word-list.ts';

const HOUR = 3_600_000;

/**
 * The demo's closed group: a pinned welcome from staff, a few posts with comments and reactions
 * from the programme's peers and mentors, the Danish word list, and one post held by it in the
 * moderation queue. The demo logins have not accepted the house rules, so their first visit
 * shows them. Idempotent: a second run changes nothing.
 */
export async function seedDemoGroup(
  db: Database,
  programmeId: string,
  people: { staffId: string | null },
  now = new Date(),
): Promise<void> {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'seed-demo-group');
    const [existing] = await tx
      .select({ n: count() })
      .from(groupPost)
      .where(eq(groupPost.programmeId, programmeId));
    if (Number(existing?.n ?? 0) > 0) return;
    await tx
      .insert(groupWord)
      .values(DEMO_WORDS.map((word) => ({ programmeId, word })))
      .onConflictDoNothing();
    const members = await findPeopleWithRole(tx, programmeId, ['peer', 'mentor']);
    const mentors = members.filter((m) => m.role === 'mentor').slice(1, 4);
    const peers = members.filter((m) => m.role === 'peer').slice(1, 6);
    const authors = [...mentors, ...peers];
    if (mentors.length < 2 || peers.length < 3) return;
    for (const person of [...authors, ...(people.staffId ? [{ id: people.staffId }] : [])]) {
      await tx
        .insert(groupMember)
        .values({ programmeId, userId: person.id, rulesAcceptedAt: new Date(now.getTime() - 30 * 24 * HOUR) })
        .onConflictDoNothing();
    }
    const post = async (authorId: string, body: string, hoursAgo: number, pinned = false) => {
      const id = crypto.randomUUID();
      const heldFor = matchWordList(body, DEMO_WORDS);
      await tx.insert(groupPost).values({
        id,
        programmeId,
        authorId,
        bodySealed: sealText(body, fieldContext('group_post', 'body_sealed', id)),
        status: heldFor ? 'held' : 'published',
        heldFor,
        pinned,
        createdAt: new Date(now.getTime() - hoursAgo * HOUR),
      });
      return id;
    };
    const comment = async (postId: string, authorId: string, body: string, hoursAgo: number) => {
      const id = crypto.randomUUID();
      await tx.insert(groupComment).values({
        id,
        programmeId,
        postId,
        authorId,
        bodySealed: sealText(body, fieldContext('group_comment', 'body_sealed', id)),
        status: 'published',
        createdAt: new Date(now.getTime() - hoursAgo * HOUR),
      });
    };
    // Without a staff member (a partial seed in tests) there is no pinned welcome.
    const welcome = people.staffId
      ? await post(
          people.staffId,
          'Velkommen til gruppen! Her kan I skrive til hinanden mellem caféerne. Husk husreglerne: vi passer på hinanden, deler ikke telefonnumre, og vi taler ikke om køb og salg. Skriv til os, hvis noget er svært.',
          24 * 40,
          true,
        )
      : null;
    const walk = await post(
      mentors[0]!.id,
      'Er der nogen, der vil med en tur rundt om Vejle Fjord på lørdag? Vi mødes ved caféen kl. 10 og går i et roligt tempo.',
      26,
    );
    const proud = await post(
      peers[0]!.id,
      'Tre måneder i dag. Tak for kaffen og snakken i tirsdags, det hjalp.',
      8,
    );
    await post(peers[1]!.id, 'Nogen der har et godt tip til at sove bedre? Nætterne er lange lige nu.', 3);
    // Held by the word list: it waits in the moderation queue.
    await post(peers[2]!.id, 'Hvis nogen mangler noget til weekenden, så skriv til mig på 22 33 44 55.', 1);
    await comment(walk, peers[1]!.id, 'Jeg kommer gerne med!', 24);
    await comment(walk, mentors[1]!.id, 'Jeg tager termokanden med.', 20);
    await comment(proud, mentors[1]!.id, 'Kæmpe flot. Vi ses torsdag.', 7);
    await comment(proud, peers[1]!.id, 'Tillykke!', 6);
    const reactions: [string | null, string, 'heart' | 'thumbs-up' | 'strong'][] = [
      [welcome, peers[0]!.id, 'heart'],
      [welcome, mentors[0]!.id, 'thumbs-up'],
      [walk, peers[0]!.id, 'thumbs-up'],
      [proud, mentors[0]!.id, 'strong'],
      [proud, mentors[1]!.id, 'heart'],
      [proud, peers[1]!.id, 'heart'],
    ];
    for (const [postId, userId, kind] of reactions) {
      if (!postId) continue;
      await tx.insert(groupReaction).values({ programmeId, postId, userId, kind }).onConflictDoNothing();
    }
  });
}
