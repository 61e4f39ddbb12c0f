/**
 * Reading and writing wishes profiles inside a programme transaction: the free words and the
 * names to avoid are sealed per row (decision 012); a person without a saved profile gets a first
 * draft from their approved application (decision 036), or empty wishes.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { fieldContext, openText, sealText } from '../../../server/field-encryption.ts';
import { findPeopleWithRole } from '../../accounts/server/index.ts';
import { type ApplicationWishes, findApplicationWishes } from '../../intake/server/index.ts';
import {
  EMPTY_WISHES,
  type MatchingSettings,
  PART_OF_DAY,
  type Wishes,
  type WishesProfile,
} from '../matching.contract.ts';
import { wishesProfile } from './matching.table.ts';

type ProfileRow = typeof wishesProfile.$inferSelect;
export type PoolRole = 'peer' | 'mentor';

const context = (column: string, row: { id: string }) => fieldContext('wishes_profile', column, row.id);

export function openWishes(row: ProfileRow): Wishes {
  const open = (value: string | null, column: string) =>
    value === null ? '' : openText(value, context(column, row));
  return {
    ...EMPTY_WISHES,
    ...row.wishes,
    freeWords: open(row.freeWordsSealed, 'free_words_sealed'),
    avoidNames: open(row.avoidNamesSealed, 'avoid_names_sealed'),
  };
}

/** The first draft from an application: its interests on the activity list, its times, its birth year. */
export function wishesFromApplication(found: ApplicationWishes, settings: MatchingSettings): Wishes {
  const listed = new Set(settings.activities.map((a) => a.key));
  const times = found.availability;
  return {
    ...EMPTY_WISHES,
    activities: found.interests.filter((i) => listed.has(i)),
    availability: times
      ? times.weekdays.flatMap((d) =>
          PART_OF_DAY.filter((p) => times.partsOfDay.includes(p)).map((p) => `${d}-${p}`),
        )
      : [],
    birthYear: found.birthDate ? Number(found.birthDate.slice(0, 4)) : null,
    freeWords: found.hopes.slice(0, 2000),
  };
}

/** The person's role in the matching pool (mentor first when they hold both), or null. */
export async function poolRoleOf(tx: Tx, programmeId: string, userId: string) {
  const rows = await findPeopleWithRole(tx, programmeId, ['peer', 'mentor'], [userId]);
  const role = rows.some((r) => r.role === 'mentor') ? 'mentor' : rows[0] ? 'peer' : null;
  return role ? { role: role as PoolRole, name: rows[0]!.name } : null;
}

/** The saved profile, or a draft from the application, or empty wishes. */
export async function loadProfile(
  tx: Tx,
  person: { programmeId: string; userId: string; name: string; role: PoolRole },
  settings: MatchingSettings,
): Promise<WishesProfile> {
  const [row] = await tx
    .select()
    .from(wishesProfile)
    .where(and(eq(wishesProfile.programmeId, person.programmeId), eq(wishesProfile.userId, person.userId)));
  const base = {
    userId: person.userId,
    name: person.name,
    role: person.role,
    choices: { activities: settings.activities, areas: settings.areas },
  };
  if (row)
    return {
      ...base,
      wishes: openWishes(row),
      paused: row.paused,
      draftFromApplication: false,
      updatedAt: row.updatedAt.toISOString(),
    };
  const found = await findApplicationWishes(tx, person.userId);
  return {
    ...base,
    wishes: found ? wishesFromApplication(found, settings) : EMPTY_WISHES,
    paused: false,
    draftFromApplication: found !== null,
    updatedAt: null,
  };
}

/** Saves the wishes (and staff's pause, when given); returns whether a profile was there before. */
export async function storeProfile(
  tx: Tx,
  person: { programmeId: string; userId: string; role: PoolRole },
  change: { wishes: Wishes; paused?: boolean; by: string; now?: Date },
): Promise<boolean> {
  const { freeWords, avoidNames, ...choices } = change.wishes;
  const [before] = await tx
    .select({ id: wishesProfile.id, paused: wishesProfile.paused })
    .from(wishesProfile)
    .where(and(eq(wishesProfile.programmeId, person.programmeId), eq(wishesProfile.userId, person.userId)));
  const id = before?.id ?? crypto.randomUUID();
  const seal = (value: string, column: string) => (value ? sealText(value, context(column, { id })) : null);
  const values = {
    role: person.role,
    wishes: choices,
    freeWordsSealed: seal(freeWords, 'free_words_sealed'),
    avoidNamesSealed: seal(avoidNames, 'avoid_names_sealed'),
    paused: change.paused ?? before?.paused ?? false,
    updatedBy: change.by,
    updatedAt: change.now ?? new Date(),
  };
  await tx
    .insert(wishesProfile)
    .values({ id, programmeId: person.programmeId, userId: person.userId, ...values })
    .onConflictDoUpdate({ target: [wishesProfile.programmeId, wishesProfile.userId], set: values });
  return before !== undefined;
}

/** The saved profiles of these people, opened. */
export async function profilesOf(tx: Tx, userIds: readonly string[]): Promise<Map<string, ProfileRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(wishesProfile)
    .where(inArray(wishesProfile.userId, [...userIds]));
  return new Map(rows.map((r) => [r.userId, r]));
}

/** Choices must come from the programme's lists (activities, areas). */
export function unknownChoices(wishes: Wishes, settings: MatchingSettings): boolean {
  const listed = new Set(settings.activities.map((a) => a.key));
  return (
    wishes.activities.some((a) => !listed.has(a)) ||
    (wishes.area !== null && !settings.areas.includes(wishes.area))
  );
}

/** The few words a person shares with a possible match (sealed like the free words). */
export function openShareWords(row: ProfileRow): string {
  return row.shareWordsSealed === null
    ? ''
    : openText(row.shareWordsSealed, context('share_words_sealed', row));
}

export function sealShareWords(row: { id: string }, words: string): string | null {
  return words ? sealText(words, context('share_words_sealed', row)) : null;
}
