import type { Database } from '../../../server/db.ts';
import { problemSchema } from '../../../server/errors.ts';
import type { App } from '../../../server/http.ts';
import { requestLocale } from '../../../server/locale.ts';
import {
  applicationParamsSchema,
  bookInterviewRequestSchema,
  interviewNotesRequestSchema,
  interviewSchema,
} from '../intake.contract.ts';
import { bookInterview } from './book-interview.ts';
import { intakeAccess } from './intake.policy.ts';
import { saveInterviewNotes } from './save-interview-notes.ts';

const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

/** The screening interview of an application (staff of the programme). */
export function interviewRoutes(app: App, deps: { db: Database; publicUrl: string }) {
  app.post(
    '/api/programmes/:programmeId/applications/:applicationId/interview',
    {
      config: { access: intakeAccess['application.transition'] },
      schema: {
        tags: ['intake'],
        summary: 'Book (or move) the interview; the applicant gets an invitation with an .ics file',
        params: applicationParamsSchema,
        body: bookInterviewRequestSchema,
        response: { 200: interviewSchema, ...problems },
      },
    },
    async (request) =>
      bookInterview({
        db: deps.db,
        actor: request.actor,
        requestId: request.id,
        locale: requestLocale(request),
        publicUrl: deps.publicUrl,
        ...request.params,
        startsAt: request.body.startsAt,
        place: request.body.place,
        ...(request.body.endsAt ? { endsAt: request.body.endsAt } : {}),
      }),
  );

  app.put(
    '/api/programmes/:programmeId/applications/:applicationId/interview/notes',
    {
      config: { access: intakeAccess['application.transition'] },
      schema: {
        tags: ['intake'],
        summary: "Save the interview's notes (encrypted) and checklist",
        params: applicationParamsSchema,
        body: interviewNotesRequestSchema,
        response: { 200: interviewSchema, ...problems },
      },
    },
    async (request) =>
      saveInterviewNotes({
        db: deps.db,
        actor: request.actor,
        requestId: request.id,
        ...request.params,
        checklist: request.body.checklist,
        ...(request.body.notes !== undefined ? { notes: request.body.notes } : {}),
      }),
  );
}
