import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { SandboxEnv } from './env.js';

/** The versions `Intercom-Version` accepts in the 2.16 description, plus the Preview alias. */
export const SUPPORTED_API_VERSIONS: readonly string[] = [
  '1.0', '1.1', '1.2', '1.3', '1.4',
  '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16',
  'Preview',
];

/** Rejects an unknown `Intercom-Version` header with 400 `intercom_version_invalid`; no header means the app's version. */
export function checkApiVersion(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const version = c.req.header('Intercom-Version');
    if (version !== undefined && !SUPPORTED_API_VERSIONS.includes(version.trim())) {
      return errorResponse(c.get('requestId'), 400, 'intercom_version_invalid', `The requested version could not be found: ${version}`);
    }
    await next();
  };
}
