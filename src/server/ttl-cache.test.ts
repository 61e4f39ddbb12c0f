import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('computes once per key while fresh, shares an in-flight computation, and expires', async () => {
    let now = 0;
    let calls = 0;
    const cache = new TtlCache<number>(1000, 10, () => now);
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    now = 999;
    expect(await cache.get('k', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('k', compute)).toBe(2);
    expect(await cache.get('other', compute)).toBe(3);
  });

  it('runs a lazy thenable once, however often the cached value is awaited', async () => {
    let runs = 0;
    // biome-ignore lint/suspicious/noThenProperty: a lazy thenable is exactly what is tested here
    const lazy = { then: (resolve: (v: number) => void) => resolve(++runs) };
    const cache = new TtlCache<number>(60_000);
    for (let i = 0; i < 3; i++) expect(await cache.get('k', () => lazy as PromiseLike<number>)).toBe(1);
    expect(runs).toBe(1);
  });

  it('does not keep a failure', async () => {
    const cache = new TtlCache<string>(60_000);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });

  it('stays bounded', async () => {
    const cache = new TtlCache<number>(60_000, 2);
    for (let i = 0; i < 5; i++) await cache.get(String(i), async () => i);
    let recomputed = false;
    await cache.get('0', async () => {
      recomputed = true;
      return 0;
    });
    expect(recomputed).toBe(true);
  });
});
