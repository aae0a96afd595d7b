import type { Page } from 'playwright-core';
import type { ProbeCheck } from './page/probe.js';

export type Side = 'editor' | 'rjsf';
export const sides: readonly Side[] = ['editor', 'rjsf'];
export const sideId: Record<Side, string> = { editor: 'side-editor', rjsf: 'side-rjsf' };

/** Samples of one side; `null` when the expected DOM never came. */
export type Samples = Record<Side, number[]> & { missed: number };
export const emptySamples = (): Samples => ({ editor: [], rjsf: [], missed: 0 });

/**
 * One measurement: arms the page's probe, performs `act` (which must send the keydown), and reads the time
 * from that keydown to the committed, laid-out DOM that satisfies `check`.
 */
export function measure(page: Page, side: Side, check: ProbeCheck, act: () => Promise<void>): Promise<number | null> {
  return measureIn(page, sideId[side], check, act);
}

/** `measure` in any element of the page with an id (the references beside the two sides). */
export async function measureIn(page: Page, id: string, check: ProbeCheck, act: () => Promise<void>): Promise<number | null> {
  await page.evaluate(({ id: element, check: c }) => window.__benchProbe?.arm(element, c), { id, check });
  await act();
  return page.evaluate(() => window.__benchProbe?.result() ?? Promise.resolve(null));
}

export function record(samples: Samples, side: Side, value: number | null, warmUp: boolean): void {
  if (value === null) samples.missed += 1;
  else if (!warmUp) samples[side].push(value);
}

/** Sides in alternating order, block by block, so drift on a shared machine falls on both. */
export const orderFor = (block: number): readonly Side[] => (block % 2 === 0 ? sides : [...sides].reverse());

/** Lets debounced work (the editor validates 150 ms after the last key) finish before the next key. */
export const settle = (page: Page, ms = 220) => page.waitForTimeout(ms);
