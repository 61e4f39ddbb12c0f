import type { Actor } from '../../../server/access.ts';

/** What an actor may do with programmes. The public page is, by its nature, for everyone. */
export const programmesPolicy = {
  canReadPublicPage(_actor: Actor): boolean {
    return true;
  },
};
