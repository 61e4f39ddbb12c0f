/**
 * The demo programme's matching: the default activity list, areas and weights saved as its
 * settings, ten more waiting peers (they log in by e-mail link only), a wishes profile for every
 * peer and mentor — the demo peer's from their application — one paused mentor and one
 * must-not-match mark, so a round shows proposals, people left out and explanations.
 */
import { eq } from 'drizzle-orm';
import { type Database, lockTransaction } from '../../../server/db.ts';
import { createUser, demoPersonEmail, findPeopleWithRole } from '../../accounts/server/index.ts';
import { findApplicationWishes } from '../../intake/server/index.ts';
import { DEFAULT_MATCHING_SETTINGS, EMPTY_WISHES, type GENDERS, type Wishes } from '../matching.contract.ts';
import { matchingSettings, mustNotMatch, wishesProfile } from './matching.table.ts';
import { storeProfile, wishesFromApplication } from './wishes-store.ts';

const PEERS: [name: string, gender: (typeof GENDERS)[number]][] = [
  ['Ahmad Karimi', 'male'],
  ['Bodil Holst', 'female'],
  ['Christian Vestergaard', 'male'],
  ['Ditte Lauritsen', 'female'],
  ['Emil Sørensen', 'male'],
  ['Fatima Ali', 'female'],
  ['Gustav Nygaard', 'male'],
  ['Hanne Bisgaard', 'female'],
  ['Ib Kjær', 'male'],
  ['Julie Mose', 'female'],
];

/** The waiting peers this seed adds (the offers seed takes three of them). */
export const DEMO_WAITING_PEERS = PEERS.map(([name]) => name);

const ACTIVITIES = DEFAULT_MATCHING_SETTINGS.activities.map((a) => a.key);
const AREAS = DEFAULT_MATCHING_SETTINGS.areas;
const PARTS = ['morning', 'afternoon', 'evening'] as const;
const FREE_WORDS = [
  'At vedkommende har prøvet det samme som mig og ikke dømmer.',
  'En, der er rolig og god til at lytte.',
  'At vi kan grine sammen og lave noget praktisk.',
  'Ærlighed. Og at man dukker op, når man har sagt det.',
];

/** Varied but fixed wishes for demo person number `i` (the same every seed). */
function demoWishes(i: number, role: 'peer' | 'mentor', gender: Wishes['gender']): Wishes {
  const pick = <T>(list: readonly T[], n: number, step: number) =>
    Array.from({ length: n }, (_, k) => list[(i * step + k * 3) % list.length]!).filter(
      (v, k, a) => a.indexOf(v) === k,
    );
  const weekdays = pick([1, 2, 3, 4, 5, 6, 7], 3, 2);
  return {
    ...EMPTY_WISHES,
    activities: pick(ACTIVITIES, 3 + (i % 2), 3),
    availability: weekdays.flatMap((d, k) => [
      `${d}-${PARTS[(i + k) % 3]}`,
      ...(k === 0 ? [`${d}-${PARTS[(i + 1) % 3]}`] : []),
    ]),
    area: AREAS[i % AREAS.length]!,
    languages: i % 5 === 3 ? ['da', 'en'] : ['da'],
    gender,
    birthYear: 1965 + ((i * 7) % 35),
    partnerGender: role === 'peer' && i % 4 === 1 ? (gender === 'female' ? 'female' : 'male') : 'any',
    partnerAge: i % 3 === 0 ? { min: 25, max: 60 } : null,
    background: (['alcohol', 'drugs', 'both'] as const)[i % 3]!,
    sameBackgroundMatters: i % 2 === 0,
    freeWords: FREE_WORDS[i % FREE_WORDS.length]!,
  };
}

/** Female first names of the demo mentors, for their stated gender. */
const FEMALE = /^(Anne|Camilla|Eva|Gitte|Inge|Karina|Maria|Pia|Sofie|Ulla|Vibeke|Birthe|Dorthe|Mette)\b/;

export async function seedDemoMatching(db: Database, programmeId: string, demo: { staffId: string | null }) {
  await db.withProgramme(programmeId, async (tx) => {
    await lockTransaction(tx, 'makker.seed-demo.matching');
    if ((await tx.select({ id: matchingSettings.programmeId }).from(matchingSettings)).length > 0) return;
    await tx.insert(matchingSettings).values({ programmeId, settings: DEFAULT_MATCHING_SETTINGS });
    for (const [name] of PEERS)
      await createUser(tx, { name, email: demoPersonEmail(name), programmeId, roles: ['peer'] });
    const by = demo.staffId;
    const peers = await findPeopleWithRole(tx, programmeId, ['peer']);
    const mentors = await findPeopleWithRole(tx, programmeId, ['mentor']);
    for (const [i, peer] of peers.entries()) {
      const gender = PEERS.find(([n]) => n === peer.name)?.[1] ?? 'male';
      const fromApplication = await findApplicationWishes(tx, peer.id);
      const wishes = fromApplication
        ? {
            ...wishesFromApplication(fromApplication, DEFAULT_MATCHING_SETTINGS),
            gender,
            area: AREAS[0]!,
            background: 'alcohol' as const,
          }
        : demoWishes(i, 'peer', gender);
      if (wishes.availability.length === 0) wishes.availability = ['4-afternoon', '2-afternoon'];
      await storeProfile(tx, { programmeId, userId: peer.id, role: 'peer' }, { wishes, by: by ?? peer.id });
      // Waiting times that look like a programme's: from a few days to about three months.
      const waitedDays = 3 + ((i * 17) % 90);
      await tx
        .update(wishesProfile)
        .set({ createdAt: new Date(Date.now() - waitedDays * 86_400_000) })
        .where(eq(wishesProfile.userId, peer.id));
    }
    for (const [i, mentor] of mentors.entries()) {
      const wishes = demoWishes(i + 1, 'mentor', FEMALE.test(mentor.name) ? 'female' : 'male');
      // Thursday afternoon is the drop-in café's neighbour: many mentors are free then.
      if (i % 2 === 0) wishes.availability.push('4-afternoon');
      await storeProfile(
        tx,
        { programmeId, userId: mentor.id, role: 'mentor' },
        { wishes, paused: i === 4, by: by ?? mentor.id },
      );
    }
    if (peers[1] && mentors[0])
      await tx
        .insert(mustNotMatch)
        .values({ programmeId, userId: peers[1].id, otherUserId: mentors[0].id, markedBy: by });
  });
}
