// Debian packages the tests need (PostgreSQL, Redis) and free ports for the servers started from them.
import { createServer } from 'node:net';
import { fail, log, run } from './toolchain.mjs';

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Finds a server from a Debian package, installing the package with apt-get when running as root (as Chromium
 * is); otherwise stops with how to install it.
 * @param {{ name: string, purpose: string, find: () => string | undefined }} wanted - the package, what needs it, where it is once installed
 * @returns {string} what `find` returns
 */
export function ensureDebianPackage({ name, purpose, find }) {
  const found = find();
  if (found) return found;
  if (!isRoot()) {
    fail(`${name} is needed for ${purpose} and was not found.\n  Install it with:  sudo apt-get update && sudo apt-get install -y ${name}\n  and run the tests again.`);
  }
  log(`installing ${name} from Debian packages (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', name], { env });
  const installed = find();
  if (!installed) fail(`apt-get finished but ${name} is still not where it should be`);
  return installed;
}

/** A port on 127.0.0.1 that is free now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
