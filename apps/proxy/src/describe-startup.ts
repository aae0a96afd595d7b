import type { ProxyAppConfig } from './config.js';
import type { RunningProxyApp } from './start-proxy-app.js';

/**
 * The start-up lines: where the proxy listens, what it talks to, where connections live, and (development
 * only) the generated key. No Intercom token or encryption key is ever printed.
 */
export function describeStartup(
  config: ProxyAppConfig,
  app: Pick<RunningProxyApp, 'url' | 'mode' | 'sandboxUrl' | 'oauthCallbackUrl' | 'storeDescription' | 'developmentKeyPath'> & Partial<Pick<RunningProxyApp, 'sharedDescription'>>,
): string[] {
  const lines = [`listening on ${app.url} (POST /v1/intercom/execute, GET|DELETE /v1/intercom/connection, /connections/token, /oauth/start, /oauth/callback, pickers)`];
  const first = config.tenants[0]?.tenantId ?? '?';
  if (config.intercom.mode === 'sandbox') {
    lines.push(`mode: sandbox - no INTERCOM_ACCESS_TOKEN or INTERCOM_CLIENT_ID set, so the embedded Intercom sandbox at ${app.sandboxUrl ?? '?'} is used (in-memory data)`);
    lines.push(`tenant "${first}" starts connected to the sandbox's first workspace; other tenants start not connected`);
  } else {
    lines.push(`mode: intercom - ${config.intercom.baseUrl ?? 'each connection\'s region (api.intercom.io, api.eu.intercom.io, api.au.intercom.io)'}`);
    if (config.seedConnection) lines.push(`tenant "${first}" is connected with INTERCOM_ACCESS_TOKEN (region ${config.seedConnection.region})`);
  }
  lines.push(`tenants: ${config.tenants.map((tenant) => tenant.tenantId).join(', ')}`);
  lines.push(app.oauthCallbackUrl ? `OAuth: on, callback ${app.oauthCallbackUrl}` : 'OAuth: off (set INTERCOM_CLIENT_ID, INTERCOM_CLIENT_SECRET, INTERCOM_OAUTH_REDIRECT_URL); tenants connect with an access token');
  lines.push(`connections: ${app.storeDescription}`);
  if (app.sharedDescription) lines.push(`shared state: ${app.sharedDescription}`);
  if (app.developmentKeyPath) {
    lines.push(`CONNECTION_ENCRYPTION_KEY was not set; ${app.developmentKeyPath.generated ? 'generated a key into' : 'using the key in'} ${app.developmentKeyPath.path} (development only)`);
  }
  if (config.apiKeyGenerated) {
    lines.push(`PROXY_API_KEY was not set; generated a key for this run (development only): ${config.tenants[0]?.apiKey ?? ''}`);
  }
  lines.push(
    config.allowedOrigins === '*'
      ? 'CORS: any origin may call (OAuth results are posted to no window: list origins in PROXY_ALLOWED_ORIGINS)'
      : config.allowedOrigins.length === 0
        ? 'CORS: no browser origins allowed (set PROXY_ALLOWED_ORIGINS)'
        : `CORS: ${config.allowedOrigins.join(', ')}`,
  );
  lines.push(...config.notes);
  return lines;
}
