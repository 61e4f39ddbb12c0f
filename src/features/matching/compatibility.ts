/**
 * Whether a peer and a mentor may be proposed to each other, and how well they fit (issue #7
 * point 2), as pure functions. Hard constraints make a pair inadmissible, whatever its score; the
 * soft score is a weighted sum of parts on a 0–100 scale, each part kept with what the pair share
 * so the page can say it in plain words ("I kan begge lide gåture og fodbold").
 */
import type { HardReason, ScorePart, ScorePartDetail, Weights, Wishes } from './matching.contract.ts';
import { SCORE_PARTS } from './matching.contract.ts';

export interface Side {
  userId: string;
  wishes: Wishes;
  paused: boolean;
}

export interface MentorSide extends Side {
  ready: boolean;
  /** Places left: capacity minus active mentorships and approved proposals. */
  freePlaces: number;
}

export interface PairFacts {
  /** Marked "must not be matched" by either person or staff. */
  mustNotMatch: boolean;
  /** Forbidden by staff in this round. */
  forbidden: boolean;
}

/** Every reason the pair is never proposed (empty: admissible). */
export function hardReasons(peer: Side, mentor: MentorSide, facts: PairFacts): HardReason[] {
  const reasons: HardReason[] = [];
  if (!mentor.ready) reasons.push('mentor-not-ready');
  if (peer.paused || mentor.paused) reasons.push('paused');
  if (mentor.freePlaces <= 0) reasons.push('at-capacity');
  if (facts.mustNotMatch) reasons.push('must-not-match');
  if (!genderWishMet(peer.wishes, mentor.wishes) || !genderWishMet(mentor.wishes, peer.wishes))
    reasons.push('gender-wish');
  if (sharedSlots(peer.wishes, mentor.wishes).length === 0) reasons.push('no-shared-time');
  if (facts.forbidden) reasons.push('forbidden');
  return reasons;
}

/** `wisher`'s wish for the partner's gender is met by `partner` (an unstated gender meets only "any"). */
export function genderWishMet(wisher: Wishes, partner: Wishes): boolean {
  return wisher.partnerGender === 'any' || wisher.partnerGender === partner.gender;
}

export function sharedSlots(a: Wishes, b: Wishes): string[] {
  const other = new Set(b.availability);
  return [...new Set(a.availability)].filter((s) => other.has(s)).sort(bySlot);
}

function bySlot(x: string, y: string): number {
  const order = ['morning', 'afternoon', 'evening'];
  const [dx, px] = x.split('-');
  const [dy, py] = y.split('-');
  return Number(dx) - Number(dy) || order.indexOf(px!) - order.indexOf(py!);
}

/** Each part's fit in [0, 1], before weights, and what it rests on. */
export function partFits(
  peer: Wishes,
  mentor: Wishes,
  year: number,
): Record<ScorePart, { fit: number; shared: string[]; outcome: ScorePartDetail['outcome'] }> {
  const theirs = new Set(mentor.activities);
  const activities = [...new Set(peer.activities)].filter((a) => theirs.has(a));
  const slots = sharedSlots(peer, mentor);
  const languages = [...new Set(peer.languages)].filter((l) => mentor.languages.includes(l));
  return {
    activities: overlapPart(activities, new Set(peer.activities).size, theirs.size),
    availability: overlapPart(slots, new Set(peer.availability).size, new Set(mentor.availability).size),
    area: metPart(peer.area !== null && peer.area === mentor.area, peer.area ? [peer.area] : []),
    age: wishPart([ageWish(peer, mentor, year), ageWish(mentor, peer, year)]),
    background: wishPart([backgroundWish(peer, mentor), backgroundWish(mentor, peer)]),
    language: metPart(languages.length > 0, languages),
  };
}

function overlapPart(shared: string[], a: number, b: number) {
  // Shared over the smaller list: a person who likes one thing and shares it fits fully.
  const smaller = Math.min(a, b);
  const fit = smaller === 0 ? 0 : Math.min(1, shared.length / smaller);
  return {
    fit,
    shared,
    outcome: fit === 0 ? ('not-met' as const) : fit === 1 ? ('met' as const) : ('partly' as const),
  };
}

function metPart(met: boolean, shared: string[]) {
  return {
    fit: met ? 1 : 0,
    shared: met ? shared : [],
    outcome: met ? ('met' as const) : ('not-met' as const),
  };
}

/** null: no wish; else how well it is met in [0, 1]. */
type WishFit = number | null;

/** The partner's age (this year minus birth year) within the wisher's range; unknown age half-meets it. */
export function ageWish(wisher: Wishes, partner: Wishes, year: number): WishFit {
  if (!wisher.partnerAge) return null;
  if (partner.birthYear === null) return 0.5;
  const age = year - partner.birthYear;
  return age >= wisher.partnerAge.min && age <= wisher.partnerAge.max ? 1 : 0;
}

/** Same background when it matters to the wisher; "both" half-meets alcohol or drugs. */
export function backgroundWish(wisher: Wishes, partner: Wishes): WishFit {
  if (!wisher.sameBackgroundMatters) return null;
  if (wisher.background === null || partner.background === null) return 0.5;
  if (wisher.background === partner.background) return 1;
  return wisher.background === 'both' || partner.background === 'both' ? 0.5 : 0;
}

/** The mean of the wishes that exist; no wish on either side counts as met (it is nobody's loss). */
function wishPart(fits: WishFit[]) {
  const wished = fits.filter((f): f is number => f !== null);
  if (wished.length === 0) return { fit: 1, shared: [], outcome: 'no-wish' as const };
  const fit = wished.reduce((s, f) => s + f, 0) / wished.length;
  return {
    fit,
    shared: [],
    outcome: fit === 1 ? ('met' as const) : fit === 0 ? ('not-met' as const) : ('partly' as const),
  };
}

/**
 * The pair's score on 0–100 and its parts: part i adds 100 · wᵢ · fitᵢ / Σw. All weights 0
 * gives every pair 0 (the solver then only maximises the number matched).
 */
export function scorePair(
  peer: Wishes,
  mentor: Wishes,
  weights: Weights,
  year: number,
): { score: number; parts: ScorePartDetail[] } {
  const fits = partFits(peer, mentor, year);
  const sum = SCORE_PARTS.reduce((s, p) => s + weights[p], 0);
  let score = 0;
  const parts = SCORE_PARTS.map((part) => {
    const { fit, ...rest } = fits[part];
    const maxPoints = sum === 0 ? 0 : (100 * weights[part]) / sum;
    score += maxPoints * fit;
    return { part, points: round(maxPoints * fit), maxPoints: round(maxPoints), ...rest };
  });
  // Rounded once, from the exact sum: the parts are rounded for reading only.
  return { score: round(score), parts };
}

const round = (x: number) => Math.round(x * 100) / 100;
