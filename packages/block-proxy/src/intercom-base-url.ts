import type { IntercomRegion } from '@workflow-blocks/block-core';

/** Intercom's regional REST hosts (NOTES.md section 1). */
export const intercomRegionUrls: Readonly<Record<IntercomRegion, string>> = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
};

/** Whether a value names one of Intercom's regions. */
export function isIntercomRegion(value: unknown): value is IntercomRegion {
  return value === 'us' || value === 'eu' || value === 'au';
}

/**
 * The Intercom base URL from the proxy's configuration: an explicit `baseUrl` wins, else the region's host.
 * It never comes from a request, so a caller cannot point the token at another server.
 * @param options - `region` (default `us`) and an optional `baseUrl` of another Intercom-compatible server.
 * @returns the base URL without a trailing slash.
 * @throws Error when the region is unknown or the base URL is not an absolute http(s) URL without query or fragment.
 * @example resolveIntercomBaseUrl({ region: 'eu' }) // 'https://api.eu.intercom.io'
 */
export function resolveIntercomBaseUrl(options: { region?: string; baseUrl?: string }): string {
  const region = options.region ?? 'us';
  if (!isIntercomRegion(region)) throw new Error(`Unknown Intercom region "${region}"; use us, eu or au.`);
  if (options.baseUrl === undefined) return intercomRegionUrls[region];
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new Error(`The Intercom base URL "${options.baseUrl}" is not an absolute URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('The Intercom base URL must use http or https.');
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error('The Intercom base URL must not carry a query, a fragment or credentials.');
  }
  return url.href.replace(/\/+$/, '');
}
