import type { StepOutputs, UpstreamStep } from '@workflow-blocks/block-core';

/**
 * The upstream steps' sample outputs by step name, standing in for real outputs in the preview and test runs.
 * @example sampleStepOutputs([{ name: 'Trigger', outputs: { email: 'a@b.co' } }]) // { Trigger: { email: 'a@b.co' } }
 */
export function sampleStepOutputs(upstream: readonly UpstreamStep[]): StepOutputs {
  const outputs: StepOutputs = {};
  for (const step of upstream) if (step.outputs) outputs[step.name] = step.outputs;
  return outputs;
}
