/**
 * A small in-process cache with a time to live and single flight: while a value is being
 * computed, other callers wait for the same promise instead of computing it again. For data that
 * may be a few seconds old (public pages, readiness), so a traffic spike does not become a
 * database spike. Each instance has its own; nothing personal goes in here.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { expires: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or the result of `compute` (a failure is not cached). */
  get(key: string, compute: () => PromiseLike<V>): Promise<V> {
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.expires > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    // Adopt what compute returns into a real promise: a lazy thenable (an unexecuted Drizzle
    // query) would otherwise run again on every await of the cached value.
    const value = Promise.resolve().then(compute);
    this.entries.set(key, { expires: now + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** Forgets everything (after a change that must be visible at once on this instance). */
  clear(): void {
    this.entries.clear();
  }
}
