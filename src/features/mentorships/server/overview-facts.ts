/**
 * The staff overview's facts of every pair, counted in the database (issue #8 point 12, decision
 * 044): one row per pair with the columns the overview shows, the last day it met, its meetings
 * in the last 4 weeks since its count began, its home flags, its next planned meeting and its
 * open tasks — no meeting rows, no sealed notes, no strip of weeks. `lightOf` then applies the
 * same rule as the pair's page. Dates are Copenhagen days, as `copenhagenDate` gives them.
 */
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../server/db.ts';
import { copenhagenInstant, PROGRAMME_TIME_ZONE } from '../../../shared/calendar-date.ts';
import { addDays } from '../calendar-days.ts';
import type { MentorshipState, Rhythm } from '../mentorship-states.ts';

export interface OverviewFacts {
  id: string;
  peerId: string | null;
  mentorId: string | null;
  state: MentorshipState;
  rhythm: Rhythm;
  startDate: string;
  plannedEnd: string;
  extendedEnd: string | null;
  resumedOn: string | null;
  lastMetOn: string | null;
  meetingsLast4Weeks: number;
  homeFlags: number;
  nextMeeting: Date | null;
  openTasks: number;
}

const asDate = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).slice(0, 10);

/** Every pair of the programme (the caller's transaction) with its counted facts on `today`. */
export async function overviewFacts(tx: Tx, today: string, now: Date): Promise<OverviewFacts[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, overviewQuery(today, now));
  return rows.map(toFacts);
}

/** The query itself (the benchmark explains it). */
export function overviewQuery(today: string, now: Date): SQL {
  const tz = PROGRAMME_TIME_ZONE;
  // Days as Copenhagen midnights, so each meeting is compared as an instant and the index on
  // (mentorship, starts_at) answers each pair's few rows: no meeting is read twice or in full.
  const until = copenhagenInstant(addDays(today, 1), '00:00').toISOString();
  const windowFrom = addDays(today, -27); // the 28 days up to today
  return sql`
    with resumed as (
      select mentorship_id, max((at at time zone ${tz})::date) as day
      from mentorship_event
      where from_state = 'paused' and to_state <> 'paused'
      group by mentorship_id
    ),
    pair as (
      select m.id, m.peer_id, m.mentor_id, m.state, m.rhythm, m.start_date, m.planned_end,
        m.extended_end, r.day as resumed_on,
        (greatest(m.start_date, r.day, ${windowFrom}::date)::timestamp at time zone ${tz}) as counted_from
      from mentorship m left join resumed r on r.mentorship_id = m.id
    )
    select p.id, p.peer_id, p.mentor_id, p.state, p.rhythm, p.start_date::text as start_date,
      p.planned_end::text as planned_end, p.extended_end::text as extended_end,
      p.resumed_on::text as resumed_on,
      ((select mt.starts_at from meeting mt
        where mt.mentorship_id = p.id and mt.status = 'happened' and mt.starts_at < ${until}::timestamptz
        order by mt.starts_at desc limit 1) at time zone ${tz})::date::text as last_met_on,
      (select count(*) from meeting mt
        where mt.mentorship_id = p.id and mt.status = 'happened'
          and mt.starts_at >= p.counted_from and mt.starts_at < ${until}::timestamptz)::int as recent,
      (select count(*) from meeting mt
        where mt.mentorship_id = p.id and mt.home_flag is not null)::int as home_flags,
      (select mt.starts_at from meeting mt
        where mt.mentorship_id = p.id and mt.status = 'planned' and mt.starts_at >= ${now.toISOString()}::timestamptz
        order by mt.starts_at limit 1) as next_at,
      (select count(*) from mentorship_task t
        where t.mentorship_id = p.id and t.done_at is null)::int as open_tasks
    from pair p
    order by p.state, p.start_date
  `;
}

function toFacts(r: Record<string, unknown>): OverviewFacts {
  return {
    id: r.id as string,
    peerId: (r.peer_id as string | null) ?? null,
    mentorId: (r.mentor_id as string | null) ?? null,
    state: r.state as MentorshipState,
    rhythm: r.rhythm as Rhythm,
    startDate: asDate(r.start_date)!,
    plannedEnd: asDate(r.planned_end)!,
    extendedEnd: asDate(r.extended_end),
    resumedOn: asDate(r.resumed_on),
    lastMetOn: asDate(r.last_met_on),
    meetingsLast4Weeks: Number(r.recent),
    homeFlags: Number(r.home_flags),
    nextMeeting: r.next_at ? new Date(r.next_at as string) : null,
    openTasks: Number(r.open_tasks),
  };
}
