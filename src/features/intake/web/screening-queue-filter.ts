/**
 * The queue's filter lives in the address (`/visitation?rolle=mentor&status=new&egnet=…&q=…`), so
 * a filtered list can be bookmarked, reloaded and returned to from an application. Values that
 * are not known are left out, as if not given.
 */
import { useLocation } from 'react-router';
import type { ApplicantRole } from '../eligibility.contract.ts';
import type { ApplicationStatus } from '../intake.contract.ts';
import type { QueueFilter } from './screening.requests.ts';

// Only types come from the contracts: an object schema used in the browser makes zod probe for
// eval (`new Function`), which the CSP refuses and reports as a violation.

/** The query parameters of /visitation, by the API's names. */
export const QUEUE_PARAMS = { role: 'rolle', status: 'status', eligibility: 'egnet', q: 'q' } as const;

export const QUEUE_ROLES: readonly ApplicantRole[] = ['peer', 'mentor'];
/** The statuses of sent applications, in the order screening goes through them. */
export const QUEUE_STATUSES: readonly Exclude<ApplicationStatus, 'draft'>[] = [
  'new',
  'contacted',
  'interview-booked',
  'waiting-list',
  'approved',
  'declined',
  'withdrawn',
];
export const QUEUE_ELIGIBILITY: readonly NonNullable<QueueFilter['eligibility']>[] = [
  'eligible',
  'not-eligible',
  'incomplete',
];

export type RoleFilter = QueueFilter & { role: ApplicantRole };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function queueFilterOf(params: URLSearchParams): RoleFilter {
  const status = oneOf(QUEUE_STATUSES, params.get(QUEUE_PARAMS.status));
  const eligibility = oneOf(QUEUE_ELIGIBILITY, params.get(QUEUE_PARAMS.eligibility));
  const q = params.get(QUEUE_PARAMS.q)?.trim().slice(0, 100);
  return {
    role: oneOf(QUEUE_ROLES, params.get(QUEUE_PARAMS.role)) ?? 'peer',
    ...(status ? { status } : {}),
    ...(eligibility ? { eligibility } : {}),
    ...(q ? { q } : {}),
  };
}

/** The filter of the current address (peers when no role is named). */
export function useQueueFilter(): RoleFilter {
  const { search } = useLocation();
  return queueFilterOf(new URLSearchParams(search));
}

/** An address of the queue: `base` keeps the chosen programme (`?projekt=…`), the rest is the filter. */
export function queueHref(base: string, filter: QueueFilter): string {
  const params = new URLSearchParams(base);
  for (const [key, name] of Object.entries(QUEUE_PARAMS) as [keyof QueueFilter, string][]) {
    const value = filter[key];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `/visitation?${search}` : '/visitation';
}
