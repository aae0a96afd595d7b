/** The public app registered with the sandbox, as in Intercom's Developer Hub: credentials and redirect URLs. */
export interface SandboxOAuthApp {
  /** Shown on the consent page. */
  name: string;
  clientId: string;
  clientSecret: string;
  /**
   * The registered redirect URLs; the first is the default. Mutable, so a host that learns its callback
   * address after the sandbox started (a proxy on a random port) can register it.
   */
  redirectUris: string[];
}

export const DEFAULT_OAUTH_CLIENT_ID = 'sandbox-client-id';
export const DEFAULT_OAUTH_CLIENT_SECRET = 'sandbox-client-secret';

export const defaultOAuthApp = (overrides: Partial<SandboxOAuthApp> = {}): SandboxOAuthApp => ({
  name: 'Workflow Builder',
  clientId: DEFAULT_OAUTH_CLIENT_ID,
  clientSecret: DEFAULT_OAUTH_CLIENT_SECRET,
  ...overrides,
  redirectUris: [...(overrides.redirectUris ?? [])],
});

/**
 * The redirect URL an authorization goes back to: the one asked for when it is registered (exact match),
 * else the first registered; undefined when neither applies (the consent page then refuses, never redirects).
 */
export function resolveRedirectUri(app: SandboxOAuthApp, requested: string | undefined): string | undefined {
  if (requested === undefined || requested === '') return app.redirectUris[0];
  return app.redirectUris.includes(requested) ? requested : undefined;
}
