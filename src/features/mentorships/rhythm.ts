/**
 * How a pair keeps its rhythm (decision 038), from the days they met: the strip of weeks on the
 * pair's page and the staff overview's traffic light. Written so the rule fits under the light:
 *
 * - counted from the start, or from the day a pause ended when there was one (meetings before
 *   it count for neither the interval nor the 4 weeks);
 * - red when the last meeting is more than 2 × the agreed interval ago (14 or 28 days);
 * - amber when it is more than 1.5 × ago, or the last 4 weeks had fewer meetings than agreed
 *   (4 weekly, 2 every 14 days; fewer while the pair is newer than 4 weeks);
 * - green otherwise. Only active pairs get a light.
 */
import { addDays, daysBetween, mondayOf } from './calendar-days.ts';
import { type MentorshipState, RHYTHM_DAYS, type Rhythm } from './mentorship-states.ts';

export type Light = 'green' | 'amber' | 'red';
export type WeekMark = 'met' | 'none' | 'paused';

const WINDOW_DAYS = 28;

export interface RhythmFacts {
  state: MentorshipState;
  rhythm: Rhythm;
  startDate: string;
  /** Copenhagen dates of the meetings that happened. */
  metOn: readonly string[];
  /** Each pause, from the day it began to the day it ended (null: still paused). */
  pauses: readonly { from: string; to: string | null }[];
  today: string;
}

export interface RhythmKept {
  light: Light | null;
  meetingsLast4Weeks: number;
  agreedLast4Weeks: number;
  /** Days since the last meeting, or since the start (or the last pause's end) when none since. */
  daysSinceLastMeeting: number | null;
}

const latest = (dates: readonly string[]) =>
  dates.reduce<string | null>((a, b) => (a && a > b ? a : b), null);

/** The day the rhythm is counted from now: the last meeting, or the start or resume after it. */
const anchorOf = (lastMet: string | null, countFrom: string) =>
  lastMet && lastMet > countFrom ? lastMet : countFrom;

/** The start, or the day the last pause ended when that was later. */
function countFromOf(facts: Pick<RhythmFacts, 'startDate' | 'pauses'>): string {
  const resumed = resumedOnOf(facts.pauses);
  return resumed && resumed > facts.startDate ? resumed : facts.startDate;
}

export type Slip = 'nudge' | 'staff';

/**
 * Whether the rhythm has slipped (issue #8 point 4), by the same thresholds as the light: no
 * meeting for more than 1.5 × the agreed interval is a kind nudge to both; more than 2 × and
 * staff are told. Counted in calendar days from the last meeting (or the start, or the end of
 * the last pause), so summer time never moves it; nothing while paused or not running. `since`
 * names the slip: one nudge and one staff message per day counted from, however often it is asked.
 */
export function slipOf(facts: RhythmFacts): { slip: Slip; since: string } | null {
  if (facts.state !== 'active' || daysBetween(facts.startDate, facts.today) < 0) return null;
  const interval = RHYTHM_DAYS[facts.rhythm];
  const since = anchorOf(latest(facts.metOn.filter((d) => d <= facts.today)), countFromOf(facts));
  const days = daysBetween(since, facts.today);
  if (days > 2 * interval) return { slip: 'staff', since };
  if (days > 1.5 * interval) return { slip: 'nudge', since };
  return null;
}

/**
 * What the light needs, already counted (the overview counts them in SQL, decision 044): the
 * latest day a pause ended, the last day met up to today, and the meetings since the count's
 * start in the 28 days up to today.
 */
export interface RhythmCounts {
  state: MentorshipState;
  rhythm: Rhythm;
  startDate: string;
  resumedOn: string | null;
  lastMetOn: string | null;
  meetingsLast4Weeks: number;
  today: string;
}

/** The day the 4 weeks' count begins (exclusive) and the day it is counted from (inclusive). */
export function windowOf(facts: Pick<RhythmFacts, 'startDate' | 'today'>, resumedOn: string | null) {
  const countFrom = resumedOn && resumedOn > facts.startDate ? resumedOn : facts.startDate;
  return { after: addDays(facts.today, -WINDOW_DAYS), countFrom };
}

/** The traffic light from the counts (the same rule as `rhythmKept`). */
export function lightOf(counts: RhythmCounts): RhythmKept {
  const { meetingsLast4Weeks, today } = counts;
  if (daysBetween(counts.startDate, today) < 0) {
    return { light: null, meetingsLast4Weeks, agreedLast4Weeks: 0, daysSinceLastMeeting: null };
  }
  const interval = RHYTHM_DAYS[counts.rhythm];
  const { countFrom } = windowOf(counts, counts.resumedOn);
  const since = daysBetween(anchorOf(counts.lastMetOn, countFrom), today);
  const window = Math.min(WINDOW_DAYS, Math.max(0, daysBetween(countFrom, today)));
  const agreedLast4Weeks = Math.floor(window / interval);
  let light: Light | null = null;
  if (counts.state === 'active') {
    if (since > 2 * interval) light = 'red';
    else if (since > 1.5 * interval || meetingsLast4Weeks < agreedLast4Weeks) light = 'amber';
    else light = 'green';
  }
  return { light, meetingsLast4Weeks, agreedLast4Weeks, daysSinceLastMeeting: since };
}

/** The latest day a pause ended, if any. */
export const resumedOnOf = (pauses: RhythmFacts['pauses']) =>
  latest(pauses.flatMap((p) => (p.to ? [p.to] : [])));

/** The traffic light and the counts it is made from. */
export function rhythmKept(facts: RhythmFacts): RhythmKept {
  const resumedOn = resumedOnOf(facts.pauses);
  const { after, countFrom } = windowOf(facts, resumedOn);
  const met = facts.metOn.filter((d) => d <= facts.today);
  return lightOf({
    ...facts,
    resumedOn,
    lastMetOn: latest(met),
    meetingsLast4Weeks: met.filter((d) => d > after && d >= countFrom).length,
  });
}

/**
 * One mark per week (Monday first) from the start's week to this week, at most the last `max`:
 * met that week, paused all of it, or neither.
 */
export function weekStrip(facts: RhythmFacts, max = 26): { week: string; mark: WeekMark }[] {
  const first = mondayOf(facts.startDate);
  const last = mondayOf(facts.today);
  const weeks: { week: string; mark: WeekMark }[] = [];
  for (let week = first; week <= last; week = addDays(week, 7)) {
    const end = addDays(week, 6);
    const met = facts.metOn.some((d) => d >= week && d <= end && d <= facts.today);
    const paused = facts.pauses.some((p) => p.from <= week && (p.to === null || p.to > end));
    weeks.push({ week, mark: met ? 'met' : paused ? 'paused' : 'none' });
  }
  return weeks.slice(-max);
}

/** Whole weeks left until the end date (0 once it has passed). */
export function weeksLeft(endDate: string, today: string): number {
  return Math.max(0, Math.ceil(daysBetween(today, endDate) / 7));
}
