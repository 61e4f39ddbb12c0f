/** Staff recording a mentor's relapse (issue #8 point 5, decision 049): the call and its answer. */
import { z } from 'zod';

export const mentorRelapseParamsSchema = z.object({ programmeId: z.uuid(), mentorId: z.uuid() });

/** What was done: the pairs paused (only ids — the staff page refreshes), whether matching was paused, the day. */
export const mentorRelapseOutcomeSchema = z.object({
  pausedMentorshipIds: z.array(z.uuid()),
  matchingPaused: z.boolean(),
  recordedOn: z.iso.date(),
});
export type MentorRelapseOutcome = z.infer<typeof mentorRelapseOutcomeSchema>;
