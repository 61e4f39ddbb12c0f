/**
 * The café's public calendar feed (decision 040): every session from four weeks back to eight
 * ahead, by the programme's slug, for anyone to subscribe to. Café times are public (the
 * programme page names them); the feed names no host and no visitor. A cancelled session stays
 * in the feed as "Aflyst: Caféen", so a calendar that has it shows the cancellation.
 */
import { asc } from 'drizzle-orm';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { calendarSubscription } from '../../../server/ics.ts';
import { findProgrammeBySlug } from '../../programmes/server/index.ts';
import { shownWindow } from './cafe-view.ts';
import { cafeSession } from './community.table.ts';

export async function cafeFeedFile(deps: { db: Database; slug: string; now?: Date }): Promise<string> {
  const found = await findProgrammeBySlug(deps.db, deps.slug);
  if (!found) throw new AppError('NOT_FOUND');
  const now = deps.now ?? new Date();
  const sessions = await deps.db.withProgramme(found.id, (tx) =>
    tx.select().from(cafeSession).where(shownWindow(now)).orderBy(asc(cafeSession.startsAt)),
  );
  return calendarSubscription({
    name: `${found.name} – caféen`,
    events: sessions.map((s) => ({
      uid: `cafe-session-${s.id}@makker`,
      stamp: s.updatedAt,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.cancelledAt ? 'Aflyst: Caféen' : 'Caféen',
      location: s.place,
      ...(s.cancelledAt && s.cancelReason ? { description: s.cancelReason } : {}),
      sequence: s.cancelledAt ? 1 : 0,
    })),
  });
}
