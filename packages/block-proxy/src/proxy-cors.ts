import type { MiddlewareHandler } from 'hono';

const ALLOW_METHODS = 'GET,POST,DELETE,OPTIONS';
const ALLOW_HEADERS = 'Authorization,Content-Type,Idempotency-Key,X-Request-Id';
// Headers a page may read from an answer: its request id, when to try again, whether it was a stored answer.
const EXPOSE_HEADERS = 'X-Request-Id,Retry-After,Idempotent-Replayed';
const MAX_AGE_SECONDS = '600';

/**
 * CORS for the proxy: preflight is answered here (before authentication: browsers never send credentials
 * with it), and every other answer gets its headers before the route runs. (hono's `cors()` appends `Vary`
 * after the route has answered, which turns the finished JSON answer back into a stream on Node.)
 * @param allowedOrigins - origins a browser page may call from, `*` for any, or none.
 * @returns a hono middleware for `app.use('*', ...)`.
 */
export function proxyCors(allowedOrigins: readonly string[] | '*'): MiddlewareHandler {
  // Only a list makes the answer depend on the caller's origin; then shared caches must keep answers apart.
  const vary = allowedOrigins !== '*' && allowedOrigins.length > 0;
  const allowOrigin = (origin: string | undefined): string | undefined =>
    allowedOrigins === '*' ? '*' : origin !== undefined && allowedOrigins.includes(origin) ? origin : undefined;
  return async (c, next) => {
    const origin = allowOrigin(c.req.header('origin'));
    if (origin !== undefined) c.header('Access-Control-Allow-Origin', origin);
    if (vary) c.header('Vary', 'Origin');
    if (origin !== undefined && c.req.method !== 'OPTIONS') c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
      c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
      c.header('Access-Control-Max-Age', MAX_AGE_SECONDS);
      return c.body(null, 204);
    }
    await next();
  };
}
