/** What marks the end of one measurement: an input's committed value, or the fields of the new operation. */
export type ProbeCheck =
  | { kind: 'value'; selector: string; value: string }
  | { kind: 'fields'; present: string; absent: string };

/** The page's measuring hook, driven from Playwright. */
export interface BenchProbe {
  /**
   * Starts one measurement in the side `sideId`: it begins at the next keydown and ends at the first DOM change
   * inside the side after which `check` holds, once style and layout are forced (what paints next).
   */
  arm(sideId: string, check: ProbeCheck): void;
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
  if (check.kind === 'value') return container.querySelector(check.selector)?.getAttribute('value') === check.value;
  return container.querySelector(check.present) !== null && container.querySelector(check.absent) === null;
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
        // Style and layout of the committed DOM happen now rather than at the next frame, so the figure is not
        // rounded to the display's 16.7 ms frames.
        void document.documentElement.getBoundingClientRect();
        void document.documentElement.offsetHeight;
        performance.mark('bench-committed');
        finish(entry, performance.now() - entry.start);
      }),
    };
    entry.observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    pending = entry;
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
