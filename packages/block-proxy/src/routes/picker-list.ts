import { describeIntercomError, type IntercomRequest } from '@workflow-blocks/block-core';
import type { IntercomCaller } from '../intercom-caller.js';
import type { CacheLoad } from '../ttl-cache.js';
import { withRetryAfter } from '../proxy-status.js';

/**
 * Loads one of the editor's picker lists from Intercom (a read), for a TTL cache.
 * @param call - the proxy's Intercom caller.
 * @param path - the Intercom list endpoint, e.g. `/admins`.
 * @param read - turns the body into the list, or undefined when the body has another shape.
 * @param query - the endpoint's query parameters, e.g. `{ model: 'contact' }`.
 */
export async function loadPickerList<T>(
  call: IntercomCaller,
  path: string,
  read: (body: unknown) => T[] | undefined,
  query: Record<string, string> = {},
): Promise<CacheLoad<T[]>> {
  const request: IntercomRequest = { method: 'GET', path, query: { ...query }, headers: {} };
  const result = await call(request, { write: false, label: `GET ${path}` });
  if (result.kind === 'failure') return { ok: false, error: result.error, cause: result.cause, ...withRetryAfter(result.retryAfterMs) };
  const { status, body, headers } = result.response;
  if (status < 200 || status >= 300) return { ok: false, error: describeIntercomError(status, body, headers) };
  const list = read(body);
  return list ? { ok: true, value: list } : { ok: false, error: `Intercom answered GET ${path} with an unexpected body.` };
}
