import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { CommunityEvent } from '../community.contract.ts';
import { communityEvent, eventSignUp } from './community.table.ts';

type EventRow = typeof communityEvent.$inferSelect;
type SignUpRow = typeof eventSignUp.$inferSelect;

/** Places a sign-up takes: the person, and their guest. */
export const seatsOf = (s: Pick<SignUpRow, 'guest'>) => (s.guest ? 2 : 1);

/** Events as the API shows them, with counts only (places taken, waiting, came). */
export async function eventViews(tx: Tx, rows: EventRow[]): Promise<CommunityEvent[]> {
  const signUps = rows.length
    ? await tx
        .select()
        .from(eventSignUp)
        .where(
          inArray(
            eventSignUp.eventId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => {
    const mine = signUps.filter((s) => s.eventId === r.id);
    const confirmed = mine.filter((s) => s.status === 'confirmed');
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      place: r.place,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      capacity: r.capacity,
      costKr: r.costKr,
      signUpDeadline: r.signUpDeadline.toISOString(),
      audience: r.audience,
      guestAllowed: r.guestAllowed,
      cancelledAt: r.cancelledAt?.toISOString() ?? null,
      cancelReason: r.cancelReason,
      taken: confirmed.reduce((sum, s) => sum + seatsOf(s), 0),
      waiting: mine.length - confirmed.length,
      attended: confirmed.filter((s) => s.attended).length,
    };
  });
}

/** The event, locked against concurrent sign-ups when `lock` (FOR UPDATE); EVENT_NOT_FOUND otherwise. */
export async function getEventRow(tx: Tx, eventId: string, lock = false): Promise<EventRow> {
  const query = tx.select().from(communityEvent).where(eq(communityEvent.id, eventId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('EVENT_NOT_FOUND');
  return row;
}
