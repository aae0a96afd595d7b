// A private Redis for the tests: Debian's redis-server on a port of its own, keeping nothing on disk.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, log, run } from './toolchain.mjs';

const candidates = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'];
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const found = () => candidates.find((path) => existsSync(path));

/** Debian's redis-server: installed with apt-get when running as root (as PostgreSQL is), otherwise a clear stop. */
export function ensureRedis() {
  const path = found();
  if (path) return path;
  if (!isRoot()) {
    fail('redis-server is needed for the shared-state tests and was not found.\n  Install it with:  sudo apt-get update && sudo apt-get install -y redis-server\n  and run the tests again.');
  }
  log('installing redis-server from Debian packages (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', 'redis-server'], { env });
  const installed = found();
  if (!installed) fail('apt-get finished but no redis-server was installed');
  return installed;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function answersPing(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(chunk.toString('latin1').startsWith('+PONG')));
  });
}

/**
 * Starts redis-server on 127.0.0.1 in a new temporary directory with no persistence (`--save '' --appendonly no`).
 * @param binary - from `ensureRedis()`.
 * @param port - a fixed port (e.g. TEST_REDIS_PORT), or a free one.
 * @returns its URL, its PID and `stop()`, which ends it by that PID and removes the directory.
 */
export async function startRedis(binary, port) {
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'wb-redis-'));
  const child = spawn(binary, ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const until = Date.now() + 30_000;
  while (!(await answersPing(chosen))) {
    if (exited || Date.now() > until) {
      rmSync(dir, { recursive: true, force: true });
      fail(`redis-server did not start on port ${chosen}${exited ? ' (it exited: is the port taken?)' : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${chosen}`,
    pid: child.pid,
    stop: async () => {
      if (!exited) {
        try {
          process.kill(child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        const deadline = Date.now() + 10_000;
        while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
