// Node-only helpers, kept out of the main entry so the proxy itself stays a web-standard handler.
export { createNodeHttpClient, type NodeHttpClient, type NodeHttpClientOptions } from './node-http-client.js';
