import { runBlock, type BlockOutputs, type BlockTransport, type StepOutputs } from '@workflow-blocks/block-core';
import type { StepRun, Workflow, WorkflowStep } from './types.js';

export type RunListener = (stepId: string, run: StepRun) => void;

async function runOne(step: WorkflowStep, stepOutputs: StepOutputs, transport: BlockTransport): Promise<StepRun> {
  const startedAt = Date.now();
  if (step.kind !== 'intercom') {
    // The trigger and the AI step are simulated by their sample outputs.
    return { status: 'succeeded', outputs: step.sampleOutputs ?? {}, startedAt, finishedAt: Date.now() };
  }
  if (!step.block) {
    const outputs: BlockOutputs = { success: false, error: 'This Intercom step has no configuration.' };
    return { status: 'failed', outputs, startedAt, finishedAt: Date.now() };
  }
  const outputs = await runBlock(step.block.config, { stepOutputs, transport });
  return { status: outputs.success ? 'succeeded' : 'failed', outputs, startedAt, finishedAt: Date.now() };
}

/** What earlier steps produced, by step name: last runs first, then samples. */
export function outputsBefore(workflow: Workflow, stepId: string, runs: Record<string, StepRun>): StepOutputs {
  const outputs: StepOutputs = {};
  for (const step of workflow.steps) {
    if (step.id === stepId) break;
    const ran = runs[step.id]?.outputs as Record<string, unknown> | undefined;
    const value = ran ?? step.sampleOutputs;
    if (value) outputs[step.name] = value;
  }
  return outputs;
}

/** Runs one step with what the steps before it last produced. */
export async function runStep(
  workflow: Workflow,
  stepId: string,
  transport: BlockTransport,
  runs: Record<string, StepRun>,
  listener?: RunListener,
): Promise<StepRun | undefined> {
  const step = workflow.steps.find((s) => s.id === stepId);
  if (!step) return undefined;
  listener?.(step.id, { status: 'running', startedAt: Date.now() });
  const result = await runOne(step, outputsBefore(workflow, stepId, runs), transport);
  listener?.(step.id, result);
  return result;
}

/** Runs every step in order, each step's outputs passed on; stops at the first failure. */
export async function runWorkflow(workflow: Workflow, transport: BlockTransport, listener?: RunListener): Promise<Record<string, StepRun>> {
  const runs: Record<string, StepRun> = {};
  const stepOutputs: StepOutputs = {};
  for (const step of workflow.steps) {
    listener?.(step.id, { status: 'running', startedAt: Date.now() });
    const result = await runOne(step, stepOutputs, transport);
    runs[step.id] = result;
    listener?.(step.id, result);
    if (result.status === 'failed') break;
    stepOutputs[step.name] = (result.outputs ?? {}) as Record<string, unknown>;
  }
  return runs;
}

/** Runs the steps before `stepId` in order, as a workflow run would, so the step's references have values; stops at a failure. */
export async function runStepsBefore(
  workflow: Workflow,
  stepId: string,
  transport: BlockTransport,
  listener?: RunListener,
): Promise<Record<string, StepRun>> {
  const index = workflow.steps.findIndex((s) => s.id === stepId);
  return runWorkflow({ ...workflow, steps: workflow.steps.slice(0, Math.max(index, 0)) }, transport, listener);
}
