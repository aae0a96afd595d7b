import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadSelectControl } from '../fields/SelectControl.js';
import { loadReferencePicker } from '../references/LazyReferencePicker.js';

// Monaco cannot run in jsdom: the lazily loaded editor module is replaced by a textarea stand-in.
vi.mock('../json-editor/MonacoJsonEditor.js', () => import('./JsonEditorStandIn.js'));

// Radix Select calls pointer-capture and scrolling APIs that jsdom lacks.
const proto = Element.prototype as unknown as Record<string, unknown>;
proto.hasPointerCapture ??= () => false;
proto.setPointerCapture ??= () => undefined;
proto.releasePointerCapture ??= () => undefined;
proto.scrollIntoView ??= () => undefined;

// Radix Select and the reference picker are fetched beside block-ui's entry; tests start once they are there.
await Promise.all([loadSelectControl(), loadReferencePicker()]);

// findBy*/waitFor wait for lazy chunks (validation engine) that a loaded 2-core CI machine fetches slowly.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
