/**
 * A mentorship's states and the only ways between them (decision 038):
 *
 *   proposed ─start→ active ─pause→ paused ─resume→ active
 *      │               │                 │
 *   withdraw          end ──────────── end
 *      ↓               ↓                 ↓
 *    closed ←close── ending ←────────────┘
 *
 * Pure, shared by the server (which stores every step with who, when and why) and the web app
 * (which offers only the steps that are possible). Anything else is refused with a stable code.
 */
import { addDays, daysBetween } from './calendar-days.ts';

export const MENTORSHIP_STATES = ['proposed', 'active', 'paused', 'ending', 'closed'] as const;
export type MentorshipState = (typeof MENTORSHIP_STATES)[number];

export const RHYTHMS = ['weekly', 'fortnightly'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
/** Days between meetings in each rhythm. */
export const RHYTHM_DAYS: Record<Rhythm, number> = { weekly: 7, fortnightly: 14 };

export const END_REASONS = [
  'planned',
  'moved',
  'lost-contact',
  'relapse',
  'not-a-good-match',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Who takes a step: one of the pair, staff, or matching (when both people accepted). */
export type Party = 'peer' | 'mentor' | 'staff' | 'matching';

export type MentorshipEvent =
  | { type: 'start' }
  | { type: 'withdraw' }
  | { type: 'pause' }
  /** One of the pair says they are ready to go on; staff resume once both have. */
  | { type: 'agree-resume' }
  | { type: 'resume' }
  | { type: 'end'; reason: EndReason }
  | { type: 'close' }
  | { type: 'change-rhythm'; rhythm: Rhythm };
export type MentorshipEventType = MentorshipEvent['type'];

/** What the machine needs of a mentorship. Dates are Copenhagen calendar dates. */
export interface Course {
  state: MentorshipState;
  rhythm: Rhythm;
  startDate: string;
  plannedEnd: string;
  extendedEnd: string | null;
  pausedSince: string | null;
  resumeAgreed: ('peer' | 'mentor')[];
}

/** In which states each step may be taken, by whom, and where it leads (null: stays). */
const STEPS: Record<
  MentorshipEventType,
  { from: readonly MentorshipState[]; by: readonly Party[]; to: MentorshipState | null }
> = {
  start: { from: ['proposed'], by: ['staff', 'matching'], to: 'active' },
  withdraw: { from: ['proposed'], by: ['staff', 'matching'], to: 'closed' },
  pause: { from: ['active'], by: ['peer', 'mentor', 'staff'], to: 'paused' },
  'agree-resume': { from: ['paused'], by: ['peer', 'mentor'], to: null },
  resume: { from: ['paused'], by: ['staff'], to: 'active' },
  end: { from: ['active', 'paused'], by: ['peer', 'mentor', 'staff'], to: 'ending' },
  close: { from: ['ending'], by: ['staff'], to: 'closed' },
  'change-rhythm': { from: ['active', 'paused'], by: ['peer', 'mentor', 'staff'], to: null },
};

export class TransitionRefused extends Error {
  constructor(
    readonly code:
      | 'MENTORSHIP_TRANSITION_NOT_ALLOWED'
      | 'MENTORSHIP_NOT_YOURS'
      | 'MENTORSHIP_RESUME_NEEDS_BOTH',
  ) {
    super(code);
    this.name = 'TransitionRefused';
  }
}

/** Whether `by` may take the step now (the web app shows only these). */
export function canTake(course: Course, type: MentorshipEventType, by: Party): boolean {
  const step = STEPS[type];
  if (!step.from.includes(course.state) || !step.by.includes(by)) return false;
  if (type === 'resume')
    return course.resumeAgreed.includes('peer') && course.resumeAgreed.includes('mentor');
  return true;
}

/** The last day of the mentorship as it stands: the extension's end, else the planned end. */
export const endDateOf = (course: Pick<Course, 'plannedEnd' | 'extendedEnd'>) =>
  course.extendedEnd ?? course.plannedEnd;

/**
 * The mentorship after `by` takes the step on `today`, or a refusal. Resuming moves the planned
 * end (and an extension's end) by the days the pause lasted when `pauseMovesEnd`.
 */
export function applyEvent(
  course: Course,
  event: MentorshipEvent,
  by: Party,
  today: string,
  options: { pauseMovesEnd: boolean } = { pauseMovesEnd: true },
): Course {
  const step = STEPS[event.type];
  if (!step.from.includes(course.state)) throw new TransitionRefused('MENTORSHIP_TRANSITION_NOT_ALLOWED');
  if (!step.by.includes(by)) throw new TransitionRefused('MENTORSHIP_NOT_YOURS');
  const next: Course = { ...course, state: step.to ?? course.state };
  switch (event.type) {
    case 'pause':
      return { ...next, pausedSince: today, resumeAgreed: [] };
    case 'agree-resume': {
      const party = by as 'peer' | 'mentor';
      return {
        ...next,
        resumeAgreed: course.resumeAgreed.includes(party)
          ? course.resumeAgreed
          : [...course.resumeAgreed, party],
      };
    }
    case 'resume': {
      if (!canTake(course, 'resume', by)) throw new TransitionRefused('MENTORSHIP_RESUME_NEEDS_BOTH');
      const days = options.pauseMovesEnd ? Math.max(0, daysBetween(course.pausedSince ?? today, today)) : 0;
      return {
        ...next,
        plannedEnd: addDays(course.plannedEnd, days),
        extendedEnd: course.extendedEnd ? addDays(course.extendedEnd, days) : null,
        pausedSince: null,
        resumeAgreed: [],
      };
    }
    case 'end':
      return { ...next, pausedSince: null, resumeAgreed: [] };
    case 'change-rhythm':
      return { ...next, rhythm: event.rhythm };
    default:
      return next;
  }
}
