import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createRoot, type Root } from 'react-dom/client';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { contrastRatio, shownColours } from '../test-support/contrast.js';
import { createFakeTransport } from '../test-support/fake-transport.js';

let root: Root | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

/** The editor of an admin list (no fields to fill), ready to run through a slow fake transport. */
async function mountRunnable(theme: 'light' | 'dark' = 'light') {
  host = document.createElement('div');
  host.style.width = '400px';
  document.body.append(host);
  root = createRoot(host);
  root.render(
    <IntercomBlockEditor
      defaultValue={{ type: 'intercom', config: { resource: 'admin', operation: 'list' } }}
      transport={createFakeTransport({ delayMs: 200 })}
      theme={theme}
    />,
  );
  const run = () => [...host!.querySelectorAll('button')].find((button) => button.textContent === 'Run');
  await expect.poll(() => run()?.disabled, { timeout: 15_000 }).toBe(false);
  return run()!;
}

describe('Run in a real browser', () => {
  it('keeps keyboard focus on Run while the block runs and after it finished', async () => {
    const run = await mountRunnable();
    run.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => host!.querySelector('progress') !== null).toBe(true);
    expect(document.activeElement).toBe(run);
    expect(run).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(() => host!.textContent).toMatch(/Succeeded in \d+ ms/);
    expect(document.activeElement).toBe(run);
    expect(run).not.toHaveAttribute('aria-disabled');
  });

  it.each(['light', 'dark'] as const)('keeps the primary button’s text readable under the pointer (%s theme)', async (theme) => {
    const run = await mountRunnable(theme);
    await userEvent.unhover(run);
    const { color, background } = shownColours(run);
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
    await userEvent.hover(run);
    const hovered = shownColours(run);
    expect(hovered.background).not.toBe(background);
    expect(contrastRatio(hovered.color, hovered.background)).toBeGreaterThanOrEqual(4.5);
    // A plain button under the pointer too (the request preview's summary is no button; the picker's is).
    const plain = host!.querySelector<HTMLButtonElement>('.wb-button:not([data-variant="primary"]):not(:disabled)');
    if (plain) {
      await userEvent.hover(plain);
      const shown = shownColours(plain);
      expect(contrastRatio(shown.color, shown.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
