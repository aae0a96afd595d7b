import type { ConnectionState, IntercomRegion } from '@workflow-blocks/block-core';
import { readMe, type TenantConnection } from '../connections/tenant-connection.js';
import { intercomErrorCode } from '../connections/intercom-me.js';
import { isIntercomRegion } from '../intercom-base-url.js';
import type { ProxyServices } from '../proxy-services.js';

/** A problem with one field of the request. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** An answer of `/connections/token`: the new state, or why not with the field it concerns. */
export type ConnectReply =
  | { status: 200; body: ConnectionState }
  | { status: 400 | 422 | 502 | 504; body: { success: false; error: string; issues?: FieldIssue[]; code?: string } };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const MAX_TOKEN_LENGTH = 4096;

/** `{ region? }` of `/oauth/start`: US unless the caller names another region. */
export function readRegionChoice(body: unknown): { ok: true; region: IntercomRegion } | { ok: false; error: string } {
  if (!isObject(body)) return { ok: false, error: 'region: the body must be an object such as { "region": "eu" }.' };
  if (body.region === undefined) return { ok: true, region: 'us' };
  return isIntercomRegion(body.region) ? { ok: true, region: body.region } : { ok: false, error: 'region: choose us, eu or au.' };
}

/**
 * `POST /connections/token` `{ accessToken, region }`: asks Intercom's `GET /me` with the token first, and stores
 * the connection only when Intercom accepts it; a refused token gets Intercom's reason and stores nothing.
 */
export async function connectWithToken(services: ProxyServices, tenant: TenantConnection, body: unknown): Promise<ConnectReply> {
  const issues: FieldIssue[] = [];
  const token = isObject(body) ? body.accessToken : undefined;
  const region = isObject(body) ? body.region : undefined;
  if (typeof token !== 'string' || token.trim() === '') issues.push({ field: 'accessToken', message: 'accessToken: paste the access token of your Intercom app.' });
  else if (token.length > MAX_TOKEN_LENGTH || /\s/.test(token.trim())) issues.push({ field: 'accessToken', message: 'accessToken: this is not an Intercom access token (too long, or it contains spaces).' });
  if (!isIntercomRegion(region)) issues.push({ field: 'region', message: "region: choose the workspace's region: us, eu or au." });
  if (issues.length > 0 || typeof token !== 'string' || !isIntercomRegion(region)) {
    return { status: 400, body: { success: false, error: issues.map((issue) => issue.message).join(' '), issues } };
  }
  const accessToken = token.trim();
  const checked = await tenant.callWith(
    { ok: true, accessToken, region, connectionId: '' },
    { method: 'GET', path: '/me', query: {}, headers: {} },
    { write: false, label: 'GET /me' },
  );
  if (checked.kind === 'failure') return { status: checked.cause === 'timeout' ? 504 : 502, body: { success: false, error: checked.error } };
  const me = readMe(checked.response);
  if (!me.ok) {
    const { status } = checked.response;
    if (status >= 500 || status === 429) return { status: 502, body: { success: false, error: me.error } };
    const code = intercomErrorCode(checked.response.body);
    const error = `Intercom refused this access token: ${me.error}`;
    return { status: 422, body: { success: false, error, issues: [{ field: 'accessToken', message: error }], ...(code === undefined ? {} : { code }) } };
  }
  await services.vault.connect(tenant.tenantId, { method: 'token', accessToken, region, workspace: me.value.workspace, admin: me.value.admin });
  tenant.forget();
  return { status: 200, body: await tenant.state() };
}
