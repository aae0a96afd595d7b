import { describe, expect, it } from 'vitest';
import type { ProxyAppConfig } from './config.js';
import { describeStartup } from './describe-startup.js';
import { sandboxAppConfig, TEST_PROXY_KEY } from './test-support/sandbox-app-config.js';

const KEY = TEST_PROXY_KEY;
const sandboxConfig = sandboxAppConfig();
const app = { url: 'http://127.0.0.1:8787', mode: 'sandbox' as const, sandboxUrl: 'http://127.0.0.1:4321', storeDescription: 'memory (lost on restart)' };

describe('describeStartup', () => {
  it('says where it listens, that the sandbox is used, who starts connected and where connections live', () => {
    const lines = describeStartup(sandboxConfig, { ...app, oauthCallbackUrl: 'http://127.0.0.1:8787/v1/intercom/oauth/callback' });
    expect(lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:8787/);
    expect(lines).toContain('mode: sandbox - no INTERCOM_ACCESS_TOKEN or INTERCOM_CLIENT_ID set, so the embedded Intercom sandbox at http://127.0.0.1:4321 is used (in-memory data)');
    expect(lines).toContain('tenant "default" starts connected to the sandbox\'s first workspace; other tenants start not connected');
    expect(lines).toContain('OAuth: on, callback http://127.0.0.1:8787/v1/intercom/oauth/callback');
    expect(lines).toContain('connections: memory (lost on restart)');
    expect(lines).toContain('CORS: no browser origins allowed (set PROXY_ALLOWED_ORIGINS)');
  });

  it('prints a generated proxy key, and only a generated one; never an encryption key', () => {
    expect(describeStartup({ ...sandboxConfig, apiKeyGenerated: true }, app).join('\n')).toContain(KEY);
    expect(describeStartup(sandboxConfig, app).join('\n')).not.toContain(KEY);
    const withKey = describeStartup({ ...sandboxConfig, encryption: { key: 'a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleS0=', previousKeys: [] } }, { ...app, developmentKeyPath: { path: '/tmp/data/connection-encryption.key', generated: true } });
    expect(withKey).toContain('CONNECTION_ENCRYPTION_KEY was not set; generated a key into /tmp/data/connection-encryption.key (development only)');
    expect(withKey.join('\n')).not.toContain('a2V5LWtleS1rZXkta2V5');
  });

  it("names Intercom's regional hosts but never the token", () => {
    const config: ProxyAppConfig = { ...sandboxConfig, intercom: { mode: 'intercom' }, seedConnection: { accessToken: 'tok-secret-123', region: 'au' }, allowedOrigins: ['http://localhost:5173'] };
    const lines = describeStartup(config, { url: app.url, mode: 'intercom', storeDescription: 'embedded database in /tmp/data/connections' });
    expect(lines).toContain("mode: intercom - each connection's region (api.intercom.io, api.eu.intercom.io, api.au.intercom.io)");
    expect(lines).toContain('tenant "default" is connected with INTERCOM_ACCESS_TOKEN (region au)');
    expect(lines).toContain('CORS: http://localhost:5173');
    expect(lines.join('\n')).not.toContain('tok-secret-123');
  });
});
