import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Tx } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import { appUser } from '../../accounts/server/index.ts';
import type { CafeSession } from '../community.contract.ts';
import { cafeSession } from './community.table.ts';

type SessionRow = typeof cafeSession.$inferSelect;

/** Sessions as the API shows them, with the name of the staff member on duty. */
export async function cafeSessionViews(tx: Tx, rows: SessionRow[]): Promise<CafeSession[]> {
  const hostIds = [...new Set(rows.map((r) => r.hostId).filter((id): id is string => !!id))];
  const hosts = hostIds.length
    ? await tx
        .select({ id: appUser.id, name: appUser.name })
        .from(appUser)
        .where(inArray(appUser.id, hostIds))
    : [];
  return rows.map((r) => ({
    id: r.id,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    place: r.place,
    host: hosts.find((h) => h.id === r.hostId) ?? null,
    cancelled: r.cancelledAt !== null,
    cancelReason: r.cancelReason,
  }));
}

/** One session of the programme of the caller's transaction; CAFE_SESSION_NOT_FOUND otherwise. */
export async function getCafeSessionRow(tx: Tx, cafeSessionId: string): Promise<SessionRow> {
  const [row] = await tx.select().from(cafeSession).where(eq(cafeSession.id, cafeSessionId));
  if (!row) throw new AppError('CAFE_SESSION_NOT_FOUND');
  return row;
}

/** The café feed's address: public, by the programme's slug (decision 040). */
export function cafeFeedUrl(publicUrl: string, slug: string): string {
  return new URL(`/api/public/programmes/${encodeURIComponent(slug)}/cafe.ics`, publicUrl).toString();
}

/** How far ahead café sessions are made and shown (the rota can be filled that far). */
export const WEEKS_AHEAD = 8;
const DAY = 86_400_000;

/** The sessions staff and the feed show: four weeks back, `WEEKS_AHEAD` ahead. */
export function shownWindow(now: Date) {
  return and(
    gte(cafeSession.startsAt, new Date(now.getTime() - 28 * DAY)),
    lt(cafeSession.startsAt, new Date(now.getTime() + WEEKS_AHEAD * 7 * DAY)),
  );
}
