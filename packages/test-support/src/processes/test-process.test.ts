import { describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { startTestProcess } from './test-process.js';
import { waitUntil } from './wait-until.js';

const node = (script: string, env: Record<string, string> = {}) => ({ command: process.execPath, args: ['-e', script], env });
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startTestProcess', () => {
  it('waits for the ready line, hands over its match and the environment, and stops by PID', async () => {
    const server = await startTestProcess({
      name: 'echo server',
      ...node('console.error("starting"); setTimeout(() => console.log(`listening on http://127.0.0.1:${process.env.FAKE_PORT}`), 50); setInterval(() => {}, 1000)', { FAKE_PORT: '4321' }),
      ready: /listening on (http:\S+)/,
    });
    expect(server.readyMatch[1]).toBe('http://127.0.0.1:4321');
    expect(server.output()).toContain('starting');
    expect(server.exit).toBeUndefined();
    expect(isRunning(server.pid)).toBe(true);
    expect(await server.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    expect(isRunning(server.pid)).toBe(false);
    expect(await server.stop()).toEqual({ code: null, signal: 'SIGTERM' });
  });

  it('kills one that ignores SIGTERM once the grace time is over', async () => {
    const stubborn = await startTestProcess({ name: 'stubborn', ...node('process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)'), ready: /^ready$/ });
    expect(await stubborn.stop(200)).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('kills at once on kill(), as a crash', async () => {
    const server = await startTestProcess({ name: 'crashing', ...node('console.log("ready"); setInterval(() => {}, 1000)'), ready: /ready/ });
    expect(await server.kill()).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('fails with the output when the process exits before it is ready', async () => {
    await expect(startTestProcess({ name: 'broken', ...node('console.error("PORT is taken"); process.exit(3)'), ready: /ready/ })).rejects.toThrow(
      /broken \(pid \d+\) exited \(code 3, signal null\) before it was ready\. Its output:\nPORT is taken/,
    );
  });

  it('fails, and kills it, when the ready line does not come in time', async () => {
    const started = startTestProcess({ name: 'silent', ...node('setInterval(() => {}, 1000)'), ready: /never/, readyTimeoutMs: 500 });
    await expect(started).rejects.toThrow(/^silent \(pid \d+\) was not ready within 500 ms\. Its output:/);
    const pid = await started.then(() => 0, (error: Error) => Number(/pid (\d+)/.exec(error.message)?.[1]));
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  });
});

describe('waitUntil', () => {
  it('returns the first value that is neither false nor undefined, and names what it waited for when it gives up', async () => {
    let calls = 0;
    expect(await waitUntil(() => (++calls >= 3 ? 'done' : undefined), 'three calls', { intervalMs: 1 })).toBe('done');
    await expect(waitUntil(() => { throw new Error('refused'); }, 'a server', { timeoutMs: 50, intervalMs: 10 })).rejects.toThrow('Gave up waiting 50 ms for a server (last error: refused)');
  });
});

describe('freePort', () => {
  it('gives a port that can be listened on', async () => {
    const port = await freePort();
    const server = await startTestProcess({
      name: 'listener',
      ...node(`require("node:net").createServer().listen(${port}, "127.0.0.1", () => console.log("listening"))`),
      ready: /listening/,
    });
    await server.stop();
  });
});
