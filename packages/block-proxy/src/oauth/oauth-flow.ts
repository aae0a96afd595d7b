import { randomBytes } from 'node:crypto';
import type { IntercomRegion } from '@workflow-blocks/block-core';
import type { ConnectionVault } from '../connections/connection-vault.js';
import { readMe } from '../connections/tenant-connection.js';
import type { TenantRegistry } from '../connections/tenant-registry.js';
import { isTimeoutError, type IntercomHttpClient } from '../intercom-http-client.js';
import type { SecretRedactingLog } from '../secret-redacting-log.js';
import type { CallbackPageContent } from './callback-page.js';
import { createMemoryOAuthStateStore, type OAuthStateStore, type OAuthStateTake } from './oauth-state-store.js';

/** An Intercom OAuth app (Developer Hub → Authentication), for public apps that connect other workspaces. */
export interface IntercomOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** The public URL of `<basePath>/v1/intercom/oauth/callback`, one of the app's registered redirect URLs. */
  redirectUrl: string;
  /** Intercom's consent page. Default `https://app.intercom.com/oauth`. */
  authorizeUrl?: string;
  /** Where a code is exchanged for a token. Default: `/auth/eagle/token` on the region's API host (or the proxy's `baseUrl`). */
  tokenUrl?: string;
  /** How long a `state` stays good, in ms. Default 600,000 (10 minutes). */
  stateTtlMs?: number;
  /** Where pending states live. Default: this process's memory. */
  states?: OAuthStateStore;
}

export const DEFAULT_AUTHORIZE_URL = 'https://app.intercom.com/oauth';
export const DEFAULT_STATE_TTL_MS = 600_000;

/** The callback's answer: an HTTP status and the page's words. */
export interface CallbackOutcome extends CallbackPageContent {
  status: 200 | 400 | 403 | 409 | 410 | 502 | 503 | 504;
}

export interface OAuthFlowParts {
  options: IntercomOAuthOptions;
  vault: ConnectionVault;
  tenants: TenantRegistry;
  client: IntercomHttpClient;
  timeoutMs: number;
  /** Largest answer read from Intercom. */
  maxResponseBytes: number;
  log: SecretRedactingLog;
  baseUrlFor: (region: IntercomRegion) => string;
  now?: () => number;
}

const failed = (status: CallbackOutcome['status'], title: string, message: string): CallbackOutcome => ({ ok: false, status, title, message });
const startAgain = 'Close this window and choose "Connect Intercom" again.';

/**
 * Intercom's OAuth for the proxy (NOTES.md section 5): `start` makes a consent-page address with a `state`
 * bound to the caller (single use, 10 minutes); `callback` exchanges the code, reads `GET /me` and stores the
 * connection, or says in words why it did not, storing nothing.
 */
