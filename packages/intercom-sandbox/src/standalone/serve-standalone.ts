import { createIntercomSandbox } from '../sandbox.js';
import { startSandboxServer, type SandboxServer } from '../server.js';
import type { StandaloneConfig } from './standalone-config.js';

/**
 * Serves a sandbox of its own over HTTP as the standalone command does, and says where and with which limit.
 * The rate limit is the sandbox's start-up limit: `POST /__sandbox/reset` comes back to it.
 */
export async function serveStandalone(config: StandaloneConfig, log: (line: string) => void): Promise<SandboxServer> {
  const rateLimit = config.rateLimit && { limit: config.rateLimit.requestsPerWindow, windowMs: config.rateLimit.windowMs };
  const sandbox = createIntercomSandbox({ ...config.sandbox, ...(rateLimit ? { rateLimit } : {}) });
  const server = await startSandboxServer({ sandbox, port: config.port, host: config.host });
  const limit = sandbox.stats().workspaces[sandbox.workspaces[0]?.id ?? '']?.rateLimit;
  log(`listening on ${server.url}`);
  log(`workspaces: ${sandbox.workspaces.map((w) => `${w.name} (${w.id}, ${w.region}, token ${w.token})`).join('; ')}`);
  if (limit) log(`rate limit: ${limit.requestsPerWindow} requests per ${limit.windowMs} ms window, per workspace (POST /__sandbox/rate-limit changes it)`);
  log('control: POST /__sandbox/reset, /__sandbox/faults, /__sandbox/tokens/revoke, /__sandbox/rate-limit; GET /__sandbox/stats');
  return server;
}
