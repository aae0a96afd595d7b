import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { userEvent } from 'vitest/browser';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types into Monaco one key at a time (it reads keys through its native edit context). */
export async function typeSlowly(text: string): Promise<void> {
  for (const char of text) {
    await userEvent.keyboard(char === '{' ? '{{' : char === '[' ? '[[' : char);
    await sleep(10);
  }
}

const mounted: { root: Root; host: HTMLDivElement }[] = [];

/** Renders an editor into a 640 px wide element of the page (wide enough for Monaco's widgets); returns that element. */
export function mountBlockEditor(element: ReactElement): HTMLDivElement {
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  const root = createRoot(host);
  root.render(element);
  mounted.push({ root, host });
  return host;
}

/** Unmounts and removes what mountBlockEditor put on the page (for afterEach). */
export function unmountBlockEditors(): void {
  for (const { root, host } of mounted.splice(0)) {
    root.unmount();
    host.remove();
  }
}
