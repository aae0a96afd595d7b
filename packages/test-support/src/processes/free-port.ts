import { createServer } from 'node:net';

/**
 * A port nobody listens on right now at 127.0.0.1, for a server that cannot pick its own (`PORT=0`) or must come
 * back on the same one (a Redis restarted under running proxies). Prefer letting a server pick and print its port.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
