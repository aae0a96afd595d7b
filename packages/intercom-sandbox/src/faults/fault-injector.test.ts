import { describe, expect, it } from 'vitest';
import { SandboxFaults } from './fault-injector.js';

describe('SandboxFaults', () => {
  it('fires a counted fault that many times, then forgets it', () => {
    const faults = new SandboxFaults();
    faults.add({ route: 'GET /contacts/:id', kind: 'server_error', count: 2 });
    expect(faults.list()).toEqual([{ route: 'GET /contacts/:id', kind: 'server_error', count: 2 }]);
    expect(faults.decide('GET', '/contacts/1').answer?.kind).toBe('server_error');
    expect(faults.decide('GET', '/contacts').answer).toBeUndefined();
    expect(faults.list()[0]?.count).toBe(1);
    expect(faults.decide('GET', '/contacts/2').answer?.kind).toBe('server_error');
    expect(faults.decide('GET', '/contacts/3').answer).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('keeps an uncounted fault until cleared', () => {
    const faults = new SandboxFaults();
    faults.add({ kind: 'unavailable' });
    for (let i = 0; i < 5; i += 1) expect(faults.decide('POST', '/tickets').answer?.kind).toBe('unavailable');
    faults.clear();
    expect(faults.decide('POST', '/tickets').answer).toBeUndefined();
  });

  it('fires a rated fault on about that share of requests, the same way every time', () => {
    const run = (faults: SandboxFaults) => Array.from({ length: 400 }, () => faults.decide('GET', '/admins').answer !== undefined);
    const faults = new SandboxFaults();
    faults.add({ kind: 'rate_limit', rate: 0.25 });
    const first = run(faults);
    const fired = first.filter(Boolean).length;
    expect(fired).toBeGreaterThan(70);
    expect(fired).toBeLessThan(130);
    faults.clear();
    faults.add({ kind: 'rate_limit', rate: 0.25 });
    expect(run(faults)).toEqual(first);
  });

  it('adds up latency faults and lets the first other matching fault answer', () => {
    const faults = new SandboxFaults();
    faults.add({ kind: 'latency', delayMs: 30 });
    faults.add({ route: 'GET *', kind: 'latency' });
    faults.add({ route: 'GET /admins', kind: 'drop', count: 1 });
    faults.add({ route: 'GET /admins', kind: 'server_error', count: 1 });
    expect(faults.decide('GET', '/admins')).toEqual({ delayMs: 1030, answer: { route: 'GET /admins', kind: 'drop', count: 1 } });
    expect(faults.decide('GET', '/admins').answer?.kind).toBe('server_error');
    expect(faults.decide('POST', '/contacts')).toEqual({ delayMs: 30 });
  });

  it('spreads a latency evenly over delayMs ± jitterMs, the same way on every run', () => {
    const delays = (faults: SandboxFaults) => Array.from({ length: 400 }, () => faults.decide('GET', '/contacts/1').delayMs);
    const faults = new SandboxFaults();
    faults.add({ kind: 'latency', delayMs: 50, jitterMs: 10 });
    const first = delays(faults);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...first)).toBeLessThanOrEqual(60);
    // Spread over the whole range, centred on 50.
    expect(first.filter((delay) => delay < 45).length).toBeGreaterThan(60);
    expect(first.filter((delay) => delay > 55).length).toBeGreaterThan(60);
    expect(Math.abs(first.reduce((sum, delay) => sum + delay, 0) / first.length - 50)).toBeLessThan(1.5);
    faults.clear();
    faults.add({ kind: 'latency', delayMs: 50, jitterMs: 10 });
    expect(delays(faults)).toEqual(first);
  });

  it.each([
    [{ kind: 'latency', delayMs: 20, jitterMs: 30 }, 'jitterMs must be a number of milliseconds from 0 to delayMs (20)'],
    [{ kind: 'drop', jitterMs: 5 }, 'jitterMs applies to latency faults only'],
    [{ kind: 'explode' }, 'Fault kind must be one of'],
    [{ kind: 'drop', count: 0 }, 'count must be a positive integer'],
    [{ kind: 'drop', rate: 1.5 }, 'rate must be a number greater than 0 and at most 1'],
    [{ kind: 'latency', delayMs: -1 }, 'delayMs must be'],
    [{ kind: 'rate_limit', resetInSeconds: 0.5 }, 'resetInSeconds must be a positive integer'],
    [{ kind: 'drop', route: 'contacts' }, 'must be "*" or start with "/"'],
  ])('rejects %j', (fault, message) => {
    expect(() => new SandboxFaults().add(fault as never)).toThrow(message);
  });
});
