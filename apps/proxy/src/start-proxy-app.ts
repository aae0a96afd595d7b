import { bearerKeyAuthenticator, createIntercomProxy, DEFAULT_TENANT_ID, generateEncryptionKey } from '@workflow-blocks/block-proxy';
import { createNodeHttpClient } from '@workflow-blocks/block-proxy/node';
import { createIntercomSandbox, startSandboxServer } from '@workflow-blocks/intercom-sandbox';
import type { ProxyAppConfig } from './config.js';
import { listen } from './listen.js';

/** The running proxy app. */
export interface RunningProxyApp {
  /** Where callers reach the proxy. */
  url: string;
  mode: 'sandbox' | 'intercom';
  /** The embedded sandbox's URL in sandbox mode. */
  sandboxUrl?: string;
  close(): Promise<void>;
}

/**
 * Starts the proxy: in sandbox mode first the embedded Intercom sandbox on 127.0.0.1 (SANDBOX_PORT, or a random port),
 * then the proxy on the configured host and port.
 * @param config - from `parseProxyConfig`.
 * @param log - receives the proxy's log lines (tokens are never in them).
 */
export async function startProxyApp(config: ProxyAppConfig, log: (line: string) => void): Promise<RunningProxyApp> {
  const sandbox =
    config.intercom.mode === 'sandbox'
      ? await startSandboxServer({
          port: config.sandbox.port,
          host: '127.0.0.1',
          ...(config.sandbox.token === undefined ? {} : { sandbox: createIntercomSandbox({ token: config.sandbox.token }) }),
        })
      : undefined;
  // Keep-alive connections on node:http: about a third of global fetch's CPU per Intercom call.
  const httpClient = createNodeHttpClient();
  try {
    const target = config.intercom;
    const accessToken = target.mode === 'intercom' ? target.accessToken : (sandbox?.sandbox.token ?? '');
    const proxy = createIntercomProxy({
      authenticate: bearerKeyAuthenticator(config.apiKey),
      encryptionKey: generateEncryptionKey(),
      mode: target.mode,
      ...(target.mode === 'intercom' && target.baseUrl !== undefined ? { baseUrl: target.baseUrl } : {}),
      ...(sandbox ? { baseUrl: sandbox.url } : {}),
      allowedOrigins: config.allowedOrigins,
      ...(config.rateLimitPerWindow === undefined ? {} : { rateLimit: { requestsPerWindow: config.rateLimitPerWindow } }),
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
      httpClient,
      log,
    });
    await proxy.connect(DEFAULT_TENANT_ID, { accessToken, region: target.mode === 'intercom' ? target.region : 'us' });
    const server = await listen(proxy.fetch, config.port, config.host);
    return {
      url: server.url,
      mode: target.mode,
      ...(sandbox ? { sandboxUrl: sandbox.url } : {}),
      close: async () => {
        await server.close();
        httpClient.close();
        await sandbox?.close();
      },
    };
  } catch (error) {
    httpClient.close();
    await sandbox?.close();
    throw error;
  }
}
