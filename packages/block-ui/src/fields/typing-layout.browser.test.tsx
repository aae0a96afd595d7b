import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import type { IntercomConfig } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';

let root: Root | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

async function mount(config: IntercomConfig, fontSize: string): Promise<HTMLElement> {
  host = document.createElement('div');
  host.style.width = '480px';
  host.style.fontSize = fontSize;
  document.body.append(host);
  root = createRoot(host);
  root.render(<IntercomBlockEditor defaultValue={{ type: 'intercom', config }} panels={{ connection: false, preview: false, run: false }} />);
  await expect.poll(() => host!.querySelectorAll('.wb-input').length).toBeGreaterThan(0);
  return host;
}

const typingControls = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('input.wb-input, textarea.wb-input')];

/**
 * Chromium lays out only a box that has size and layout containment and is no flex or grid item when its content
 * changes; anything else makes every keystroke lay out the host's whole page up to the root.
 */
describe('text controls contain their own layout', () => {
  const blocks: [string, IntercomConfig][] = [
    ['single-line text (contact.create)', { resource: 'contact', operation: 'create', email: 'jane@example.com' }],
    ['multi-line text (conversation.reply)', { resource: 'conversation', operation: 'reply', message: 'a\nb\nc\nd\ne\nf' }],
    ['a number (conversation.list)', { resource: 'conversation', operation: 'list', perPage: 20 }],
  ];

  for (const [name, config] of blocks) {
    for (const fontSize of ['14px', '22px']) {
      it(`${name} at ${fontSize}: a relayout boundary, sized as without containment`, async () => {
        const container = await mount(config, fontSize);
        const controls = typingControls(container);
        expect(controls.length).toBeGreaterThan(0);
        for (const control of controls) {
          const style = getComputedStyle(control);
          expect(style.contain, control.id).toBe('strict');
          expect(style.display, control.id).toBe('block');
          expect(getComputedStyle(control.parentElement!).display, `${control.id}'s parent`).not.toMatch(/flex|grid/);
          // Size containment must not change how big the control is (a textarea's rows, a larger host font).
          const contained = control.getBoundingClientRect();
          control.style.contain = 'none';
          const free = control.getBoundingClientRect();
          control.style.contain = '';
          expect([contained.width, contained.height], control.id).toEqual([free.width, free.height]);
        }
      });
    }
  }
});
