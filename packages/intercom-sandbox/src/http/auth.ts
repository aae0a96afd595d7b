import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { SandboxEnv } from './env.js';

/** The token of `Authorization: Bearer <token>`, or undefined when the header is missing or malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(.+)$/i.exec((header ?? '').trim())?.[1];
}

/** Intercom's answer to a missing or unknown token: 401 `unauthorized`, "Access Token Invalid". */
export const invalidToken = (requestId: string): Response => errorResponse(requestId, 401, 'unauthorized', 'Access Token Invalid');

/** Refuses calls made with a revoked token (an uninstalled app) with 401 `token_revoked`, as Intercom does. */
export function refuseRevokedToken(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (c.env.grant?.revoked === true) return errorResponse(c.get('requestId'), 401, 'token_revoked', 'The access token has been revoked');
    await next();
  };
}
