import { describe, expect, it } from 'vitest';
import { monaco } from './monaco-setup.js';

async function waitFor<T>(read: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Monaco from the installed package', () => {
  it('mounts and reports a JSON syntax diagnostic from the JSON worker', async () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    host.style.height = '200px';
    document.body.append(host);
    const model = monaco.editor.createModel('{"a": 1 "b": 2}', 'json', monaco.Uri.parse('inmemory://test/a.json'));
    const editor = monaco.editor.create(host, { model });

    const markers = await waitFor(() => {
      const found = monaco.editor.getModelMarkers({ resource: model.uri });
      return found.length > 0 ? found : undefined;
    });
    expect(markers[0]?.message).toMatch(/comma/i);
    expect(markers[0]?.startLineNumber).toBe(1);
    expect(host.querySelector('.monaco-editor')).not.toBeNull();

    editor.dispose();
    model.dispose();
    host.remove();
  });
});
