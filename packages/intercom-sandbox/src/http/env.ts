import type { Hono } from 'hono';

/** Per-request values the sandbox's middleware sets for the routes. */
export interface SandboxEnv {
  Variables: { requestId: string };
}

/** The hono app type every route file registers on. */
export type SandboxApp = Hono<SandboxEnv>;