export class OAuthFlow {
  private readonly states: OAuthStateStore;
  private readonly stateTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly parts: OAuthFlowParts) {
    this.stateTtlMs = parts.options.stateTtlMs ?? DEFAULT_STATE_TTL_MS;
    this.now = parts.now ?? Date.now;
    this.states = parts.options.states ?? createMemoryOAuthStateStore(this.stateTtlMs, this.now);
    parts.log.addSecret(parts.options.clientSecret, { keep: true });
  }

  /** The consent page's address for this caller; the `state` in it is good once, for `stateTtlMs`. */
  async start(tenantId: string, region: IntercomRegion): Promise<string> {
    const state = randomBytes(32).toString('base64url');
    await this.states.put(state, { tenantId, region, expiresAt: this.now() + this.stateTtlMs });
    const url = new URL(this.parts.options.authorizeUrl ?? DEFAULT_AUTHORIZE_URL);
    url.searchParams.set('client_id', this.parts.options.clientId);
    url.searchParams.set('state', state);
    url.searchParams.set('redirect_uri', this.parts.options.redirectUrl);
    return url.href;
  }

  /** Handles Intercom's redirect back (`?code&state` or `?error=access_denied&state`). */
  async callback(query: URLSearchParams): Promise<CallbackOutcome> {
    const state = query.get('state') ?? '';
    const code = query.get('code') ?? '';
    const error = query.get('error');
    if (state === '') return failed(400, 'Intercom was not connected', `This address has no "state", so the proxy cannot tell who asked to connect. ${startAgain}`);
    let taken: OAuthStateTake;
    try {
      taken = await this.states.take(state, this.now());
    } catch {
      // The shared store is unreachable: nothing is connected; the person starts again once it is back.
      return failed(503, 'Intercom was not connected', `The proxy could not read this connection request right now (its shared state is unreachable). ${startAgain}`);
    }
    if (taken.status !== 'ok') return this.refusedState(taken.status);
    const { tenantId, region } = taken.record;
    if (error !== null) {
      return error === 'access_denied'
        ? failed(403, 'Intercom was not connected', 'Access was denied on Intercom\'s consent page, so nothing was connected.')
        : failed(400, 'Intercom was not connected', `Intercom answered with the error "${clip(error)}". ${startAgain}`);
    }
    if (code === '') return failed(400, 'Intercom was not connected', `Intercom sent no authorization code. ${startAgain}`);
    this.parts.log.addSecret(code);

    const exchanged = await this.exchange(code, region);
    if (!exchanged.ok) return exchanged.outcome;
    const accessToken = exchanged.accessToken;
    this.parts.log.addSecret(accessToken);

    const tenant = this.parts.tenants.get(tenantId);
    const checked = await tenant.callWith(
      { ok: true, accessToken, region, connectionId: '' },
      { method: 'GET', path: '/me', query: {}, headers: {} },
      { write: false, label: 'GET /me' },
    );
    if (checked.kind === 'failure') return failed(checked.cause === 'timeout' ? 504 : 502, 'Intercom was not connected', `${checked.error} ${startAgain}`);
    const me = readMe(checked.response);
    if (!me.ok) return failed(checked.response.status >= 500 ? 502 : 400, 'Intercom was not connected', `Intercom did not accept the new token: ${me.error}`);

    await this.parts.vault.connect(tenantId, { method: 'oauth', accessToken, region: me.value.region ?? region, workspace: me.value.workspace, admin: me.value.admin });
    tenant.forget();
    this.parts.log(`connection of tenant ${tenantId}: connected by OAuth to workspace ${me.value.workspace.id}`);
    const name = me.value.workspace.name ?? me.value.workspace.id;
    return { ok: true, status: 200, title: 'Intercom is connected', message: `Intercom workspace "${name}" is connected as ${me.value.admin.name ?? me.value.admin.id}.` };
  }

  private refusedState(status: 'unknown' | 'expired' | 'used'): CallbackOutcome {
    if (status === 'unknown') return failed(400, 'Intercom was not connected', `This connection request is unknown to the proxy (it may have been restarted). ${startAgain}`);
    if (status === 'used') return failed(409, 'Intercom was not connected', `This connection request was already used. ${startAgain}`);
    return failed(410, 'Intercom was not connected', `This connection request expired (it is good for ${Math.round(this.stateTtlMs / 60_000)} minutes). ${startAgain}`);
  }

  /** `POST /auth/eagle/token` with the code, client id and secret (form-encoded, as Intercom's OAuth providers send it). */
  private async exchange(code: string, region: IntercomRegion): Promise<{ ok: true; accessToken: string } | { ok: false; outcome: CallbackOutcome }> {
    const { options, client, timeoutMs, maxResponseBytes, log } = this.parts;
    const url = new URL(options.tokenUrl ?? `${this.parts.baseUrlFor(region)}/auth/eagle/token`);
    const body = new URLSearchParams({ code, client_id: options.clientId, client_secret: options.clientSecret }).toString();
    let answer;
    try {
      answer = await client.send({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        timeoutMs,
        maxResponseBytes,
      });
    } catch (error) {
      const timedOut = isTimeoutError(error);
      log(`oauth token exchange ${timedOut ? 'timed out' : 'failed to connect'}`);
      return {
        ok: false,
        outcome: failed(timedOut ? 504 : 502, 'Intercom was not connected', `${timedOut ? `Intercom did not answer within ${timeoutMs} ms` : 'The proxy could not reach Intercom'} to finish connecting. ${startAgain}`),
      };
    }
    log(`oauth token exchange -> ${answer.status}`);
    const parsed = parseJson(answer.body);
    const token = parsed?.access_token ?? parsed?.token;
    if (answer.status >= 200 && answer.status < 300 && typeof token === 'string' && token.trim() !== '') return { ok: true, accessToken: token };
    if (answer.status >= 500) return { ok: false, outcome: failed(502, 'Intercom was not connected', `Intercom had a problem finishing the connection (HTTP ${answer.status}). ${startAgain}`) };
    if (answer.status >= 200 && answer.status < 300) return { ok: false, outcome: failed(502, 'Intercom was not connected', `Intercom's answer carried no access token. ${startAgain}`) };
    const said = log.redact(intercomMessage(parsed) ?? `HTTP ${answer.status}`);
    return {
      ok: false,
      outcome: failed(400, 'Intercom was not connected', `Intercom refused the authorization code (${clip(said)}); codes are good for about 5 minutes and once only. ${startAgain}`),
    };
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Intercom's own words in an `error.list` (or an OAuth `error_description`). */
function intercomMessage(body: Record<string, unknown> | undefined): string | undefined {
  if (!body) return undefined;
  const errors = Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  const first = errors[0] as { code?: unknown; message?: unknown } | undefined;
  if (first && typeof first.message === 'string') return typeof first.code === 'string' ? `${first.message} [${first.code}]` : first.message;
  if (typeof body.error_description === 'string') return body.error_description;
  if (typeof body.error === 'string') return body.error;
  return undefined;
}

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
