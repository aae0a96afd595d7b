import os from 'node:os';

/** What this machine is, for the figures to be read against. */
export function describeMachine(): string[] {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg().map((value) => value.toFixed(2)).join(' / ');
  return [
    `CPU: ${model}, ${cpus.length} logical cores (${os.availableParallelism()} available to Node)`,
    `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `Node ${process.version}; load average at start (1/5/15 min): ${load}`,
  ];
}

export const loadAverage = (): string => os.loadavg()[0]?.toFixed(2) ?? 'n/a';
