/**
 * What marks the end of one measurement: the side's host committing a render that holds the typed text in
 * `field` (reported by the host's layout effect, so an uncontrolled input, which React never writes, is timed
 * to the same point as a controlled one); an input's value attribute as React writes it on commit; or the
 * fields of the new operation.
 */
export type ProbeCheck =
  | { kind: 'commit'; field: string; value: string }
  | { kind: 'value'; selector: string; value: string }
  | { kind: 'fields'; present: string; absent: string };

/** The page's measuring hook, driven from Playwright. */
export interface BenchProbe {
  /**
   * Starts one measurement in the side `sideId`: it begins at the next keydown and ends at the first DOM change
   * inside the side after which `check` holds, once style and layout are forced (what paints next).
   */
  arm(sideId: string, check: ProbeCheck): void;
  /** Called by a side's host in a layout effect with the values it just committed (for `commit` checks). */
  committed(sideId: string, values: Readonly<Record<string, unknown>>): void;
  /** The last measurement in ms, or null when `check` did not hold within the time limit. */
  result(timeoutMs?: number): Promise<number | null>;
}

declare global {
  interface Window {
    __benchProbe?: BenchProbe;
  }
}

interface Pending {
  container: Element;
  check: ProbeCheck;
  observer: MutationObserver;
  start?: number;
  duration?: number | null;
  resolve?: (duration: number | null) => void;
}

let pending: Pending | undefined;

function holds(container: Element, check: ProbeCheck): boolean {
  if (check.kind === 'commit') return false;
  if (check.kind === 'value') return container.querySelector(check.selector)?.getAttribute('value') === check.value;
  return container.querySelector(check.present) !== null && container.querySelector(check.absent) === null;
}

/** Ends the measurement once the committed DOM's style and layout are computed (what paints next). */
function complete(entry: Pending): void {
  // Now rather than at the next frame, so the figure is not rounded to the display's 16.7 ms frames.
  void document.documentElement.getBoundingClientRect();
  void document.documentElement.offsetHeight;
  performance.mark('bench-committed');
  finish(entry, performance.now() - (entry.start ?? 0));
}

function finish(entry: Pending, duration: number | null): void {
  entry.observer.disconnect();
  entry.duration = duration;
  entry.resolve?.(duration);
}

// Capture on window: the first listener to see the key, before React's handlers.
window.addEventListener(
  'keydown',
  () => {
    if (pending && pending.start === undefined) {
      pending.start = performance.now();
      performance.mark('bench-keydown');
    }
  },
  { capture: true },
);

export const benchProbe: BenchProbe = {
  arm(sideId, check) {
    const container = document.getElementById(sideId);
    if (!container) throw new Error(`no element #${sideId}`);
    if (pending && pending.duration === undefined) finish(pending, null);
    const entry: Pending = {
      container,
      check,
      observer: new MutationObserver(() => {
        if (entry.start === undefined || entry.duration !== undefined || !holds(container, check)) return;
        complete(entry);
      }),
    };
    entry.observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    pending = entry;
  },
  committed(sideId, values) {
    const entry = pending;
    if (!entry || entry.start === undefined || entry.duration !== undefined || entry.check.kind !== 'commit') return;
    if (entry.container.id !== sideId || values[entry.check.field] !== entry.check.value) return;
    complete(entry);
  },
  result(timeoutMs = 5_000) {
    const entry = pending;
    if (!entry) return Promise.resolve(null);
    if (entry.duration !== undefined) return Promise.resolve(entry.duration);
    return new Promise((resolve) => {
      entry.resolve = resolve;
      setTimeout(() => {
        if (entry.duration === undefined) finish(entry, null);
      }, timeoutMs);
    });
  },
};
