import { intercomRegionUrls } from '@workflow-blocks/block-proxy';
import type { ProxyAppConfig } from './config.js';
import type { RunningProxyApp } from './start-proxy-app.js';

/**
 * The start-up lines: where the proxy listens, what it talks to, and (development only) the generated key.
 * The Intercom token is never printed.
 */
export function describeStartup(config: ProxyAppConfig, app: Pick<RunningProxyApp, 'url' | 'mode' | 'sandboxUrl'>): string[] {
  const lines = [`listening on ${app.url} (POST /v1/intercom/execute, GET /v1/intercom/connection, /ticket-types, /admins)`];
  const target = config.intercom;
  if (target.mode === 'sandbox') {
    lines.push(`mode: sandbox - no INTERCOM_ACCESS_TOKEN set, so the embedded Intercom sandbox at ${app.sandboxUrl ?? '?'} is used (in-memory data)`);
  } else {
    lines.push(`mode: intercom - ${target.baseUrl ?? intercomRegionUrls[target.region]} (region ${target.region})`);
  }
  if (config.apiKeyGenerated) {
    lines.push(`PROXY_API_KEY was not set; generated a key for this run (development only): ${config.apiKey}`);
  }
  lines.push(
    config.allowedOrigins === '*'
      ? 'CORS: any origin may call'
      : config.allowedOrigins.length === 0
        ? 'CORS: no browser origins allowed (set PROXY_ALLOWED_ORIGINS)'
        : `CORS: ${config.allowedOrigins.join(', ')}`,
  );
  lines.push(...config.notes);
  return lines;
}
