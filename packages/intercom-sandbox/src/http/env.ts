import type { Hono } from 'hono';
import type { TokenGrant } from '../auth/token-registry.js';

/** Per-request values the sandbox's middleware sets for the routes. */
export interface SandboxEnv {
  /** What the router hands a workspace's app: the grant of the caller's token. */
  Bindings: { grant?: TokenGrant };
  Variables: { requestId: string };
}

/** The hono app type every route file registers on. */
export type SandboxApp = Hono<SandboxEnv>;
