// Set-up shared by the README's two commands: only Node 20 and npm are assumed on the machine.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PNPM_VERSION = '12.21.0';
const localPnpm = join(root, '.tools/node_modules/.bin/pnpm');

export function log(message) {
  console.log(`\n▶ ${message}`);
}

export function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** pnpm at the pinned version: the one on PATH if it matches, else a private copy under .tools/ installed with npm. */
export function ensurePnpm() {
  if (versionOf('pnpm') === PNPM_VERSION) return 'pnpm';
  if (existsSync(localPnpm) && versionOf(localPnpm) === PNPM_VERSION) return usePrivatePnpm();
  log(`installing pnpm ${PNPM_VERSION} into .tools/ with npm`);
  run('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`]);
  if (versionOf(localPnpm) !== PNPM_VERSION) fail(`could not install pnpm ${PNPM_VERSION}; install it with: npm install -g pnpm@${PNPM_VERSION}`);
  return usePrivatePnpm();
}

// Child processes (package scripts, test web servers) find the private pnpm too.
function usePrivatePnpm() {
  process.env.PATH = `${dirname(localPnpm)}${delimiter}${process.env.PATH ?? ''}`;
  return localPnpm;
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium for browser tests: installed with apt-get when running as root, otherwise a clear stop. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(
      `Chromium is needed for the browser tests and was not found at ${chromiumPath}.\n` +
        '  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  (or set CHROMIUM_PATH to an existing Chromium binary) and run the tests again.',
    );
  }
  log('installing Chromium from Debian packages (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
  if (!existsSync(chromiumPath)) fail(`apt-get finished but ${chromiumPath} is missing`);
  return chromiumPath;
}

/** Runs a command in the foreground; exits the whole script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Runs a command, returning its exit code and captured output while also echoing it. */
export function runCapture(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/** Installs the workspace's dependencies exactly as the lockfile says. */
export function installDependencies(pnpm) {
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);
}
