import { TtlCache } from '../../../server/ttl-cache.ts';

/**
 * Public programme data (the list and the flyer pages) may be up to 10 seconds old on an instance:
 * anonymous traffic to the public page then costs the database at most one query per page and
 * language every 10 seconds. An edit clears the editing instance's cache at once.
 */
export type PublicCache = TtlCache<unknown>;

export function createPublicCache(): PublicCache {
  return new TtlCache<unknown>(10_000);
}
