import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../server/access.ts';
import type { Database } from '../../../server/db.ts';
import { AppError } from '../../../server/errors.ts';
import type { CourseSession, UpdateSessionRequest } from '../training.contract.ts';
import { sessionView } from './cohort-view.ts';
import { authorize } from './training.policy.ts';
import { courseSession } from './training.table.ts';

/** Changes one session of a plan: its time, place, topic, teacher and materials (SESSION_NOT_FOUND). */
export async function updateSession(deps: {
  db: Database;
  actor: Actor;
  programmeId: string;
  cohortId: string;
  sessionId: string;
  request: UpdateSessionRequest;
}): Promise<CourseSession> {
  authorize(deps.actor, 'cohort.manage', { programmeId: deps.programmeId });
  const { request } = deps;
  const startsAt = new Date(request.startsAt);
  const endsAt = new Date(request.endsAt);
  if (endsAt.getTime() <= startsAt.getTime()) throw new AppError('SESSION_ENDS_BEFORE_START');
  return deps.db.withProgramme(deps.programmeId, async (tx) => {
    const [row] = await tx
      .update(courseSession)
      .set({
        startsAt,
        endsAt,
        place: request.place,
        topic: request.topic,
        teacher: request.teacher,
        materials: request.materials,
        links: request.links,
        updatedAt: new Date(),
      })
      .where(and(eq(courseSession.id, deps.sessionId), eq(courseSession.cohortId, deps.cohortId)))
      .returning();
    if (!row) throw new AppError('SESSION_NOT_FOUND');
    return sessionView(row);
  });
}
