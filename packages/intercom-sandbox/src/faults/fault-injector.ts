import { seededRandom } from '../prng.js';
import type { Fault, FaultInjector } from './fault.js';
import { parseRoutePattern, type RoutePattern } from './route-pattern.js';
import { validateFault } from './validate-fault.js';

interface ActiveFault {
  fault: Fault;
  pattern: RoutePattern;
  remaining: number;
}

/** What the faults decided for one request. */
export interface FaultDecision {
  /** Total delay from matching latency faults. */
  delayMs: number;
  /** The fault that answers the request instead of the route, if any. */
  answer?: Fault;
}

const FAULT_SEED = 0x1c0de;

/** The sandbox's fault list: checked on every API request (never on the `/__sandbox` control routes). */
export class SandboxFaults implements FaultInjector {
  private active: ActiveFault[] = [];
  private random = seededRandom(FAULT_SEED);

  add(fault: Fault): void {
    const valid = validateFault(fault);
    this.active.push({ fault: valid, pattern: parseRoutePattern(valid.route ?? '*'), remaining: valid.count ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.active = [];
    this.random = seededRandom(FAULT_SEED);
  }

  list(): Fault[] {
    return this.active.map(({ fault, remaining }) => (Number.isFinite(remaining) ? { ...fault, count: remaining } : { ...fault }));
  }

  /** Decides which faults fire for a request, using up their counts. */
  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0 };
    for (const entry of this.active) {
      if (!entry.pattern.matches(method, path)) continue;
      const isLatency = entry.fault.kind === 'latency';
      if (!isLatency && decision.answer) continue;
      if (entry.fault.rate !== undefined && this.random() >= entry.fault.rate) continue;
      entry.remaining -= 1;
      if (isLatency) decision.delayMs += (entry.fault.delayMs ?? 1000) + (entry.fault.jitterMs ?? 0) * (2 * this.random() - 1);
      else decision.answer = entry.fault;
    }
    this.active = this.active.filter((entry) => entry.remaining > 0);
    return decision;
  }
}
