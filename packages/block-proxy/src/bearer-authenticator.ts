import { isTenantId, type ProxyCaller } from './proxy-caller.js';

const encoder = new TextEncoder();

/** Compares in time that does not depend on where the texts differ, so a key cannot be guessed byte by byte. */
function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let difference = left.length ^ right.length;
  for (let i = 0; i < right.length; i += 1) difference |= (left[i % Math.max(1, left.length)] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}

/** The tenant of a proxy that serves one workspace (`bearerKeyAuthenticator(key)`). */
export const DEFAULT_TENANT_ID = 'default';

/**
 * An `authenticate` hook for `createIntercomProxy` that maps `Authorization: Bearer <key>` to the key's tenant.
 * @param keys - each tenant's key (`{ acme: '<key>', globex: '<key>' }`); keys must be at least 16 characters and distinct.
 * @returns the caller of a request carrying one of the keys, else undefined.
 * @example createIntercomProxy({ authenticate: bearerKeysAuthenticator({ acme: process.env.ACME_KEY! }), ... })
 */
export function bearerKeysAuthenticator(keys: Readonly<Record<string, string>>): (request: Request) => ProxyCaller | undefined {
  const entries = Object.entries(keys);
  if (entries.length === 0) throw new Error('Give the proxy at least one API key.');
  for (const [tenantId, key] of entries) {
    if (!isTenantId(tenantId)) throw new Error(`The tenant id "${tenantId}" must be 1 to 128 letters, digits or . _ : @ - characters.`);
    if (key.length < 16) throw new Error(`The proxy API key of tenant "${tenantId}" must be at least 16 characters long.`);
  }
  if (new Set(entries.map(([, key]) => key)).size !== entries.length) throw new Error('Two tenants have the same proxy API key.');
  return (request) => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    const sent = match?.[1];
    if (sent === undefined) return undefined;
    let caller: ProxyCaller | undefined;
    // Every key is compared, so the time taken does not say which tenant's key came close.
    for (const [tenantId, key] of entries) if (constantTimeEqual(sent, key) && caller === undefined) caller = { tenantId };
    return caller;
  };
}

/**
 * An `authenticate` hook for a proxy with one tenant: accepts `Authorization: Bearer <apiKey>`.
 * @param apiKey - the key callers must send; it must be at least 16 characters.
 * @param tenantId - the one tenant (default `default`).
 * @example createIntercomProxy({ authenticate: bearerKeyAuthenticator(process.env.PROXY_API_KEY!), ... })
 */
export function bearerKeyAuthenticator(apiKey: string, tenantId: string = DEFAULT_TENANT_ID): (request: Request) => ProxyCaller | undefined {
  if (apiKey.length < 16) throw new Error('The proxy API key must be at least 16 characters long.');
  return bearerKeysAuthenticator({ [tenantId]: apiKey });
}
