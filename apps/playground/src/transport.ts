import { createProxyTransport } from '@workflow-blocks/block-core';

// Same-origin: the dev/preview server forwards /v1/intercom to the proxy and adds the key there.
export const transport = createProxyTransport({ url: window.location.origin, apiKey: '', timeoutMs: 30_000 });
