import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { startSandboxServer, type IntercomSandboxOptions } from '@workflow-blocks/intercom-sandbox';
import { bearerKeyAuthenticator, DEFAULT_TENANT_ID } from '../bearer-authenticator.js';
import type { ConnectionStore } from '../connections/connection-store.js';
import { createMemoryConnectionStore } from '../connections/memory-connection-store.js';
import { generateEncryptionKey } from '../connections/token-cipher.js';
import { createIntercomProxy, type IntercomProxy } from '../create-intercom-proxy.js';
import { createRedisConnection, type RedisConnection } from '../node/redis/redis-connection.js';
import { createRedisSharedState } from '../node/redis/redis-shared-state.js';
import type { IntercomProxyOptions } from '../proxy-options.js';
import { HARNESS_API_KEY } from './proxy-harness.js';
import { createRecordingSandbox, type RecordingSandbox } from './recording-sandbox.js';

/** One proxy instance of several, over real HTTP, with its own Redis client and log. */
export interface ProxyInstance {
  url: string;
  proxy: IntercomProxy;
  redis: RedisConnection;
  logs: string[];
  call(path: string, init?: RequestInit): Promise<{ status: number; json: unknown }>;
  execute(config: Record<string, unknown>): Promise<{ status: number; json: unknown }>;
}

export interface SharedInstances {
  sandbox: RecordingSandbox;
  sandboxUrl: string;
  instances: ProxyInstance[];
  close(): Promise<void>;
}

export interface SharedInstancesOptions {
  redisUrl: string;
  /** Every instance's keys start with it (`uniqueRedisPrefix`), so tests sharing one Redis do not collide. */
  keyPrefix: string;
  count: number;
  /** `each`: every instance has its own memory store (a per-instance store); `one`: they share one (as PostgreSQL). */
  stores: 'each' | 'one';
  sandbox?: IntercomSandboxOptions;
  proxy?: Partial<IntercomProxyOptions>;
  /** Connect the default tenant on every instance with the sandbox's token (as `INTERCOM_ACCESS_TOKEN` does). Default true. */
  connect?: boolean;
  expectedInstances?: number;
}

/**
 * One recording sandbox and several proxy instances (`createIntercomProxy`, each on its own port with its own
 * Redis client) sharing one Redis, as several processes behind a load balancer would.
 */
export async function startSharedInstances(options: SharedInstancesOptions): Promise<SharedInstances> {
  const sandbox = createRecordingSandbox({ token: 'sandbox-secret-token-7f3a9c', ...options.sandbox });
  const sandboxServer = await startSandboxServer({ sandbox, port: 0 });
  const encryptionKey = generateEncryptionKey();
  const oneStore: ConnectionStore = createMemoryConnectionStore();
  const servers: ReturnType<typeof serve>[] = [];
  const instances: ProxyInstance[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const logs: string[] = [];
    const redis = createRedisConnection({ url: options.redisUrl, keyPrefix: options.keyPrefix, maxReconnectDelayMs: 200, log: (line) => logs.push(line) });
    await redis.ready();
    const proxy = createIntercomProxy({
      authenticate: bearerKeyAuthenticator(HARNESS_API_KEY),
      store: options.stores === 'one' ? oneStore : createMemoryConnectionStore(),
      encryptionKey,
      baseUrl: sandboxServer.url,
      mode: 'sandbox',
      timeoutMs: 5000,
      rateLimit: { requestsPerWindow: 1000, windowMs: 1000, maxConcurrent: 10 },
      retry: { maxRateLimitWaitMs: 3000, fallbackRateLimitWaitMs: 100, serverErrorRetryDelayMs: 20 },
      log: (line) => logs.push(line),
      shared: createRedisSharedState(redis, { expectedInstances: options.expectedInstances ?? options.count }),
      ...options.proxy,
    });
    if ((options.connect ?? true) && (options.stores === 'each' || i === 0)) await proxy.connect(DEFAULT_TENANT_ID, { accessToken: sandbox.token, region: 'us' });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: proxy.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    });
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const call = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('Authorization', `Bearer ${HARNESS_API_KEY}`);
      const response = await fetch(`${url}${path}`, { ...init, headers });
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: response.status, json };
    };
    instances.push({
      url,
      proxy,
      redis,
      logs,
      call,
      execute: (config) => call('/v1/intercom/execute', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ config }) }),
    });
  }
  return {
    sandbox,
    sandboxUrl: sandboxServer.url,
    instances,
    close: async () => {
      for (const server of servers) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
      }
      for (const instance of instances) await instance.redis.close();
      await sandboxServer.close();
    },
  };
}
