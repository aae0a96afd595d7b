import type { BlockOutputs, SavedIntercomBlock } from '@workflow-blocks/block-core';

export type StepKind = 'trigger' | 'classify' | 'intercom';

/** One step of the demo workflow; `name` is what references use (`<Trigger.message>`). */
export interface WorkflowStep {
  id: string;
  kind: StepKind;
  name: string;
  label: string;
  position: { x: number; y: number };
  /** What a trigger or AI step produces in the demo (they are simulated). */
  sampleOutputs?: Record<string, unknown>;
  /** An Intercom step's saved form. */
  block?: SavedIntercomBlock;
}

/** A linear workflow: steps run in array order, each after the one before. */
export interface Workflow {
  version: 1;
  steps: WorkflowStep[];
}

/** The outcome of running one step. */
export interface StepRun {
  status: 'running' | 'succeeded' | 'failed';
  outputs?: Record<string, unknown> | BlockOutputs;
  startedAt: number;
  finishedAt?: number;
  /** Runs started from the block editor show their outputs there already. */
  source?: 'editor' | 'workflow';
}
