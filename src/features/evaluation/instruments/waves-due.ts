/**
 * Which waves are due for a person on a day (decision 045), pure: the schedule of
 * `wave-schedule.ts` from their first mentorship's start and end, sent while its window is open.
 * A wave counted from the start that falls on or after the end is left out (the end's wave covers
 * it); a wave counted from the end waits while the pair is paused (resuming moves the end).
 */
import type { RespondentRole, Wave } from '../questionnaire.contract.ts';
import type { WaveSettingsInput } from '../waves.contract.ts';
import { addDays, type ScheduledWave, waveSchedule } from './wave-schedule.ts';

export interface WaveTimeline {
  startsOn: string;
  endsOn: string;
  ended: boolean;
  paused: boolean;
}

export function wavesDue(
  timeline: WaveTimeline,
  settings: WaveSettingsInput,
  today: string,
): ScheduledWave[] {
  // An end recorded before the start (a pair ended before its start date) ends on the start.
  const endsOn = [timeline.startsOn, timeline.endsOn].sort()[1]!;
  const schedule = waveSchedule(
    { startsOn: timeline.startsOn, endsOn },
    { waves: settings.waves, mentorshipMonths: 0, windowDays: settings.windowDays },
  );
  return schedule.filter((scheduled, i) => {
    const rule = settings.waves[i]!;
    if (rule.from === 'start' && rule.wave !== 'T0' && scheduled.dueOn >= endsOn) return false;
    if (rule.from === 'end' && timeline.paused) return false;
    return scheduled.dueOn <= today && today <= scheduled.closesOn;
  });
}

/** The reminder days of an unfinished questionnaire that have come by `today` while it is open. */
export function remindersDue(
  window: { opensOn: string; closesOn: string },
  reminderDays: readonly number[],
  today: string,
): number[] {
  if (today < window.opensOn || today > window.closesOn) return [];
  return reminderDays.filter((day) => {
    const on = addDays(window.opensOn, day);
    return on <= today && on <= window.closesOn;
  });
}

/**
 * Each person's series follows their first mentorship in a role (by start): a peer rematched
 * after an early end, or a mentor with a second peer, keeps the T0 … T3 of the first.
 */
export function firstTimelines<T extends WaveTimeline & { peerId: string | null; mentorId: string | null }>(
  timelines: readonly T[],
): { userId: string; role: RespondentRole; timeline: T }[] {
  const first = new Map<string, { userId: string; role: RespondentRole; timeline: T }>();
  const sorted = [...timelines].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  for (const timeline of sorted)
    for (const [role, userId] of [
      ['peer', timeline.peerId],
      ['mentor', timeline.mentorId],
    ] as const) {
      if (userId && !first.has(`${userId}:${role}`))
        first.set(`${userId}:${role}`, { userId, role, timeline });
    }
  return [...first.values()];
}

/**
 * Why a programme's wave settings cannot stand, or null: the waves come in order T0 … T3, T0
 * at the start, those from the start before those from the end, later ones later; a reminder
 * falls inside the window, each day once.
 */
export function waveSettingsProblem(
  settings: WaveSettingsInput,
): 'WAVE_SETTINGS_ORDER' | 'WAVE_REMINDER_OUTSIDE_WINDOW' | null {
  const order: Wave[] = ['T0', 'T1', 'T2', 'T3'];
  const waves = settings.waves;
  if (waves.some((w, i) => w.wave !== order[i])) return 'WAVE_SETTINGS_ORDER';
  if (waves[0]!.from !== 'start' || waves[0]!.months !== 0) return 'WAVE_SETTINGS_ORDER';
  for (let i = 1; i < waves.length; i++) {
    const [before, now] = [waves[i - 1]!, waves[i]!];
    if (before.from === 'end' && now.from === 'start') return 'WAVE_SETTINGS_ORDER';
    if (before.from === now.from && now.months <= before.months) return 'WAVE_SETTINGS_ORDER';
  }
  const days = settings.reminderDays;
  if (new Set(days).size !== days.length || days.some((d) => d >= settings.windowDays))
    return 'WAVE_REMINDER_OUTSIDE_WINDOW';
  return null;
}
