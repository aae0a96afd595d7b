import { blockOutputShape, createDefaultConfig, renameStepReferences, type UpstreamStep } from '@workflow-blocks/block-core';
import type { StepRun, Workflow, WorkflowStep } from './types.js';

/** The steps before `stepId`, as the editor's upstream list: last run outputs, else samples, else the block's shape. */
export function upstreamOf(workflow: Workflow, stepId: string, runs: Record<string, StepRun> = {}): UpstreamStep[] {
  const index = workflow.steps.findIndex((s) => s.id === stepId);
  return workflow.steps.slice(0, Math.max(index, 0)).map((step) => {
    const ran = runs[step.id]?.outputs as Record<string, unknown> | undefined;
    if (ran) return { name: step.name, outputs: ran };
    if (step.sampleOutputs) return { name: step.name, outputs: step.sampleOutputs };
    return { name: step.name, shape: blockOutputShape(step.block?.config ?? createDefaultConfig()) };
  });
}

/** A reference-safe name not yet used: Intercom, Intercom2, Intercom3... */
export function freeStepName(workflow: Workflow, base: string): string {
  const taken = new Set(workflow.steps.map((s) => s.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/**
 * How far apart steps are placed, left to right: the widest node (block-ui's Intercom node, at most 280 px) and
 * room for the edge between, so a wide node never overlaps the next.
 */
export const STEP_SPACING = 340;

/** Appends a new Intercom block after the last step. */
export function addIntercomStep(workflow: Workflow): { workflow: Workflow; step: WorkflowStep } {
  const last = workflow.steps.at(-1);
  const name = freeStepName(workflow, 'Intercom');
  const ids = new Set(workflow.steps.map((s) => s.id));
  let n = workflow.steps.length + 1;
  while (ids.has(`intercom-${n}`)) n += 1;
  const step: WorkflowStep = {
    id: `intercom-${n}`,
    kind: 'intercom',
    name,
    label: 'Intercom',
    position: { x: (last?.position.x ?? 0) + STEP_SPACING, y: last?.position.y ?? 120 },
    block: { type: 'intercom', config: createDefaultConfig() },
  };
  return { workflow: { ...workflow, steps: [...workflow.steps, step] }, step };
}

export function removeStep(workflow: Workflow, stepId: string): Workflow {
  return { ...workflow, steps: workflow.steps.filter((s) => s.id !== stepId || s.kind === 'trigger') };
}

export function updateStep(workflow: Workflow, stepId: string, change: Partial<WorkflowStep>): Workflow {
  return { ...workflow, steps: workflow.steps.map((s) => (s.id === stepId ? { ...s, ...change } : s)) };
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Renames a step and rewrites every reference to it in the blocks after it. */
export function renameStep(workflow: Workflow, stepId: string, to: string): Workflow | string {
  const step = workflow.steps.find((s) => s.id === stepId);
  if (!step) return 'That step no longer exists.';
  if (!identifier.test(to)) return 'A step name starts with a letter or _ and has only letters, digits and _.';
  if (workflow.steps.some((s) => s.id !== stepId && s.name === to)) return `Another step is already called ${to}.`;
  const from = step.name;
  return {
    ...workflow,
    steps: workflow.steps.map((s) => {
      const renamed = s.id === stepId ? { ...s, name: to } : s;
      if (!renamed.block) return renamed;
      return { ...renamed, block: { ...renamed.block, config: renameStepReferences(renamed.block.config, from, to) } };
    }),
  };
}
