import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createRoot, type Root } from 'react-dom/client';
import axe from 'axe-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { loadSelectControl } from './SelectControl.js';

let root: Root | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

/** The editor in a host page that has its own focusable controls around it, as a Workflow Builder does. */
function mountInHost() {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  root.render(
    <>
      <header>
        <button type="button">Run workflow</button>
      </header>
      <main style={{ width: 400 }}>
        <IntercomBlockEditor defaultValue={{ type: 'intercom', config: { resource: 'contact', operation: 'update', contactId: '1' } }} transport={createFakeTransport()} />
      </main>
    </>,
  );
}

const trigger = (name: string) => [...document.querySelectorAll<HTMLElement>('[role="combobox"]')].find((el) => el.textContent !== null && el.id && document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.startsWith(name));

describe('A select’s open list in a real browser', () => {
  it.each(['Operation', 'Role'])('leaves nothing hidden focusable and names its list (%s), then gives focus back', async (name) => {
    // Radix Select arrives beside the entry: the list is the real one's, not its stand-in's.
    await loadSelectControl();
    mountInHost();
    await expect.poll(() => trigger(name)).toBeTruthy();
    const select = trigger(name)!;
    select.focus();
    await userEvent.keyboard('{Enter}');
    const list = await expect.poll(() => document.querySelector('[role="listbox"]')).toBeTruthy().then(() => document.querySelector<HTMLElement>('[role="listbox"]')!);
    expect(list.getAttribute('aria-labelledby')).toBe(select.getAttribute('aria-labelledby'));
    expect(document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent).toMatch(new RegExp(`^${name}`));

    const results = await axe.run(document, { resultTypes: ['violations'] });
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => document.querySelector('[role="listbox"]')).toBeNull();
    await expect.poll(() => document.activeElement).toBe(select);
    expect(document.querySelector('[inert], [data-aria-hidden]')).toBeNull();
  });
});
