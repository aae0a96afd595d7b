import { hostname } from 'node:os';
import {
  bearerKeysAuthenticator,
  createIntercomProxy,
  createMemoryConnectionStore,
  generateEncryptionKey,
  type ConnectionStore,
  type IntercomOAuthOptions,
  type RunLogRecord,
} from '@workflow-blocks/block-proxy';
import {
  createNodeHttpClient,
  createRedisConnection,
  createRedisSharedState,
  describeRedisUrl,
  openEmbeddedConnectionStore,
  openPostgresConnectionStore,
  type RedisConnection,
} from '@workflow-blocks/block-proxy/node';
import { createIntercomSandbox, DEFAULT_OAUTH_CLIENT_ID, DEFAULT_OAUTH_CLIENT_SECRET, startSandboxServer } from '@workflow-blocks/intercom-sandbox';
import type { ProxyAppConfig, StoreChoice } from './config.js';
import { developmentKey } from './development-key.js';
import { listen } from './listen.js';

/** The running proxy app. */
export interface RunningProxyApp {
  /** Where callers reach the proxy. */
  url: string;
  mode: 'sandbox' | 'intercom';
  /** The embedded sandbox's URL in sandbox mode. */
  sandboxUrl?: string;
  /** The OAuth callback address given to Intercom (or the sandbox), when OAuth is on. */
  oauthCallbackUrl?: string;
  /** Where connections live, in words for the log. */
  storeDescription: string;
  /** What several instances share, in words for the log. */
  sharedDescription: string;
  /** Set when the development encryption key was read from or written to the data directory. */
  developmentKeyPath?: { path: string; generated: boolean };
  close(): Promise<void>;
}

/**
 * Starts the proxy: in sandbox mode first the embedded Intercom sandbox on 127.0.0.1 (SANDBOX_PORT, or a random
 * port); opens the connection store (migrating it), then serves the proxy on the configured host and port. The
 * first tenant starts connected: to INTERCOM_ACCESS_TOKEN's workspace, or to the sandbox's first workspace.
 * @param config - from `parseProxyConfig`.
 * @param log - receives the proxy's log lines (tokens are never in them).
 * @param logRun - receives one record per run (main.ts writes them as JSON lines with pino).
 */
