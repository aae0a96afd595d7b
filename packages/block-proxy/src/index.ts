export { createIntercomProxy, type IntercomProxy } from './create-intercom-proxy.js';
export type {
  IntercomCredentials,
  IntercomProxyOptions,
  ProxyRateLimitOptions,
  ProxyRetryOptions,
} from './proxy-options.js';
export { proxyDefaults } from './proxy-options.js';
export { fetchHttpClient } from './fetch-http-client.js';
export { intercomResponseTooLargeError, intercomTimeoutError, type IntercomHttpAnswer, type IntercomHttpClient, type IntercomHttpRequest } from './intercom-http-client.js';
export { bearerKeyAuthenticator } from './bearer-authenticator.js';
export { intercomRegionUrls, isIntercomRegion, resolveIntercomBaseUrl } from './intercom-base-url.js';
export type { ConnectionState, IntercomRegion } from '@workflow-blocks/block-core';
