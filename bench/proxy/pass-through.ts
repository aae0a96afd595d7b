import { INTERCOM_API_VERSION } from '@workflow-blocks/block-core';
import { proxyDefaults, type IntercomHttpClient } from '@workflow-blocks/block-proxy';

/**
 * The least a proxy for `execute` (get contact) can do: check the key, read the body, make the one call to
 * Intercom with the token (through the same HTTP client as block-proxy), and wrap the answer. No validation,
 * allow-list, limiter, retries or output mapping. Beside block-proxy it shows what the hop itself costs and
 * what block-proxy adds to it.
 */
export function passThrough(client: IntercomHttpClient, sandboxUrl: string, sandboxToken: string, proxyKey: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.headers.get('authorization') !== `Bearer ${proxyKey}`) return Response.json({ success: false }, { status: 401 });
    const body = (await request.json()) as { config?: { contactId?: string } };
    const answer = await client.send({
      method: 'GET',
      url: new URL(`/contacts/${encodeURIComponent(body.config?.contactId ?? '')}`, sandboxUrl),
      headers: { authorization: `Bearer ${sandboxToken}`, 'intercom-version': INTERCOM_API_VERSION, accept: 'application/json' },
      timeoutMs: 10_000,
      maxResponseBytes: proxyDefaults.maxResponseBytes,
    });
    const contact = JSON.parse(answer.body) as unknown;
    return Response.json({ success: answer.status >= 200 && answer.status < 300, contact });
  };
}
