import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { mentorRelapseOutcomeSchema, mentorRelapseParamsSchema } from '../mentor-relapse.contract.ts';
import { mentorRelapseAccess, type PauseMatching, recordMentorRelapse } from './mentor-relapse.ts';

/** Staff record a mentor's relapse: all their active pairs and their matching are paused (decision 049). */
export function mentorRelapseRoutes(app: App, deps: { db: Database; pauseMatching: PauseMatching }) {
  app.post(
    '/api/programmes/:programmeId/mentors/:mentorId/relapse',
    {
      config: { access: mentorRelapseAccess },
      schema: {
        tags: ['mentorships'],
        summary:
          "Record that a mentor has had a relapse: pauses all their active pairs (the reason is staff's only) and their matching; counted without details",
        params: mentorRelapseParamsSchema,
        response: {
          200: mentorRelapseOutcomeSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request) =>
      recordMentorRelapse({
        db: deps.db,
        actor: request.actor,
        requestId: request.id,
        ...request.params,
        pauseMatching: deps.pauseMatching,
      }),
  );
}
