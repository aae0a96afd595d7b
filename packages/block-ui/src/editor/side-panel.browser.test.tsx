import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createRoot, type Root } from 'react-dom/client';
import type { UpstreamStep } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from './IntercomBlockEditor.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { sampleUpstream } from '../test-support/sample-data.js';

let root: Root | undefined;
let panel: HTMLDivElement | undefined;
afterEach(() => {
  root?.unmount();
  panel?.remove();
});

const upstream: UpstreamStep[] = [
  ...sampleUpstream,
  {
    name: 'Writer',
    outputs: {
      message: 'Thank you for writing about your invoice: we refunded the duplicate charge today, and it reaches your card within five days.',
      conversation_id: '1911149811',
    },
  },
];

/** The editor in a host's scrolling side panel of the given width, as a Workflow Builder embeds it. */
async function mountInSidePanel(width: number) {
  panel = document.createElement('div');
  Object.assign(panel.style, { width: `${width}px`, height: '560px', overflow: 'auto', position: 'relative' });
  document.body.append(panel);
  root = createRoot(panel);
  root.render(
    <IntercomBlockEditor
      defaultValue={{ type: 'intercom', config: { resource: 'conversation', operation: 'reply', conversationId: '<Writer.conversation_id>', message: '' } }}
      upstream={upstream}
      transport={createFakeTransport()}
    />,
  );
  await expect.poll(() => panel!.querySelector('[aria-label="Insert a reference into Message"]')).toBeTruthy();
  return panel;
}

/** Elements of the editor reaching past the panel's right edge (a horizontal scrollbar in the host). */
function overflowing(container: HTMLElement): string[] {
  const right = container.getBoundingClientRect().left + container.clientWidth;
  return [...container.querySelectorAll<HTMLElement>('.wb-intercom *')]
    .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > right + 0.5)
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}

describe.each([320, 400, 480])('the editor in a %i px side panel', (width) => {
  it('fits the panel’s width', async () => {
    const container = await mountInSidePanel(width);
    // Let the connection and the workspace data arrive, which add the connection card and the admin picker.
    await expect.poll(() => container.textContent).toMatch(/Sandbox/);
    expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
    expect(overflowing(container)).toEqual([]);
  });

  it('opens the reference picker where it can be seen, its output names whole beside long sample values', async () => {
    const container = await mountInSidePanel(width);
    await userEvent.click(container.querySelector<HTMLElement>('[aria-label="Insert a reference into Message"]')!);
    await userEvent.keyboard('Writer');
    await expect.poll(() => container.querySelectorAll('.wb-picker-option').length).toBeGreaterThanOrEqual(2);
    const seen = container.getBoundingClientRect();
    const list = container.querySelector<HTMLElement>('.wb-picker-list')!.getBoundingClientRect();
    expect(list.top).toBeGreaterThanOrEqual(seen.top);
    expect(list.bottom).toBeLessThanOrEqual(seen.top + container.clientHeight + 0.5);
    const names = [...container.querySelectorAll<HTMLElement>('.wb-picker-option .wb-picker-name')];
    expect(names.map((name) => name.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/message/), expect.stringMatching(/conversation_id/)]));
    for (const name of names) expect(name.scrollWidth, name.textContent ?? '').toBeLessThanOrEqual(name.clientWidth);
  });
});

describe('the reference picker at the bottom of a scrolled panel', () => {
  it('scrolls the panel so its whole list is in view when it opens', async () => {
    const container = await mountInSidePanel(360);
    container.style.height = '440px';
    const button = container.querySelector<HTMLElement>('[aria-label="Insert a reference into Message"]')!;
    // The Message field at the panel's bottom edge, as after scrolling down to it.
    container.scrollTop += button.getBoundingClientRect().bottom - (container.getBoundingClientRect().top + container.clientHeight) + 4;
    // A DOM click: the test's pointer would scroll the button to the middle of the panel first.
    button.click();
    await expect.poll(() => container.querySelector('.wb-picker-list')).toBeTruthy();
    const seen = container.getBoundingClientRect();
    const list = container.querySelector<HTMLElement>('.wb-picker-list')!.getBoundingClientRect();
    expect(list.height).toBeGreaterThan(0);
    const pickerBottom = () => container.querySelector<HTMLElement>('.wb-picker')!.getBoundingClientRect().bottom;
    await expect.poll(pickerBottom).toBeLessThanOrEqual(seen.top + container.clientHeight + 0.5);
    // A search with more matches than the steps listed makes the list taller: it stays in view.
    const rowsBefore = container.querySelectorAll('.wb-picker-option').length;
    await userEvent.keyboard('e');
    await expect.poll(() => container.querySelectorAll('.wb-picker-option').length).toBeGreaterThan(rowsBefore);
    await expect.poll(pickerBottom).toBeLessThanOrEqual(seen.top + container.clientHeight + 0.5);
  });
});
