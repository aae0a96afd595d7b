import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes/free-port.js';
import { startTestProcess, type TestProcess } from './processes/test-process.js';

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

/**
 * Starts a private redis-server on 127.0.0.1 in a temporary directory, keeping nothing on disk
 * (`--save '' --appendonly no`). It is the test's own: it may kill and restart it.
 * @param port - a fixed port, or a free one.
 */
export async function startTestRedis(port?: number): Promise<TestRedis> {
  const binary = redisServerPath();
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'wb-redis-'));
  let child: TestProcess | undefined;

  // Started and killed through test-support/processes: by its PID, and killed with the test process whatever happens.
  const start = async () => {
    child = await startTestProcess({
      name: `redis-server on port ${chosen}`,
      command: binary,
      args: ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'notice'],
      ready: /Ready to accept connections/,
      readyTimeoutMs: 20_000,
    });
  };

  const kill = async () => {
    const running = child;
    child = undefined;
    await running?.kill();
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
