import { demoWorkflow } from './demo.js';
import type { Workflow } from './types.js';
import { readWorkflow } from './workflow-file.js';

export const STORAGE_KEY = 'intercom-block-playground.workflow';

/** The saved workflow, or the demo when nothing (usable) is saved. */
export function loadWorkflow(storage: Pick<Storage, 'getItem'> = localStorage): Workflow {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return demoWorkflow();
    // A block saved by an older build is read back through the block's own parser: nothing typed is dropped.
    return readWorkflow(raw).workflow ?? demoWorkflow();
  } catch {
    return demoWorkflow();
  }
}

export function saveWorkflow(workflow: Workflow, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(workflow));
}

export function clearWorkflow(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  storage.removeItem(STORAGE_KEY);
}
