import { spawnSync } from 'node:child_process';
import type { ThroughputComparison } from './throughput.js';

/** The flag that makes the bench process run one measurement and print it (`--fork=<name>`). */
const FORK_FLAG = '--fork=';

/** The measurement this process was started for, if it is a fork. */
export function forkAsked(argv: readonly string[]): string | undefined {
  return argv.find((arg) => arg.startsWith(FORK_FLAG))?.slice(FORK_FLAG.length);
}

/**
 * Runs a measurement in `count` fresh processes, one after the other (the same bundle, `--fork=<name>`), as JMH
 * runs forks: V8 decides things such as which allocations go straight to the old generation anew in each
 * process, and that decision alone can move a figure by a third, so one process is one sample.
 */
export function measureInForks(name: string, count: number): ThroughputComparison[] {
  const script = process.argv[1];
  if (!script) throw new Error('the bench was started without a script path');
  return Array.from({ length: count }, (_, fork) => {
    const run = spawnSync(process.execPath, [script, `${FORK_FLAG}${name}`], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !line.startsWith('{')) throw new Error(`fork ${fork + 1} of ${name} failed (${run.status ?? run.signal}): ${run.stderr.slice(-500)}`);
    return JSON.parse(line) as ThroughputComparison;
  });
}
