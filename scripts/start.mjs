// The README's run command: the proxy (embedded Intercom sandbox unless INTERCOM_ACCESS_TOKEN is set) plus the playground.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { checkPorts } from './lib/ports.mjs';
import { ensurePnpm, fail, installDependencies, log, root, run } from './lib/toolchain.mjs';

const host = '127.0.0.1';
// Before anything is installed or started: a taken port would otherwise fail only after the URL was printed.
const portProblem = await checkPorts(
  [
    { name: 'the proxy', variable: 'PORT', value: process.env.PORT, fallback: 8787 },
    { name: 'the playground', variable: 'PLAYGROUND_PORT', value: process.env.PLAYGROUND_PORT, fallback: 5173 },
  ],
  host,
);
if (portProblem) fail(`npm start cannot use its ports.\n  ${portProblem}`);

const pnpm = ensurePnpm();
installDependencies(pnpm);
log('building the proxy');
run(pnpm, ['exec', 'tsc', '-b', 'apps/proxy/tsconfig.lib.json']);

const proxyPort = process.env.PORT || '8787';
const playgroundPort = process.env.PLAYGROUND_PORT || '5173';
// Two tenants (workspaces of the Workflow Builder): acme starts connected to the sandbox's first workspace, globex
// connects its own Intercom from the playground. The keys stay between the playground's server and the proxy; keys
// set in the environment (PROXY_API_KEYS, or PROXY_API_KEY for one tenant) reach both as they are.
const keyEnv =
  process.env.PROXY_API_KEYS || process.env.PROXY_API_KEY
    ? {}
    : { PROXY_API_KEYS: ['acme', 'globex'].map((tenant) => `${tenant}:${randomBytes(24).toString('base64url')}`).join(',') };
const proxyUrl = `http://${host}:${proxyPort}`;
const playgroundUrl = `http://${host}:${playgroundPort}`;
const children = [];

function start(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} stopped (${code ?? signal}); shutting down.`);
      stop(code ?? 1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  fail(`${url} did not answer within ${seconds} s`);
}

log(`starting the proxy on ${proxyUrl}`);
// The OAuth callback page (served by the proxy) posts its result to the playground's origin only.
start('proxy', process.execPath, ['apps/proxy/dist/main.js'], {
  PORT: proxyPort,
  HOST: host,
  ...keyEnv,
  PROXY_ALLOWED_ORIGINS: process.env.PROXY_ALLOWED_ORIGINS ?? playgroundUrl,
});
await waitFor(`${proxyUrl}/v1/intercom/health`, 30);

log('starting the playground');
start('playground', pnpm, ['--filter', '@workflow-blocks/playground', 'exec', 'vite', '--host', host, '--port', playgroundPort, '--strictPort'], {
  PROXY_URL: proxyUrl,
  ...keyEnv,
});
await waitFor(`http://${host}:${playgroundPort}/`, 60);
console.log(`\n  Intercom block playground: http://${host}:${playgroundPort}/\n  (proxy on ${proxyUrl}; press Ctrl+C to stop)\n`);
