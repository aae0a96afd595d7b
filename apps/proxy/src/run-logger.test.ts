import { describe, expect, it } from 'vitest';
import { createRunLogger } from './run-logger.js';

describe('createRunLogger', () => {
  it('writes each run as one JSON line with its time and the message "run"', () => {
    const lines: string[] = [];
    const logRun = createRunLogger({ write: (line: string) => lines.push(line) });
    const record = { requestId: 'r-1', instance: 'proxy-1', tenant: 'acme', operation: 'contact.get', status: 200, success: true, intercomStatus: 200, intercomRequestId: 'i-1', retries: 0, durationMs: 12 };
    logRun(record);
    logRun({ ...record, requestId: 'r-2' });
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const first = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(first).toEqual({ level: 30, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown, msg: 'run', ...record });
  });
});
