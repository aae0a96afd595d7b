import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { SandboxEnv } from './env.js';

/**
 * Rejects requests whose `Authorization: Bearer <token>` is missing or wrong, the way Intercom does
 * (401 `unauthorized`, "Access Token Invalid").
 */
export function requireBearerToken(token: string): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match?.[1] !== token) return errorResponse(c.get('requestId'), 401, 'unauthorized', 'Access Token Invalid');
    await next();
  };
}
