import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How to start a server process for a test, and how to know it is ready. */
export interface TestProcessOptions {
  /** Names the process in messages, e.g. `proxy 2`. */
  name: string;
  /** The program, e.g. `process.execPath`. */
  command: string;
  args?: readonly string[];
  /** Added to this process's environment; `undefined` removes a variable. */
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** A line of its output (stdout or stderr) that says it is ready, e.g. `/listening on (http:\S+)/`. */
  ready: RegExp;
  /** Longest wait for that line. Default 60,000 ms (a loaded 2-core machine). */
  readyTimeoutMs?: number;
}

/** How a process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A server process a test started: stopped by its PID, never by name. */
export interface TestProcess {
  readonly name: string;
  readonly pid: number;
  /** The ready line's match (its groups: e.g. the URL it printed). */
  readonly readyMatch: RegExpMatchArray;
  /** Its output so far (the last 256 KiB), to show when a test fails. */
  output(): string;
  /** How it ended; undefined while it runs. */
  readonly exit: ProcessExit | undefined;
  /** Resolves when it has ended. */
  exited(): Promise<ProcessExit>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5,000); resolves once it has ended. */
  stop(graceMs?: number): Promise<ProcessExit>;
  /** SIGKILL at once (a crash); resolves once it has ended. */
  kill(): Promise<ProcessExit>;
}

const MAX_OUTPUT = 256 * 1024;
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever a test run leaves behind (a failed `afterAll`, an interrupted run) is killed when this process exits. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) {
      if (child.pid !== undefined) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  });
}

/**
 * Starts a server process and waits for the line that says it is ready. It fails with the process's output when
 * it exits first or is not ready in time (it is then killed). Every process started here is killed, by its PID,
 * when the test process exits, whatever happened.
 * @example
 * const proxy = await startTestProcess({ name: 'proxy', command: process.execPath, args: ['apps/proxy/dist/main.js'], env: { PORT: '0' }, ready: /listening on (http:\S+)/ });
 * const url = proxy.readyMatch[1];
 * await proxy.stop();
 */
export function startTestProcess(options: TestProcessOptions): Promise<TestProcess> {
  installExitHook();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...options.env })) if (value !== undefined) env[key] = value;
  const child = spawn(options.command, [...(options.args ?? [])], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);

  // The last lines, up to MAX_OUTPUT characters: kept as lines so a chatty server costs no copying per line.
  const lines: string[] = [];
  let kept = 0;
  const remember = (line: string) => {
    lines.push(line);
    kept += line.length + 1;
    while (kept > MAX_OUTPUT && lines.length > 1) kept -= (lines.shift() as string).length + 1;
  };
  const output = () => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  let exit: ProcessExit | undefined;
  const exitPromise = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      exit = { code, signal };
      resolve(exit);
    });
    child.once('error', (error) => {
      running.delete(child);
      remember(`[spawn error] ${error.message}`);
      exit = { code: null, signal: null };
      resolve(exit);
    });
  });
  const signal = (name: NodeJS.Signals) => {
    if (exit === undefined && child.pid !== undefined) {
      try {
        process.kill(child.pid, name);
      } catch {
        // It ended meanwhile.
      }
    }
  };
  const stop = async (graceMs = 5_000) => {
    if (exit) return exit;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    const ended = await exitPromise;
    clearTimeout(timer);
    return ended;
  };
  const kill = async () => {
    signal('SIGKILL');
    return exitPromise;
  };

  return new Promise<TestProcess>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 60_000;
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void kill().then(() => reject(new Error(`${options.name} (pid ${String(child.pid)}) ${why}. Its output:\n${output()}`)));
    };
    const timer = setTimeout(() => fail(`was not ready within ${timeoutMs} ms`), timeoutMs);
    void exitPromise.then((ended) => fail(`exited (code ${String(ended.code)}, signal ${String(ended.signal)}) before it was ready`));
    const onLine = (line: string) => {
      remember(line);
      const match = settled ? null : options.ready.exec(line);
      if (!match) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        name: options.name,
        pid: child.pid as number,
        readyMatch: match,
        output,
        get exit() {
          return exit;
        },
        exited: () => exitPromise,
        stop,
        kill,
      });
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
  });
}

/** Stops every process in the list (SIGTERM, then SIGKILL), together; for `afterAll`. */
export async function stopTestProcesses(processes: Iterable<TestProcess | undefined>): Promise<void> {
  await Promise.all([...processes].map((p) => (p ? p.stop() : Promise.resolve(undefined))));
}
