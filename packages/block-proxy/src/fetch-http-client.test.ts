import { describe, expect, it } from 'vitest';
import { fetchHttpClient } from './fetch-http-client.js';
import { httpClientContract } from './test-support/http-client-contract.js';

describe('fetchHttpClient over real HTTP', () => {
  httpClientContract(() => fetchHttpClient());
});

describe('fetchHttpClient with a given fetch', () => {
  it('uses it, with redirects left alone and a signal that fires at the time limit', async () => {
    const seen: RequestInit[] = [];
    const client = fetchHttpClient((_input, init) => {
      seen.push(init ?? {});
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    });
    const error = await client.send({ method: 'GET', url: new URL('https://api.intercom.io/me'), headers: {}, timeoutMs: 30, maxResponseBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'Intercom did not answer within 30 ms.' });
    expect(seen.map((init) => init.redirect)).toEqual(['manual']);
  });
});
