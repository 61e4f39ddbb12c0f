/**
 * Housekeeping that runs once a day per installation, not once per instance: each instance
 * schedules the day's jobs at start and every hour, with an idempotency key per job and UTC day,
 * so however many instances run, each job is queued once a day and run once (jobs.ts).
 */
import type { Logger } from 'pino';
import type { Database } from '../server/db.ts';
import { scheduleJob } from '../server/jobs.ts';

/** The job kinds run daily; their handlers are in jobs.ts. */
export const DAILY_JOB_KINDS = [
  'outbox.purge',
  'login-throttle.purge',
  'invitations.purge',
  'intake.retention',
  'messaging.retention',
  'training.reminders',
  'community.cafe',
  'community.event-reminders',
  'mentorships.extension-asks',
  'evaluation.waves',
  'mentorships.meeting-reminders',
  'mentorships.slip-nudges',
  'notifications.digest',
  'mentorships.staff-tasks',
] as const;

/** Job kinds run every hour (one per UTC hour however many instances run): held messages go out. */
export const HOURLY_JOB_KINDS = ['notifications.deliver-held'] as const;

/** Jobs that wait for an hour of the UTC day: reminders go out in the morning, not at midnight. */
const DAILY_JOB_HOUR: Partial<Record<(typeof DAILY_JOB_KINDS)[number], number>> = {
  'training.reminders': 8,
  'mentorships.extension-asks': 8,
  'evaluation.waves': 8,
  // Reminders of tomorrow's meetings and the nudges in the morning; the digest in the afternoon.
  'mentorships.meeting-reminders': 8,
  'mentorships.slip-nudges': 8,
  'notifications.digest': 16,
  'mentorships.staff-tasks': 6,
};

/** Queues today's daily jobs (no-op for those already queued today). */
export async function scheduleDailyJobs(db: Database, now = new Date()): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  let created = 0;
  for (const kind of DAILY_JOB_KINDS) {
    const hour = DAILY_JOB_HOUR[kind];
    const runAt = hour === undefined ? undefined : new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    const result = await scheduleJob(db.db, {
      kind,
      idempotencyKey: `daily:${kind}:${day}`,
      maxAttempts: 3,
      ...(runAt ? { runAt } : {}),
    });
    if (result.created) created++;
  }
  return created;
}

/** Queues this UTC hour's hourly jobs (no-op for those already queued this hour). */
export async function scheduleHourlyJobs(db: Database, now = new Date()): Promise<number> {
  const hour = now.toISOString().slice(0, 13);
  let created = 0;
  for (const kind of HOURLY_JOB_KINDS) {
    const result = await scheduleJob(db.db, {
      kind,
      idempotencyKey: `hourly:${kind}:${hour}`,
      maxAttempts: 3,
    });
    if (result.created) created++;
  }
  return created;
}

/** Schedules now and every hour; returns a function that stops the timer. */
export function startDailyJobs(db: Database, log: Logger): () => void {
  const tick = () =>
    Promise.all([scheduleDailyJobs(db), scheduleHourlyJobs(db)]).catch((error) =>
      log.error({ err: error }, 'scheduling daily jobs failed'),
    );
  void tick();
  const timer = setInterval(tick, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
