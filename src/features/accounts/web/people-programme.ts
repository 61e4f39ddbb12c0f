import { useSearchParams } from 'react-router';
import type { MeResponse } from '../accounts.contract.ts';
import { managedProgrammes } from './people-roles.ts';

/** The query parameter of /personer that names the programme by its slug. */
export const PROGRAMME_PARAM = 'projekt';

/**
 * The programme /personer is about: the one named by `?projekt=<slug>` when the person manages
 * it, else the first they manage (most manage one). `search` carries the choice on to links.
 */
export function useChosenProgramme(me: MeResponse) {
  const [params] = useSearchParams();
  const managed = managedProgrammes(me);
  const slug = params.get(PROGRAMME_PARAM);
  const chosen = managed.find(({ programme }) => programme.slug === slug) ?? managed[0];
  const search =
    chosen && managed.length > 1
      ? `?${new URLSearchParams({ [PROGRAMME_PARAM]: chosen.programme.slug })}`
      : '';
  return { managed, chosen, search };
}
