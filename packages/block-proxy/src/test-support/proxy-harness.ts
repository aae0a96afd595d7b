import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createProxyTransport, type ProxyTransport } from '@workflow-blocks/block-core';
import { startSandboxServer, type IntercomSandboxOptions } from '@workflow-blocks/intercom-sandbox';
import { bearerKeyAuthenticator, DEFAULT_TENANT_ID } from '../bearer-authenticator.js';
import { createMemoryConnectionStore } from '../connections/memory-connection-store.js';
import type { ConnectionStore } from '../connections/connection-store.js';
import { generateEncryptionKey } from '../connections/token-cipher.js';
import { createIntercomProxy, type IntercomProxy } from '../create-intercom-proxy.js';
import { createNodeHttpClient } from '../node/node-http-client.js';
import type { IntercomProxyOptions } from '../proxy-options.js';
import { createRecordingSandbox, type RecordingSandbox } from './recording-sandbox.js';

/** Everything the proxy answered, kept so tests can look for a leaked token anywhere in it. */
export interface CapturedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A sandbox and a proxy in front of it, both over real HTTP on 127.0.0.1. */
export interface ProxyHarness {
  proxyUrl: string;
  sandboxUrl: string;
  apiKey: string;
  sandbox: RecordingSandbox;
  /** A block-core proxy client with the right key. */
  transport: ProxyTransport;
  /** Every log line the proxy wrote. */
  logs: string[];
  /** Every answer the proxy gave to calls made through this harness. */
  responses: CapturedResponse[];
  /** Stores a new connection for the default tenant with this token (as a host's configuration would). */
  setAccessToken(token: string): Promise<void>;
  /** The proxy itself (to connect or disconnect tenants as a host does). */
  proxy: IntercomProxy;
  /** Where the proxy keeps connections. */
  store: ConnectionStore;
  /** A raw call to the proxy (the key is added unless `auth: false`); the answer is captured. */
  call(path: string, init?: RequestInit & { auth?: boolean }): Promise<{ status: number; headers: Headers; json: unknown; text: string }>;
  /** `POST /v1/intercom/execute` with `{ config }`. */
  execute(config: Record<string, unknown>): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

export interface ProxyHarnessOptions {
  /** Proxy options on top of the harness defaults (small limiter window, short timeouts). */
  proxy?: Partial<IntercomProxyOptions>;
  sandbox?: IntercomSandboxOptions;
  /** The default tenant's token (default: the sandbox's own; `null`: the default tenant starts not connected). */
  accessToken?: string | null;
  /** How the proxy reaches the sandbox: the default fetch client, or the Node client apps/proxy uses. */
  client?: HarnessClient;
  /** How long the harness's client waits for the proxy (default 20 s; a burst on a busy 2-core CI machine needs more). */
  transportTimeoutMs?: number;
}

export type HarnessClient = 'fetch' | 'node';

/** Both clients, for `describe.each`: the proxy's behaviour must not depend on which one it uses. */
export const harnessClients: HarnessClient[] = ['fetch', 'node'];

export const HARNESS_API_KEY = 'test-proxy-key-0123456789abcdef';

/**
 * Starts a recording sandbox and a proxy on random loopback ports. Defaults keep tests fast:
 * a 1 s limiter window, 2 s timeouts, short retry waits.
 */
export async function startProxyHarness(options: ProxyHarnessOptions = {}): Promise<ProxyHarness> {
  const sandbox = createRecordingSandbox({ token: 'sandbox-secret-token-7f3a9c', ...options.sandbox });
  const sandboxServer = await startSandboxServer({ sandbox, port: 0 });
  const store = createMemoryConnectionStore();
  const logs: string[] = [];
  const responses: CapturedResponse[] = [];
  const nodeClient = options.client === 'node' ? createNodeHttpClient() : undefined;
  const proxy = createIntercomProxy({
    authenticate: bearerKeyAuthenticator(HARNESS_API_KEY),
    store,
    encryptionKey: generateEncryptionKey(),
    baseUrl: sandboxServer.url,
    mode: 'sandbox',
    timeoutMs: 2000,
    rateLimit: { requestsPerWindow: 1000, windowMs: 1000, maxConcurrent: 10 },
    retry: { maxRateLimitWaitMs: 3000, fallbackRateLimitWaitMs: 100, serverErrorRetryDelayMs: 20 },
    log: (line) => logs.push(line),
    ...(nodeClient ? { httpClient: nodeClient } : {}),
    ...options.proxy,
  });
  const accessToken = options.accessToken === undefined ? sandbox.token : options.accessToken;
  if (accessToken !== null) await proxy.connect(DEFAULT_TENANT_ID, { accessToken, region: 'us' });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: proxy.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const capture = async (response: Response) => {
    const text = await response.text();
    responses.push({ status: response.status, headers: Object.fromEntries(response.headers), body: text });
    return text;
  };
  const capturingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await capture(response);
    return new Response(text, { status: response.status, headers: response.headers });
  };

  const call: ProxyHarness['call'] = async (path, init = {}) => {
    const { auth = true, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (auth && !headers.has('authorization')) headers.set('Authorization', `Bearer ${HARNESS_API_KEY}`);
    const response = await fetch(`${proxyUrl}${path}`, { ...rest, headers });
    const text = await capture(response);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };

  return {
    proxyUrl,
    sandboxUrl: sandboxServer.url,
    apiKey: HARNESS_API_KEY,
    sandbox,
    transport: createProxyTransport({ url: proxyUrl, apiKey: HARNESS_API_KEY, fetch: capturingFetch, timeoutMs: options.transportTimeoutMs ?? 20_000 }),
    logs,
    responses,
    setAccessToken: (token) => proxy.connect(DEFAULT_TENANT_ID, { accessToken: token, region: 'us' }),
    proxy,
    store,
    call,
    execute: async (config) => {
      const { status, json } = await call('/v1/intercom/execute', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ config }),
      });
      return { status, json };
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      nodeClient?.close();
      await sandboxServer.close();
    },
  };
}