export async function startProxyApp(config: ProxyAppConfig, log: (line: string) => void, logRun?: (record: RunLogRecord) => void): Promise<RunningProxyApp> {
  const closers: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
  };
  try {
    const sandbox =
      config.intercom.mode === 'sandbox'
        ? await startSandboxServer({
            port: config.sandbox.port,
            host: '127.0.0.1',
            sandbox: createIntercomSandbox(config.sandbox.token === undefined ? {} : { token: config.sandbox.token }),
          })
        : undefined;
    if (sandbox) closers.push(() => sandbox.close());
    // Keep-alive connections on node:http: about a third of global fetch's CPU per Intercom call.
    const httpClient = createNodeHttpClient();
    closers.push(() => httpClient.close());
    const store = await openStore(config.store);
    closers.push(() => store.close());
    // Redis is optional and may be down at start: the proxy serves with its fallbacks and uses it once it answers.
    let redis: RedisConnection | undefined;
    if (config.redis) {
      const connection = createRedisConnection({ url: config.redis.url, log });
      redis = connection;
      closers.push(() => connection.close());
      await connection.ready();
    }

    let encryptionKey = config.encryption.key;
    let keyFile: RunningProxyApp['developmentKeyPath'];
    if (encryptionKey === undefined) {
      if (config.store.kind === 'memory') encryptionKey = generateEncryptionKey();
      else {
        const made = await developmentKey(config.dataDir);
        encryptionKey = made.key;
        keyFile = { path: made.path, generated: made.generated };
      }
    }

    // The proxy is made once its address is known: in sandbox mode the OAuth callback is the proxy itself.
    const bound: { fetch?: (request: Request) => Promise<Response> } = {};
    const server = await listen((request) => (bound.fetch ? bound.fetch(request) : Promise.resolve(new Response(null, { status: 503 }))), config.port, config.host);
    closers.push(() => server.close());
    const ownCallback = `${browsable(server.url)}/v1/intercom/oauth/callback`;
    let oauth: IntercomOAuthOptions | undefined;
    if (sandbox) {
      const redirectUrl = config.oauthUrls.redirectUrl ?? ownCallback;
      sandbox.sandbox.oauthApp.redirectUris.push(redirectUrl);
      oauth = { clientId: DEFAULT_OAUTH_CLIENT_ID, clientSecret: DEFAULT_OAUTH_CLIENT_SECRET, redirectUrl, authorizeUrl: config.oauthUrls.authorizeUrl ?? `${sandbox.url}/oauth` };
    } else if (config.oauthApp && config.oauthUrls.redirectUrl !== undefined) {
      oauth = { ...config.oauthApp, redirectUrl: config.oauthUrls.redirectUrl, ...(config.oauthUrls.authorizeUrl === undefined ? {} : { authorizeUrl: config.oauthUrls.authorizeUrl }) };
    }
    const baseUrl = sandbox?.url ?? (config.intercom.mode === 'intercom' ? config.intercom.baseUrl : undefined);
    const proxy = createIntercomProxy({
      authenticate: bearerKeysAuthenticator(Object.fromEntries(config.tenants.map((tenant) => [tenant.tenantId, tenant.apiKey]))),
      store,
      encryptionKey,
      previousEncryptionKeys: config.encryption.previousKeys,
      ...(oauth ? { oauth: { ...oauth, ...(config.oauthStateTtlMs === undefined ? {} : { stateTtlMs: config.oauthStateTtlMs }) } } : {}),
      mode: config.intercom.mode,
      ...(baseUrl === undefined ? {} : { baseUrl }),
      allowedOrigins: config.allowedOrigins,
      rateLimit: { requestsPerWindow: config.rateLimitPerWindow, windowMs: config.rateLimitWindowMs, maxConcurrent: config.maxConcurrent },
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
      instanceId: config.instanceId ?? `${hostname()}:${process.pid}`,
      // With Redis, the shared state carries the idempotency keys too (createRedisSharedState).
      ...(config.idempotencyTtlMs === undefined ? {} : { idempotency: { ttlMs: config.idempotencyTtlMs } }),
      ...(redis && config.redis ? { shared: createRedisSharedState(redis, { expectedInstances: config.redis.expectedInstances }) } : {}),
      ...(logRun ? { logRun } : {}),
      httpClient,
      log,
    });
    const first = config.tenants[0];
    if (first && config.seedConnection) await proxy.connect(first.tenantId, config.seedConnection);
    else if (first && sandbox) await proxy.connect(first.tenantId, { accessToken: sandbox.sandbox.token, region: 'us' });
    bound.fetch = proxy.fetch;
    return {
      url: server.url,
      mode: config.intercom.mode,
      ...(sandbox ? { sandboxUrl: sandbox.url } : {}),
      ...(oauth ? { oauthCallbackUrl: oauth.redirectUrl } : {}),
      storeDescription: describeStore(config.store),
      sharedDescription: config.redis
        ? `Redis at ${describeRedisUrl(config.redis.url)} (${redis?.status() === 'up' ? 'up' : 'not reachable yet: serving with the fallbacks until it is'}); while it is down each instance allows itself 1/${config.redis.expectedInstances} of a workspace's rate limit (PROXY_INSTANCES)`
        : 'none: this instance keeps its rate limits, caches and OAuth states in memory (set REDIS_URL to run several instances)',
      ...(keyFile ? { developmentKeyPath: keyFile } : {}),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function openStore(choice: StoreChoice): Promise<ConnectionStore> {
  if (choice.kind === 'postgres') return openPostgresConnectionStore({ connectionString: choice.url });
  if (choice.kind === 'embedded') return openEmbeddedConnectionStore(choice.directory);
  return Promise.resolve(createMemoryConnectionStore());
}

function describeStore(choice: StoreChoice): string {
  if (choice.kind === 'postgres') {
    const url = new URL(choice.url);
    return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  return choice.kind === 'embedded' ? `embedded database in ${choice.directory}` : 'memory (lost on restart)';
}

/** An address a browser on this machine can open (a wildcard bind is not one). */
function browsable(url: string): string {
  return url.replace('://0.0.0.0:', '://127.0.0.1:').replace('://[::]:', '://localhost:');
}
