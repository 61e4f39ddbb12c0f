/** The web app's fetch helper against the real server: problem+json becomes a typed ApiError. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from '../shared/api-client.ts';
import { createTestServer } from './testing/test-server.ts';

describe('apiFetch against the server', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>;
  beforeAll(async () => {
    server = await createTestServer();
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const realFetch = globalThis.fetch;
    // The browser resolves '/api/…' against the page; here the server's address stands in for it.
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(`${base}${input}`, init));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  it('returns the parsed body of a successful answer', async () => {
    const body = await apiFetch<{ programmes: { slug: string }[] }>('/api/public/programmes');
    expect(body.programmes.map((p) => p.slug)).toEqual(['peer-faellesskabet-vejle']);
  });

  it('turns a problem document into an ApiError with code, translated title and fields', async () => {
    const error = await apiFetch('/api/public/programmes/peer-faellesskabet-vejle/page', {
      query: { locale: 'xx' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      title: 'Nogle af oplysningerne er ikke udfyldt rigtigt.',
      errors: [expect.objectContaining({ path: 'query.locale' })],
    });
    expect((error as ApiError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports an unknown address as ROUTE_NOT_FOUND', async () => {
    await expect(apiFetch('/api/nope')).rejects.toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND' });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    await expect(apiFetch('/api/public/programmes')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });
});
