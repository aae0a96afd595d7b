// A server process for the proxy bench: `sandbox`, `proxy <sandboxUrl> <sandboxToken> <proxyKey>`, or
// `passthrough <sandboxUrl> <sandboxToken> <proxyKey>` (the bare hop every proxy pays, for comparison).
// Prints one JSON line `{ "url": ... }` once listening, and runs until it is terminated.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { bearerKeyAuthenticator, createIntercomProxy, DEFAULT_TENANT_ID, generateEncryptionKey } from '@workflow-blocks/block-proxy';
import { createNodeHttpClient } from '@workflow-blocks/block-proxy/node';
import { createIntercomSandbox, startSandboxServer } from '@workflow-blocks/intercom-sandbox';
import { passThrough } from './pass-through.js';
import { proxyBenchRateLimit, sandboxBenchRateLimit } from './settings.js';

const [role, sandboxUrl, sandboxToken, proxyKey] = process.argv.slice(2);

if (role === 'sandbox') {
  const server = await startSandboxServer({ sandbox: createIntercomSandbox({ rateLimit: sandboxBenchRateLimit }), port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ url: server.url, token: server.sandbox.token }));
} else if (role === 'proxy' && sandboxUrl && sandboxToken && proxyKey) {
  const proxy = createIntercomProxy({
    authenticate: bearerKeyAuthenticator(proxyKey),
    encryptionKey: generateEncryptionKey(),
    baseUrl: sandboxUrl,
    mode: 'sandbox',
    rateLimit: proxyBenchRateLimit,
    // The client apps/proxy uses.
    httpClient: createNodeHttpClient(),
  });
  await proxy.connect(DEFAULT_TENANT_ID, { accessToken: sandboxToken, region: 'us' });
  serve({ fetch: proxy.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }));
  });
} else if (role === 'passthrough' && sandboxUrl && sandboxToken && proxyKey) {
  serve({ fetch: passThrough(createNodeHttpClient(), sandboxUrl, sandboxToken, proxyKey), port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }));
  });
} else {
  console.error('usage: proxy-server.mjs sandbox | proxy|passthrough <sandboxUrl> <sandboxToken> <proxyKey>');
  process.exit(2);
}
// The bench closes stdin (or exits) when it is done: stop with it.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
