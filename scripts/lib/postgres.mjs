// A private PostgreSQL server for the tests: Debian's package, a temporary directory, a port of its own.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackage, freePort, isRoot } from './debian-package.mjs';
import { fail } from './toolchain.mjs';


// runuser lives in /usr/sbin, which a CI or cron PATH may leave out.
const runuser = () => ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((path) => existsSync(path)) ?? 'runuser';

/** The newest installed PostgreSQL's bin directory (Debian keeps them in /usr/lib/postgresql/<major>/bin). */
function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  const bin = majors.map((major) => join(base, major, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
  return bin;
}

/** Debian's PostgreSQL server: installed with apt-get when running as root (as Chromium is), otherwise a clear stop. */
export function ensurePostgres() {
  return ensureDebianPackage({ name: 'postgresql', purpose: 'the PostgreSQL store tests', find: postgresBin });
}

/**
 * Starts PostgreSQL in a new temporary directory on 127.0.0.1 (trust authentication, no fsync: test data only).
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user the Debian package creates.
 * @param bin - from `ensurePostgres()`.
 * @param port - a fixed port (e.g. TEST_POSTGRES_PORT), or a free one.
 * @returns its URL and `stop()`, which ends it by the PID it wrote and removes the directory.
 */
export async function startPostgres(bin, port) {
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'wb-postgres-'));
  const data = join(dir, 'data');
  const asServerUser = (command, args) => {
    const full = [join(bin, command), ...args];
    const result = isRoot() ? spawnSync(runuser(), ['-u', 'postgres', '--', ...full], { encoding: 'utf8' }) : spawnSync(full[0], full.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      fail(`${command} failed (exit ${result.status ?? result.signal ?? result.error?.message}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    }
  };
  if (isRoot()) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) fail('running as root, and there is no "postgres" user to run PostgreSQL as (the Debian package creates it)');
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  chmodSync(dir, 0o700);
  asServerUser('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--no-locale']);
  asServerUser('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${chosen} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start']);
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${chosen}/postgres`,
    pid,
    stop: async () => {
      try {
        process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
      } catch {
        // already gone
      }
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
