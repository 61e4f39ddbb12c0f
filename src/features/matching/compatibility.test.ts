/**
 * Hard constraints and the explained score, on their boundaries: each constraint alone blocks a
 * pair, gender wishes in both directions, the age range's ends, "both" backgrounds, all weights 0;
 * and properties over random wishes (score in 0–100, parts sum to the score, symmetry of the
 * shared parts, more weight on a part that fits never lowers the score).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageWish,
  backgroundWish,
  genderWishMet,
  hardReasons,
  type MentorSide,
  partFits,
  type Side,
  scorePair,
  sharedSlots,
} from './compatibility.ts';
import {
  DEFAULT_MATCHING_SETTINGS,
  EMPTY_WISHES,
  GENDERS,
  LANGUAGES,
  PARTNER_GENDERS,
  SCORE_PARTS,
  SUBSTANCES,
  type Weights,
  type Wishes,
} from './matching.contract.ts';

const wishes = (over: Partial<Wishes> = {}): Wishes => ({
  ...EMPTY_WISHES,
  availability: ['4-afternoon'],
  ...over,
});
const peer = (over: Partial<Wishes> = {}, paused = false): Side => ({
  userId: 'p',
  wishes: wishes(over),
  paused,
});
const mentor = (over: Partial<Wishes> = {}, m: Partial<MentorSide> = {}): MentorSide => ({
  userId: 'm',
  wishes: wishes(over),
  paused: false,
  ready: true,
  freePlaces: 1,
  ...m,
});
const noFacts = { mustNotMatch: false, forbidden: false };
const weights = DEFAULT_MATCHING_SETTINGS.weights;

describe('hard constraints', () => {
  it('lets an ordinary pair through', () => {
    expect(hardReasons(peer(), mentor(), noFacts)).toEqual([]);
  });

  it('blocks on each constraint alone', () => {
    expect(hardReasons(peer(), mentor({}, { ready: false }), noFacts)).toEqual(['mentor-not-ready']);
    expect(hardReasons(peer({}, true), mentor(), noFacts)).toEqual(['paused']);
    expect(hardReasons(peer(), mentor({}, { paused: true }), noFacts)).toEqual(['paused']);
    expect(hardReasons(peer(), mentor({}, { freePlaces: 0 }), noFacts)).toEqual(['at-capacity']);
    expect(hardReasons(peer(), mentor(), { mustNotMatch: true, forbidden: false })).toEqual([
      'must-not-match',
    ]);
    expect(hardReasons(peer(), mentor(), { mustNotMatch: false, forbidden: true })).toEqual(['forbidden']);
    expect(hardReasons(peer({ availability: ['4-morning'] }), mentor(), noFacts)).toEqual(['no-shared-time']);
    expect(hardReasons(peer({ partnerGender: 'female' }), mentor({ gender: 'male' }), noFacts)).toEqual([
      'gender-wish',
    ]);
  });

  it('places left: one is enough, zero and less are full', () => {
    expect(hardReasons(peer(), mentor({}, { freePlaces: 1 }), noFacts)).toEqual([]);
    expect(hardReasons(peer(), mentor({}, { freePlaces: -1 }), noFacts)).toEqual(['at-capacity']);
  });

  it('checks the gender wish both ways; an unstated gender meets only "any"', () => {
    expect(genderWishMet(wishes({ partnerGender: 'female' }), wishes({ gender: 'female' }))).toBe(true);
    expect(genderWishMet(wishes({ partnerGender: 'female' }), wishes({ gender: null }))).toBe(false);
    expect(genderWishMet(wishes({ partnerGender: 'any' }), wishes({ gender: null }))).toBe(true);
    expect(
      hardReasons(peer({ gender: 'male' }), mentor({ partnerGender: 'female', gender: 'female' }), noFacts),
    ).toEqual(['gender-wish']);
  });

  it('shares time only on the same weekday and part of the day, in week order', () => {
    const a = wishes({ availability: ['4-afternoon', '1-evening', '2-morning'] });
    const b = wishes({ availability: ['2-morning', '4-afternoon', '4-morning', '1-evening'] });
    expect(sharedSlots(a, b)).toEqual(['1-evening', '2-morning', '4-afternoon']);
    expect(sharedSlots(wishes({ availability: [] }), b)).toEqual([]);
  });
});

describe('the score and its parts', () => {
  it('adds the parts of a pair that shares everything to 100', () => {
    const both = { activities: ['walk', 'football'], area: 'Jelling', languages: ['da' as const] };
    const result = scorePair(wishes(both), wishes(both), weights, 2026);
    expect(result.score).toBe(100);
    expect(result.parts.find((p) => p.part === 'activities')).toMatchObject({
      shared: ['walk', 'football'],
      outcome: 'met',
    });
    expect(result.parts.find((p) => p.part === 'availability')?.shared).toEqual(['4-afternoon']);
  });

  it('measures overlap against the shorter list', () => {
    const fits = partFits(
      wishes({ activities: ['walk'] }),
      wishes({ activities: ['walk', 'cafe', 'football', 'fishing'] }),
      2026,
    );
    expect(fits.activities.fit).toBe(1);
    const half = partFits(
      wishes({ activities: ['walk', 'cafe'] }),
      wishes({ activities: ['walk', 'fishing'] }),
      2026,
    );
    expect(half.activities).toMatchObject({ fit: 0.5, outcome: 'partly' });
    expect(partFits(wishes(), wishes({ activities: ['walk'] }), 2026).activities).toMatchObject({
      fit: 0,
      outcome: 'not-met',
    });
  });

  it('meets an age wish at both ends of the range and not one year outside', () => {
    const wisher = wishes({ partnerAge: { min: 30, max: 40 } });
    expect(ageWish(wisher, wishes({ birthYear: 1996 }), 2026)).toBe(1);
    expect(ageWish(wisher, wishes({ birthYear: 1986 }), 2026)).toBe(1);
    expect(ageWish(wisher, wishes({ birthYear: 1997 }), 2026)).toBe(0);
    expect(ageWish(wisher, wishes({ birthYear: 1985 }), 2026)).toBe(0);
    expect(ageWish(wisher, wishes({ birthYear: null }), 2026)).toBe(0.5);
    expect(ageWish(wishes(), wishes({ birthYear: 1950 }), 2026)).toBeNull();
  });

  it('counts a background wish only when it matters; "both" half-meets one substance', () => {
    const cares = (background: Wishes['background']) => wishes({ background, sameBackgroundMatters: true });
    expect(backgroundWish(cares('alcohol'), wishes({ background: 'alcohol' }))).toBe(1);
    expect(backgroundWish(cares('alcohol'), wishes({ background: 'drugs' }))).toBe(0);
    expect(backgroundWish(cares('both'), wishes({ background: 'drugs' }))).toBe(0.5);
    expect(backgroundWish(cares('alcohol'), wishes({ background: null }))).toBe(0.5);
    expect(backgroundWish(wishes({ background: 'alcohol' }), wishes({ background: 'drugs' }))).toBeNull();
    const noWish = partFits(wishes(), wishes(), 2026);
    expect(noWish.background).toMatchObject({ fit: 1, outcome: 'no-wish' });
    expect(noWish.age).toMatchObject({ fit: 1, outcome: 'no-wish' });
  });

  it('gives every pair 0 when every weight is 0', () => {
    const zero = Object.fromEntries(SCORE_PARTS.map((p) => [p, 0])) as Weights;
    const result = scorePair(wishes({ activities: ['walk'] }), wishes({ activities: ['walk'] }), zero, 2026);
    expect(result.score).toBe(0);
    expect(result.parts.every((p) => p.points === 0 && p.maxPoints === 0)).toBe(true);
  });

  it('weighs only the part that has weight', () => {
    const only = { ...(Object.fromEntries(SCORE_PARTS.map((p) => [p, 0])) as Weights), area: 5 };
    expect(scorePair(wishes({ area: 'Give' }), wishes({ area: 'Give' }), only, 2026).score).toBe(100);
    expect(scorePair(wishes({ area: 'Give' }), wishes({ area: 'Egtved' }), only, 2026).score).toBe(0);
    expect(scorePair(wishes({ area: null }), wishes({ area: null }), only, 2026).score).toBe(0);
  });
});

const slotArb = fc.constantFrom(
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((d) => ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`)),
);
const wishesArb: fc.Arbitrary<Wishes> = fc.record({
  activities: fc.uniqueArray(fc.constantFrom(...DEFAULT_MATCHING_SETTINGS.activities.map((a) => a.key)), {
    maxLength: 6,
  }),
  availability: fc.uniqueArray(slotArb, { maxLength: 8 }),
  area: fc.option(fc.constantFrom(...DEFAULT_MATCHING_SETTINGS.areas), { nil: null }),
  languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: null }),
  birthYear: fc.option(fc.integer({ min: 1940, max: 2008 }), { nil: null }),
  partnerGender: fc.constantFrom(...PARTNER_GENDERS),
  partnerAge: fc.option(
    fc.tuple(fc.integer({ min: 18, max: 90 }), fc.integer({ min: 0, max: 30 })).map(([min, span]) => ({
      min,
      max: Math.min(120, min + span),
    })),
    { nil: null },
  ),
  background: fc.option(fc.constantFrom(...SUBSTANCES), { nil: null }),
  sameBackgroundMatters: fc.boolean(),
  freeWords: fc.constant(''),
  avoidNames: fc.constant(''),
});
const weightsArb = fc.record(
  Object.fromEntries(SCORE_PARTS.map((p) => [p, fc.integer({ min: 0, max: 10 })])) as Record<
    keyof Weights,
    fc.Arbitrary<number>
  >,
);

describe('properties', () => {
  it('scores within 0–100, with parts that add up to the score and never exceed their share', () => {
    fc.assert(
      fc.property(wishesArb, wishesArb, weightsArb, (a, b, w) => {
        const { score, parts } = scorePair(a, b, w, 2026);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(Math.abs(parts.reduce((s, p) => s + p.points, 0) - score)).toBeLessThan(0.04);
        for (const p of parts) expect(p.points).toBeLessThanOrEqual(p.maxPoints + 1e-9);
      }),
    );
  });

  it('scores a pair the same whichever side is the peer', () => {
    fc.assert(
      fc.property(wishesArb, wishesArb, weightsArb, (a, b, w) => {
        expect(scorePair(a, b, w, 2026).score).toBeCloseTo(scorePair(b, a, w, 2026).score, 1);
      }),
    );
  });

  it('never blocks on time when the two share a slot, and always blocks when they share none', () => {
    fc.assert(
      fc.property(wishesArb, wishesArb, (a, b) => {
        const reasons = hardReasons(
          { userId: 'p', wishes: a, paused: false },
          { userId: 'm', wishes: b, paused: false, ready: true, freePlaces: 1 },
          noFacts,
        );
        const shared = a.availability.some((s) => b.availability.includes(s));
        expect(reasons.includes('no-shared-time')).toBe(!shared);
      }),
    );
  });

  it('raising the weight of a part that fully fits never lowers the score', () => {
    fc.assert(
      fc.property(wishesArb, weightsArb, fc.constantFrom(...SCORE_PARTS), (a, w, part) => {
        const fits = partFits(a, a, 2026);
        fc.pre(fits[part].fit === 1 && w[part] < 10);
        const more = { ...w, [part]: w[part] + 1 };
        expect(scorePair(a, a, more, 2026).score).toBeGreaterThanOrEqual(scorePair(a, a, w, 2026).score);
      }),
    );
  });
});
