import { parseSavedBlock } from '@workflow-blocks/block-core';
import { demoWorkflow } from './demo.js';
import type { Workflow, WorkflowStep } from './types.js';

export const STORAGE_KEY = 'intercom-block-playground.workflow';

function isStep(value: unknown): value is WorkflowStep {
  if (!value || typeof value !== 'object') return false;
  const step = value as Partial<WorkflowStep>;
  return typeof step.id === 'string' && typeof step.name === 'string' && typeof step.label === 'string' &&
    (step.kind === 'trigger' || step.kind === 'classify' || step.kind === 'intercom') &&
    typeof step.position?.x === 'number' && typeof step.position.y === 'number';
}

/** The saved workflow, or the demo when nothing (usable) is saved. */
export function loadWorkflow(storage: Pick<Storage, 'getItem'> = localStorage): Workflow {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return demoWorkflow();
    const parsed = JSON.parse(raw) as Partial<Workflow>;
    if (parsed.version !== 1 || !Array.isArray(parsed.steps) || !parsed.steps.every(isStep)) return demoWorkflow();
    const steps = parsed.steps.map((step) => {
      if (step.kind !== 'intercom') return step;
      // A block saved by an older build is read back through the block's own parser: nothing typed is dropped.
      const { block } = parseSavedBlock(step.block);
      return block ? { ...step, block } : { ...step, block: undefined };
    });
    return { version: 1, steps };
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
