import { describe, expect, it } from 'vitest';
import type { ProxyAppConfig } from './config.js';
import { describeStartup } from './describe-startup.js';

const KEY = 'app-test-key-0123456789abcdef';
const sandboxConfig: ProxyAppConfig = { port: 0, host: '127.0.0.1', apiKey: KEY, apiKeyGenerated: false, intercom: { mode: 'sandbox' }, allowedOrigins: [], sandbox: { port: 0 }, notes: [] };
const app = { url: 'http://127.0.0.1:8787', mode: 'sandbox' as const, sandboxUrl: 'http://127.0.0.1:4321' };

describe('describeStartup', () => {
  it('says where it listens and that the sandbox is used', () => {
    const lines = describeStartup(sandboxConfig, app);
    expect(lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:8787/);
    expect(lines).toContain('mode: sandbox - no INTERCOM_ACCESS_TOKEN set, so the embedded Intercom sandbox at http://127.0.0.1:4321 is used (in-memory data)');
    expect(lines).toContain('CORS: no browser origins allowed (set PROXY_ALLOWED_ORIGINS)');
  });

  it('prints a generated key, and only a generated one', () => {
    expect(describeStartup({ ...sandboxConfig, apiKeyGenerated: true }, app).join('\n')).toContain(KEY);
    expect(describeStartup(sandboxConfig, app).join('\n')).not.toContain(KEY);
  });

  it("names Intercom's regional host but never the token", () => {
    const config: ProxyAppConfig = { ...sandboxConfig, intercom: { mode: 'intercom', accessToken: 'tok-secret-123', region: 'au' }, allowedOrigins: ['http://localhost:5173'] };
    const lines = describeStartup(config, { url: app.url, mode: 'intercom' });
    expect(lines).toContain('mode: intercom - https://api.au.intercom.io (region au)');
    expect(lines).toContain('CORS: http://localhost:5173');
    expect(lines.join('\n')).not.toContain('tok-secret-123');
  });
});
