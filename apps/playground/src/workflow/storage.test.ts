import { describe, expect, it } from 'vitest';
import { demoWorkflow } from './demo.js';
import { clearWorkflow, loadWorkflow, saveWorkflow, STORAGE_KEY } from './storage.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

describe('workflow storage', () => {
  it('survives a reload and returns to the demo after a reset', () => {
    const storage = memoryStorage();
    const workflow = demoWorkflow();
    workflow.steps[0]!.name = 'Inbound';
    saveWorkflow(workflow, storage);
    expect(loadWorkflow(storage).steps[0]?.name).toBe('Inbound');
    clearWorkflow(storage);
    expect(loadWorkflow(storage)).toEqual(demoWorkflow());
  });

  it('falls back to the demo when what is stored is not a workflow', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"steps":[{"id":1}]}');
    expect(loadWorkflow(storage)).toEqual(demoWorkflow());
    storage.setItem(STORAGE_KEY, 'not json');
    expect(loadWorkflow(storage)).toEqual(demoWorkflow());
  });

  it('keeps a block value the operation does not use', () => {
    const storage = memoryStorage();
    const workflow = demoWorkflow();
    workflow.steps[2]!.block!.config.email = 'kept@example.com';
    saveWorkflow(workflow, storage);
    expect(loadWorkflow(storage).steps[2]?.block?.config.email).toBe('kept@example.com');
  });
});
