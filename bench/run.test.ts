import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `node bench/run.mjs <args>` and gives its exit code and output; kills it if it outlives `limitMs`. */
function runBench(args: string[], env: Record<string, string>, limitMs: number): Promise<{ code: number | null; output: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bench/run.mjs', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, killed });
    });
  });
}

describe('pnpm bench without Chromium', () => {
  it('fails the interaction suite with a message and exits, leaving nothing listening', async () => {
    const missing = '/nonexistent/chromium-for-the-bench-test';
    const { code, output, killed } = await runBench(['interaction'], { CHROMIUM_PATH: missing }, 100_000);
    expect(killed).toBe(false);
    expect(code).toBe(1);
    expect(output).toContain(`interaction failed: it needs Chromium. Chromium was not found at ${missing}.`);
    expect(output).toContain('set CHROMIUM_PATH');
    expect(output).toContain('suites that failed to run: interaction');
  }, 120_000);
});
