import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPorts, isPortFree } from './lib/ports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';
const servers: Server[] = [];

/** Occupies a free port on 127.0.0.1, as another program would. */
async function occupyPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

/** Runs `node scripts/start.mjs` in its own process group, killed whole if it is still running after `limitMs`. */
function runStart(env: Record<string, string>, limitMs: number): Promise<{ code: number | null; output: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, killed });
    });
  });
}

describe('the port check of npm start', () => {
  it('names a taken port, its variable, and free ones to choose instead', async () => {
    const taken = await occupyPort();
    const free = await occupyPort();
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const message = await checkPorts(
      [
        { name: 'the proxy', variable: 'PORT', value: String(taken), fallback: 8787 },
        { name: 'the playground', variable: 'PLAYGROUND_PORT', value: String(free), fallback: 5173 },
      ],
      host,
    );
    expect(message).toContain(`Port ${taken} on ${host} (the proxy, PORT) is already in use by another program.`);
    expect(message).not.toContain(`Port ${free}`);
    expect(message).toMatch(/choose other ports with PORT \(the proxy, default 8787\) and PLAYGROUND_PORT \(the playground, default 5173\), e\.g\.: {2}PORT=\d+ npm start$/);
    const suggested = Number(/PORT=(\d+) npm start/.exec(message ?? '')?.[1]);
    expect(suggested).not.toBe(free);
    expect(await isPortFree(suggested, host)).toBe(true);
  });

  it('says nothing when both ports are free, and refuses what is no port or the same port twice', async () => {
    const free = await occupyPort();
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    expect(await checkPorts([{ name: 'the proxy', variable: 'PORT', value: String(free), fallback: 8787 }], host)).toBeUndefined();
    expect(
      await checkPorts(
        [
          { name: 'the proxy', variable: 'PORT', value: 'eighty', fallback: 8787 },
          { name: 'the playground', variable: 'PLAYGROUND_PORT', value: '70000', fallback: 5173 },
        ],
        host,
      ),
    ).toMatch(/^PORT=eighty \(the proxy\) is not a port number.*\n.*PLAYGROUND_PORT=70000/);
    expect(
      await checkPorts(
        [
          { name: 'the proxy', variable: 'PORT', value: String(free), fallback: 8787 },
          { name: 'the playground', variable: 'PLAYGROUND_PORT', value: String(free), fallback: 5173 },
        ],
        host,
      ),
    ).toContain(`PLAYGROUND_PORT (the playground) is ${free}, the same port as PORT.`);
  });

  it('stops npm start before it installs or starts anything when a port is taken, saying which and what to do', async () => {
    const taken = await occupyPort();
    const free = await occupyPort();
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const { code, output, killed } = await runStart({ PORT: String(taken), PLAYGROUND_PORT: String(free) }, 60_000);
    expect(killed).toBe(false);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${taken} on ${host} (the proxy, PORT) is already in use by another program.`);
    expect(output).toMatch(/choose other ports with PORT .* and PLAYGROUND_PORT .*, e\.g\.: {2}PORT=\d+ npm start/);
    expect(output).not.toContain('installing');
    expect(output).not.toContain('starting the proxy');
    expect(output).not.toContain('Intercom block playground: http');
  }, 70_000);
});
