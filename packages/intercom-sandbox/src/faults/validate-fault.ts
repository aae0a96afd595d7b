import { FAULT_KINDS, type Fault, type FaultKind } from './fault.js';
import { parseRoutePattern } from './route-pattern.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a fault given in code or over HTTP.
 * @returns the fault with only its known keys
 * @throws RangeError naming the first problem
 */
export function validateFault(input: unknown): Fault {
  if (!isRecord(input)) throw new RangeError('A fault must be an object like { "kind": "server_error", "route": "GET /contacts/:id" }');
  const { route, kind, count, rate, delayMs, jitterMs, resetInSeconds } = input;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(`Fault kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  const fault: Fault = { kind: kind as FaultKind };
  if (route !== undefined) {
    if (typeof route !== 'string') throw new RangeError('Fault route must be a string such as "GET /contacts/:id"');
    parseRoutePattern(route);
    fault.route = route;
  }
  if (count !== undefined) {
    if (!Number.isInteger(count) || (count as number) < 1) throw new RangeError('Fault count must be a positive integer');
    fault.count = count as number;
  }
  if (rate !== undefined) {
    if (typeof rate !== 'number' || !(rate > 0 && rate <= 1)) throw new RangeError('Fault rate must be a number greater than 0 and at most 1');
    fault.rate = rate;
  }
  if (delayMs !== undefined) {
    if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0) throw new RangeError('Fault delayMs must be a number of milliseconds, 0 or more');
    fault.delayMs = delayMs;
  }
  if (jitterMs !== undefined) {
    if (kind !== 'latency') throw new RangeError('Fault jitterMs applies to latency faults only');
    const delay = fault.delayMs ?? 1000;
    if (typeof jitterMs !== 'number' || !Number.isFinite(jitterMs) || jitterMs < 0 || jitterMs > delay) {
      throw new RangeError(`Fault jitterMs must be a number of milliseconds from 0 to delayMs (${delay})`);
    }
    fault.jitterMs = jitterMs;
  }
  if (resetInSeconds !== undefined) {
    if (!Number.isInteger(resetInSeconds) || (resetInSeconds as number) < 1) throw new RangeError('Fault resetInSeconds must be a positive integer');
    fault.resetInSeconds = resetInSeconds as number;
  }
  return fault;
}
