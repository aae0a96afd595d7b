import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes/free-port.js';

export { freePort };

/** A Redis server for tests: its URL, and for one the test started itself, crash and restart. */
export interface TestRedis {
  url: string;
  port: number;
  /** False for the test command's shared server (TEST_REDIS_URL): never stop that one. */
  owned: boolean;
  /** Kills the server at once (SIGKILL: a crash; nothing is kept). Only for a server the test started. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Stops it (if owned) and removes its directory. */
  stop(): Promise<void>;
}

const candidates = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'];

/** Debian's redis-server, or a clear message saying how to get it (`npm test` installs it). */
export function redisServerPath(): string {
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('redis-server was not found. `npm test` installs it (Debian: apt-get install -y redis-server); install it to run these tests alone.');
}

/** Whether a Redis answers PING on the port now. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let text = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n')) done(text.startsWith('+PONG'));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} within ${timeoutMs} ms`);
}

/**
 * Starts a private redis-server on 127.0.0.1 in a temporary directory, keeping nothing on disk
 * (`--save '' --appendonly no`). It is the test's own: it may kill and restart it.
 * @param port - a fixed port, or a free one.
 */
export async function startTestRedis(port?: number): Promise<TestRedis> {
  const binary = redisServerPath();
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'wb-redis-'));
  let child: ChildProcess | undefined;
  const exited = new Set<ChildProcess>();

  const start = async () => {
    const started = spawn(binary, ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], {
      stdio: 'ignore',
    });
    started.once('exit', () => exited.add(started));
    child = started;
    await waitFor(async () => {
      if (exited.has(started)) throw new Error(`redis-server exited at start (port ${chosen} taken?)`);
      return answersPing(chosen);
    }, `redis-server did not answer on port ${chosen}`);
  };

  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || exited.has(running) || running.pid === undefined) return;
    process.kill(running.pid, 'SIGKILL');
    await waitFor(() => Promise.resolve(exited.has(running)), 'redis-server did not stop');
  };

  await start();
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    owned: true,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The Redis a test file uses: the test command's (`TEST_REDIS_URL`, set by scripts/test.mjs), or one started
 * for this file when it runs alone. Tests share it: give each its own key prefix (`uniqueRedisPrefix`). A
 * test that kills Redis must start its own with `startTestRedis`.
 */
export async function sharedTestRedis(): Promise<TestRedis> {
  const url = process.env.TEST_REDIS_URL?.trim();
  if (!url) return startTestRedis();
  const refuse = () => Promise.reject(new Error('The test command\'s Redis (TEST_REDIS_URL) is shared: start your own with startTestRedis() to kill it.'));
  return { url, port: Number(new URL(url).port), owned: false, kill: refuse, restart: refuse, stop: () => Promise.resolve() };
}

/** A key prefix no other test uses, e.g. `t:limiter:5f3a…:`. */
export function uniqueRedisPrefix(name: string): string {
  return `t:${name}:${randomBytes(6).toString('hex')}:`;
}
