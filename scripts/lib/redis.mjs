// A private Redis for the tests: Debian's redis-server on a port of its own, keeping nothing on disk.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackage, freePort } from './debian-package.mjs';
import { fail } from './toolchain.mjs';

const candidates = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'];
const found = () => candidates.find((path) => existsSync(path));

/** Debian's redis-server: installed with apt-get when running as root (as PostgreSQL is), otherwise a clear stop. */
export function ensureRedis() {
  return ensureDebianPackage({ name: 'redis-server', purpose: 'the shared-state tests', find: found });
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
