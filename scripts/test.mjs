// The README's test command: sets up what it needs, then runs every layer; any failing layer fails the run.
import { ensurePostgres, startPostgres } from './lib/postgres.mjs';
import { ensureRedis, startRedis } from './lib/redis.mjs';
import { chromiumPath, ensureChromium, ensurePnpm, installDependencies, log, root, runCapture } from './lib/toolchain.mjs';

const started = Date.now();
const pnpm = ensurePnpm();
installDependencies(pnpm);
ensureChromium();
const postgresBin = ensurePostgres();
const redisBin = ensureRedis();

const env = { ...process.env, CHROMIUM_PATH: chromiumPath, FORCE_COLOR: '0', STORYBOOK_DISABLE_TELEMETRY: '1',
  // Each of these layers must run at least one test, or the run fails.
  REQUIRE_PROJECTS: 'unit,fleet,component,browser,storybook',
  // Tests that need a server of their own (the PostgreSQL store) fail instead of skipping under this command.
  WORKFLOW_BLOCKS_TEST_COMMAND: '1',
};
const layers = [];
let passed = 0;
let failed = 0;

async function layer(name, args, count) {
  log(name);
  const t0 = Date.now();
  const { code, output } = await runCapture(pnpm, args, { env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const counts = count?.(output);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  layers.push({ name, ok: code === 0, seconds });
  if (code !== 0) failed += counts ? 0 : 1;
}

const vitestCounts = (output) => {
  const match = [...output.matchAll(/^vitest: (\d+) passed, (\d+) failed/gm)].pop();
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
};

const playwrightCounts = (output) => {
  const last = (pattern) => [...output.matchAll(pattern)].pop()?.[1];
  const ok = last(/^\s+(\d+) passed/gm);
  const bad = last(/^\s+(\d+) failed/gm);
  return ok || bad ? { passed: Number(ok ?? 0), failed: Number(bad ?? 0) } : undefined;
};

await layer('typecheck (tsc -b over the project references)', ['exec', 'tsc', '-b']);
await layer('typed lint (eslint + typescript-eslint)', ['exec', 'eslint', '.', '--max-warnings=0']);
// The PostgreSQL store's tests run against a real server, private to this run, stopped by its PID after.
log('starting PostgreSQL for the store tests');
const postgres = await startPostgres(postgresBin, process.env.TEST_POSTGRES_PORT ? Number(process.env.TEST_POSTGRES_PORT) : undefined);
// The shared-state tests (several proxy instances on one Redis) use this one; tests that kill Redis start their own.
log('starting Redis for the shared-state tests');
const redis = await startRedis(redisBin, process.env.TEST_REDIS_PORT ? Number(process.env.TEST_REDIS_PORT) : undefined);
const stopServers = () => Promise.all([postgres.stop(), redis.stop()]);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stopServers().then(() => process.exit(1)));
env.TEST_DATABASE_URL = postgres.url;
env.TEST_REDIS_URL = redis.url;
try {
  await layer(
    'unit, component, browser and story tests (vitest)',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=./scripts/vitest-count-reporter.ts'],
    vitestCounts,
  );
} finally {
  await stopServers();
}
await layer('storybook build', ['run', 'build-storybook']);
await layer('builds of every package and app', ['-r', '--workspace-concurrency=1', 'run', 'build']);
await layer('end-to-end journeys (Playwright, Chromium, built playground + proxy + sandbox)', ['exec', 'playwright', 'test'], playwrightCounts);

console.log('\nsummary');
for (const l of layers) console.log(`  ${l.ok ? 'ok  ' : 'FAIL'}  ${l.name} (${l.seconds} s)`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s in ${root}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(layers.every((l) => l.ok) && failed === 0 ? 0 : 1);
