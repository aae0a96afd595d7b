import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestProcess, stopTestProcesses, type TestProcess } from '@workflow-blocks/test-support/processes';
import { startTestRedis, type TestRedis } from '@workflow-blocks/test-support/redis';
import { health } from './fleet-client.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The built proxy and sandbox (`build-before-fleet.ts` brings them up to date before the fleet tests). */
export const proxyMain = join(repoRoot, 'apps/proxy/dist/main.js');
export const sandboxMain = join(repoRoot, 'packages/intercom-sandbox/dist/serve.js');

/** The fleet's one tenant and the key its callers send. */
export const FLEET_TENANT = 'acme';
/** The sandbox workspace every instance's connection belongs to (its first, US, workspace). */
export const FLEET_SANDBOX_TOKEN = 'sandbox-token';

/** A limit per window, as the sandbox and the proxies both take it. */
export interface FleetRateLimit {
  requestsPerWindow: number;
  windowMs: number;
}

export interface FleetProxy {
  name: string;
  url: string;
  process: TestProcess;
}

/** One standalone sandbox, one Redis and several `apps/proxy` processes on them, each a process of its own. */
export interface Fleet {
  sandboxUrl: string;
  sandbox: TestProcess;
  redis: TestRedis;
  proxies: FleetProxy[];
  /** The tenant's proxy key (`Authorization: Bearer <key>` on every instance). */
  apiKey: string;
  /** Stops every process it started (by PID) and removes its files. */
  stop(): Promise<void>;
}

export interface FleetOptions {
  instances?: number;
  /** The proxies' own limit (INTERCOM_RATE_LIMIT, INTERCOM_RATE_WINDOW_MS); default Intercom's. */
  proxyRateLimit?: FleetRateLimit;
  /** More variables for every proxy. */
  proxyEnv?: Record<string, string>;
}

/**
 * Starts the fleet: a Redis of its own (which a test may kill and restart on the same port), the standalone
 * sandbox (`node packages/intercom-sandbox/dist/serve.js`) on a port it picks, then the proxies
 * (`node apps/proxy/dist/main.js`), each with REDIS_URL, the sandbox as INTERCOM_BASE_URL, the same tenant key
 * and encryption key, and connections in memory: whatever the instances share, they share through Redis.
 */
export async function startFleet(options: FleetOptions = {}): Promise<Fleet> {
  const { instances = 3 } = options;
  const workDir = mkdtempSync(join(tmpdir(), 'wb-fleet-'));
  const apiKey = randomBytes(24).toString('base64url');
  const started: TestProcess[] = [];
  let redis: TestRedis | undefined;
  const stop = async () => {
    await stopTestProcesses(started);
    await redis?.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    redis = await startTestRedis();
    const sandbox = await startTestProcess({ name: 'sandbox', command: process.execPath, args: [sandboxMain], env: { PORT: '0', HOST: '127.0.0.1' }, ready: /\[sandbox\] listening on (http:\S+)/ });
    started.push(sandbox);
    const sandboxUrl = sandbox.readyMatch[1] as string;
    const encryptionKey = randomBytes(32).toString('base64');
    const proxyEnv: Record<string, string | undefined> = {
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: undefined,
      PROXY_API_KEY: undefined,
      PROXY_API_KEYS: `${FLEET_TENANT}:${apiKey}`,
      INTERCOM_ACCESS_TOKEN: FLEET_SANDBOX_TOKEN,
      INTERCOM_BASE_URL: sandboxUrl,
      INTERCOM_CLIENT_ID: undefined,
      INTERCOM_CLIENT_SECRET: undefined,
      CONNECTIONS_DB: 'memory',
      DATABASE_URL: undefined,
      CONNECTION_ENCRYPTION_KEY: encryptionKey,
      REDIS_URL: redis.url,
      PROXY_INSTANCES: String(instances),
      ...(options.proxyRateLimit
        ? { INTERCOM_RATE_LIMIT: String(options.proxyRateLimit.requestsPerWindow), INTERCOM_RATE_WINDOW_MS: String(options.proxyRateLimit.windowMs) }
        : {}),
      ...options.proxyEnv,
    };
    const proxies = await Promise.all(
      Array.from({ length: instances }, async (_, index) => {
        const name = `proxy ${index + 1}`;
        const proxy = await startTestProcess({ name, command: process.execPath, args: [proxyMain], cwd: workDir, env: { ...proxyEnv, INSTANCE_ID: `fleet-${index + 1}` }, ready: /\[proxy\] listening on (http:\S+)/ });
        started.push(proxy);
        return { name, url: proxy.readyMatch[1] as string, process: proxy };
      }),
    );
    // Without REDIS_URL wired through, the instances would each be on their own and every test would be meaningless.
    for (const proxy of proxies) {
      const said = await health(proxy.url);
      if (said.redis !== 'up') throw new Error(`${proxy.name} does not report Redis up at start: GET /v1/intercom/health said ${JSON.stringify(said)}`);
    }
    return { sandboxUrl, sandbox, redis, proxies, apiKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
