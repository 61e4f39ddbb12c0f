/**
 * When each wave of a person's questionnaires is due (issue #9 point 2), as a pure function of
 * the mentorship's start (and its end, once known) and the programme's settings, so the
 * mentorships feature can call it when a mentorship starts or ends. Months are calendar months:
 * a due day past the end of a shorter month falls on its last day (31 January + 1 month =
 * 28 or 29 February). The window opens on the due day and closes `windowDays` later.
 */
import type { Wave } from '../questionnaire.contract.ts';

export interface WaveRule {
  wave: Wave;
  /** Counted from the mentorship's start, or from its end (planned or actual). */
  from: 'start' | 'end';
  months: number;
}

export interface WaveSettings {
  waves: readonly WaveRule[];
  /** The planned length of a mentorship, for the end when it is not known yet. */
  mentorshipMonths: number;
  windowDays: number;
}

/** The demo programme's: T0 at the start, T1 after 3 months, T2 at the end, T3 3 months after. */
export const DEFAULT_WAVE_SETTINGS: WaveSettings = {
  waves: [
    { wave: 'T0', from: 'start', months: 0 },
    { wave: 'T1', from: 'start', months: 3 },
    { wave: 'T2', from: 'end', months: 0 },
    { wave: 'T3', from: 'end', months: 3 },
  ],
  mentorshipMonths: 6,
  windowDays: 21,
};

export interface ScheduledWave {
  wave: Wave;
  dueOn: string;
  opensOn: string;
  closesOn: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): [number, number, number] {
  const m = DATE.exec(date);
  const parts = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [];
  const [y, mo, d] = parts as [number, number, number];
  if (!m || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
    throw new RangeError(`Not a calendar date: ${date}`);
  return [y, mo, d];
}

const format = (utc: Date) => utc.toISOString().slice(0, 10);

export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month, Math.min(d, last))));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parse(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

export function waveSchedule(
  mentorship: { startsOn: string; endsOn?: string | null },
  settings: WaveSettings = DEFAULT_WAVE_SETTINGS,
): ScheduledWave[] {
  const endsOn = mentorship.endsOn ?? addCalendarMonths(mentorship.startsOn, settings.mentorshipMonths);
  if (endsOn < mentorship.startsOn) throw new RangeError('The mentorship ends before it starts');
  return settings.waves.map((rule) => {
    const dueOn = addCalendarMonths(rule.from === 'start' ? mentorship.startsOn : endsOn, rule.months);
    return { wave: rule.wave, dueOn, opensOn: dueOn, closesOn: addDays(dueOn, settings.windowDays) };
  });
}
