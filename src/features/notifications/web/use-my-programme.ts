import { useSearchParams } from 'react-router';
import type { MeResponse } from '../../accounts/accounts.contract.ts';

/** The programme a person's own notification pages are about: `?projekt=<slug>`, else their first. */
export function useMyProgramme(me: MeResponse) {
  const [params] = useSearchParams();
  const mine = me.memberships.filter((m) => m.roles.length > 0);
  const chosen = mine.find((m) => m.programme.slug === params.get('projekt')) ?? mine[0];
  return { chosen, search: chosen && mine.length > 1 ? `?projekt=${chosen.programme.slug}` : '' };
}
