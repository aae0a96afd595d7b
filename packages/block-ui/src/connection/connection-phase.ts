import type { ConnectionState } from '@workflow-blocks/block-core';

const regionNames: Record<NonNullable<ConnectionState['region']>, string> = { us: 'US', eu: 'Europe', au: 'Australia' };

/** Where a known connection stands; a proxy that predates `state` is read from `connected`. */
export function connectionPhase(state: ConnectionState): ConnectionState['state'] {
  return state.state ?? (state.connected ? 'connected' : 'needs_reconnect');
}

/** The region in words, e.g. "Europe". */
export const regionName = (region: ConnectionState['region']): string => (region === undefined ? 'Unknown' : (regionNames[region] ?? region));

/** The admin in words: name and email, or whatever is known. */
export function adminName(admin: ConnectionState['admin']): string | undefined {
  if (!admin) return undefined;
  const parts = [admin.name, admin.email ? `(${admin.email})` : undefined].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : admin.id;
}
