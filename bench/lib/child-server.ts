import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A server the bench started in its own process; `stop` ends it by its pid. */
export interface ChildServer<T> {
  info: T;
  stop(): Promise<void>;
}

/** Starts `node <script> ...args` and waits for the first line it prints, a JSON object describing it. */
export function startChildServer<T>(script: string, args: string[], timeoutMs = 30_000): Promise<ChildServer<T>> {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin?.end();
      setTimeout(() => child.kill('SIGTERM'), 2_000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} ${args[0] ?? ''} did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} ${args[0] ?? ''} exited with ${String(code)} before it was ready`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve({ info: JSON.parse(line) as T, stop });
      } catch {
        void stop();
        reject(new Error(`${script} printed ${line}`));
      }
    });
  });
}
