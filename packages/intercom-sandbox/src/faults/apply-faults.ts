import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/errors.js';
import type { SandboxEnv } from '../http/env.js';
import { droppedConnectionMarker } from './dropped-connection.js';
import type { SandboxFaults } from './fault-injector.js';

/** Waits, but stops early when the caller gives up (the sandbox then rejects with the abort reason). */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Applies the faults that match a request before it reaches its route. */
export function applyFaults(faults: SandboxFaults, clock: () => number, rateLimit: () => number): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const decision = faults.decide(c.req.method, c.req.path);
    if (decision.delayMs > 0) await wait(decision.delayMs, c.req.raw.signal);
    // A caller that gave up while waiting never reaches the route, so nothing is written.
    if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    const requestId = c.get('requestId');
    switch (decision.answer?.kind) {
      case 'rate_limit': {
        const resetIn = decision.answer.resetInSeconds ?? 10;
        return errorResponse(requestId, 429, 'rate_limit_exceeded', 'Rate Limit Exceeded', {
          'X-RateLimit-Limit': String(rateLimit()),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(Math.floor(clock() / 1000) + resetIn),
          'Retry-After': String(resetIn),
        });
      }
      case 'server_error':
        return errorResponse(requestId, 500, 'server_error', 'Server Error');
      case 'unavailable':
        return errorResponse(requestId, 503, 'service_unavailable', 'Service Unavailable', { 'Retry-After': '1' });
      case 'drop':
        return droppedConnectionMarker();
      default:
        await next();
    }
  };
}
