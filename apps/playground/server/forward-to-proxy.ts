import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyOptions } from 'vite';
import { forwardFor, type TenantKey } from './tenant-keys.js';

/**
 * Whether a request to the playground's server comes from the playground's own pages. The forwarder adds the
 * proxy key, so a request another site's page made (a form, `fetch` with `no-cors`) must not get it.
 * Browsers mark where a request comes from: `Sec-Fetch-Site`, and `Origin` on every POST and cross-site call.
 * A request with neither (an older browser's same-origin GET, curl) is forwarded only when it reads.
 * @param method - the HTTP method.
 * @param headers - the request's headers, `host` included.
 */
export function isSameOriginRequest(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  const reads = method === 'GET' || method === 'HEAD';
  const origin = headers.origin;
  if (origin !== undefined && hostOf(origin) !== headers.host) return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || (site === 'none' && reads);
  return origin !== undefined || reads;
}

/** The host (and port) of an `Origin` header, or undefined for `null` and anything else that is no URL. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

const refusal = JSON.stringify({
  success: false,
  error: "The playground's server forwards only requests from its own pages: this one came from another site.",
});

/**
 * Vite's `bypass` for the forwarder: answers 403 to a request that is not same-origin, so it is never
 * forwarded with the key; returns undefined to let Vite forward the others.
 */
export function refuseCrossOrigin(request: IncomingMessage, response: ServerResponse | undefined): string | undefined {
  if (isSameOriginRequest(request.method, request.headers)) return undefined;
  if (response) {
    response.writeHead(403, { 'Content-Type': 'application/json' });
    response.end(refusal);
  }
  // A path tells Vite to stop here: it sees the answer has been sent.
  return request.url ?? '/';
}

/**
 * The dev and preview servers' forwarding of the block's protocol to the proxy, for same-origin requests only:
 * the browser calls `/tenants/<tenant>/v1/intercom/*`, and the proxy gets `/v1/intercom/*` with that tenant's key
 * added here (none for a tenant the playground does not have: the proxy then answers 401). An `Authorization`
 * the browser sent is never passed on.
 * @param proxyUrl - where the proxy listens.
 * @param keys - each tenant's proxy key; never sent to the browser.
 */
export function forwardToProxy(proxyUrl: string, keys: readonly TenantKey[]): Record<string, ProxyOptions> {
  return {
    '^/tenants/[^/]+/v1/intercom(/|$)': {
      target: proxyUrl,
      changeOrigin: true,
      bypass: refuseCrossOrigin,
      rewrite: (path) => forwardFor(path, keys)?.path ?? path,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq, request) => {
          proxyReq.removeHeader('authorization');
          // Connect keeps the path as the browser sent it in originalUrl; `url` is the rewritten one by now.
          const sent = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
          const key = forwardFor(sent, keys)?.key;
          if (key) proxyReq.setHeader('Authorization', `Bearer ${key}`);
        });
      },
    },
  };
}
