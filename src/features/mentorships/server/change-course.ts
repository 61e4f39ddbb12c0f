/**
 * The steps of a pair's course taken by hand: a pause ("Jeg har brug for en pause"), being ready
 * to go on, staff resuming, an early end, staff closing it, a new rhythm. The why of a pause or
 * an early end is encrypted and shown to staff only; the partner learns only what happened.
 */
import { eq } from 'drizzle-orm';
import { requireUser } from '../../../server/access.ts';
import type { Tx } from '../../../server/db.ts';
import { queueMail } from '../../../server/mail.ts';
import { copenhagenDate } from '../../../shared/calendar-date.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { MentorshipEvent, MentorshipState, Party, Rhythm } from '../mentorship-states.ts';
import type { EndRequest } from '../mentorships.contract.ts';
import {
  lockMentorship,
  type MentorshipDeps,
  type MentorshipRow,
  partyOf,
  takeStep,
} from './mentorship-steps.ts';
import { authorize, type MentorshipAction } from './mentorships.policy.ts';
import { auditPeople } from './mentorships-audit.ts';
import { openTasksOfStep } from './staff-tasks.ts';

type Outcome = { id: string; state: MentorshipState };

async function step(
  deps: MentorshipDeps,
  action: MentorshipAction,
  purpose: string,
  build: (party: Party) => { event: MentorshipEvent; reason?: string | null; note?: string | null },
  after?: (tx: Tx, row: MentorshipRow, party: Party) => Promise<void>,
): Promise<Outcome> {
  const granting = authorize(deps.actor, action, deps);
  const { userId } = requireUser(deps.actor);
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const row = await lockMentorship(tx, deps.mentorshipId);
    const party = partyOf(deps.actor, row, granting, action !== 'own.agree');
    const updated = await takeStep(tx, row, {
      ...build(party),
      by: party,
      actorId: userId,
      ...(deps.now ? { now: deps.now } : {}),
    });
    await auditPeople(tx, deps, {
      granting,
      action: 'update',
      purpose: `POST /api/programmes/:programmeId/mentorships/:mentorshipId/${purpose}`,
      subjectIds: [row.peerId, row.mentorId],
    });
    await after?.(tx, updated, party);
    return { id: updated.id, state: updated.state };
  });
}

/** "I need a break" by either of the pair, or staff recording it; the reason is for staff only. */
export function pauseMentorship(deps: MentorshipDeps & { reason: string }) {
  return step(
    deps,
    'pause',
    'pause',
    () => ({ event: { type: 'pause' }, note: deps.reason }),
    // Staff are asked to follow up (issue #8 point 5).
    (tx, row) => openTasksOfStep(tx, row, { type: 'pause' }, copenhagenDate(deps.now)),
  );
}

/** One of the pair is ready to go on after the pause. */
export function agreeToResume(deps: MentorshipDeps) {
  return step(deps, 'own.agree', 'ready', () => ({ event: { type: 'agree-resume' } }));
}

/** Staff resume once both have said they are ready; the planned end moves by the pause's length. */
export function resumeMentorship(deps: MentorshipDeps) {
  return step(deps, 'manage', 'resume', () => ({ event: { type: 'resume' } }));
}

/** Staff start a proposed pair (matching starts its own when both accept). */
export function startProposed(deps: MentorshipDeps) {
  return step(deps, 'manage', 'start', () => ({ event: { type: 'start' }, reason: 'manual' }));
}

/** Staff withdraw a proposed pair before it starts. */
export function withdrawProposed(deps: MentorshipDeps) {
  return step(deps, 'manage', 'withdraw', () => ({ event: { type: 'withdraw' } }));
}

/** Staff close a pair that is ending, after the closure conversation. */
export function closeMentorship(deps: MentorshipDeps) {
  return step(deps, 'manage', 'close', () => ({ event: { type: 'close' } }));
}

/** A new rhythm the pair agreed on. */
export function changeRhythm(deps: MentorshipDeps & { rhythm: Rhythm }) {
  return step(deps, 'rhythm', 'rhythm', () => ({
    event: { type: 'change-rhythm', rhythm: deps.rhythm },
    reason: deps.rhythm,
  }));
}

/**
 * Ends a pair early (or, by staff, as planned): the reason from the list and free text for
 * staff; whoever did not end it is told kindly by mail, without the reason.
 */
export function endMentorship(deps: MentorshipDeps & { request: EndRequest }) {
  return step(
    deps,
    'end',
    'end',
    () => ({
      event: { type: 'end', reason: deps.request.reason },
      reason: deps.request.reason,
      note: deps.request.note?.trim() || null,
    }),
    async (tx, row, party) => {
      // Staff are asked to offer a rematch, or to hold the closure conversation (point 7).
      await openTasksOfStep(tx, row, { type: 'end', reason: deps.request.reason }, copenhagenDate(deps.now));
      const told = [party !== 'peer' ? row.peerId : null, party !== 'mentor' ? row.mentorId : null];
      for (const id of told) {
        if (!id) continue;
        const [person] = await tx
          .select({ email: appUser.email, name: appUser.name })
          .from(appUser)
          .where(eq(appUser.id, id));
        if (person?.email) await queueMail(tx, { to: person.email, ...endingMail(person.name) });
      }
    },
  );
}

/** The kind word to the one who did not end it (Danish: the programme's language). */
function endingMail(name: string) {
  const first = name.split(' ')[0] ?? name;
  return {
    subject: 'Jeres forløb i makker slutter',
    text: [
      `Kære ${first}`,
      '',
      'Jeres forløb slutter nu. Det sker, og det er ikke din skyld.',
      'Personalet kontakter dig snart for at tale om, hvordan det er gået, og om du vil have en ny makker.',
      '',
      'Har du brug for at tale med nogen nu, finder du støttetelefoner på din side i makker under "Min makker".',
      '',
      'Venlig hilsen',
      'makker',
    ].join('\n'),
  };
}
