import { parseSavedBlock } from '@workflow-blocks/block-core';
import type { Workflow, WorkflowStep } from './types.js';

/** What reading a workflow file found: the workflow (when there is one) and each problem, in words. */
export interface ReadWorkflow {
  workflow?: Workflow;
  problems: string[];
}

function isStep(value: unknown): value is WorkflowStep {
  if (!value || typeof value !== 'object') return false;
  const step = value as Partial<WorkflowStep>;
  return typeof step.id === 'string' && typeof step.name === 'string' && typeof step.label === 'string' &&
    (step.kind === 'trigger' || step.kind === 'classify' || step.kind === 'intercom') &&
    typeof step.position?.x === 'number' && typeof step.position.y === 'number';
}

/** The workflow as a file: every step with its block, exactly as the playground keeps it (reading it back is lossless). */
export function serializeWorkflow(workflow: Workflow): string {
  return `${JSON.stringify(workflow, null, 2)}\n`;
}

/**
 * Reads a workflow file (or what localStorage holds). Each Intercom block goes through block-core's own parser, so
 * nothing typed is dropped; what that parser reports is listed per step.
 */
export function readWorkflow(text: string): ReadWorkflow {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problems: [`This is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const candidate = parsed as Partial<Workflow> | null;
  if (!candidate || typeof candidate !== 'object' || candidate.version !== 1 || !Array.isArray(candidate.steps)) {
    return { problems: ['This is not a workflow: expected { "version": 1, "steps": [...] }.'] };
  }
  const broken = candidate.steps.findIndex((step) => !isStep(step));
  if (broken >= 0) return { problems: [`Step ${broken + 1} is not a step: it needs id, kind, name, label and position.`] };
  const problems: string[] = [];
  const steps = candidate.steps.map((step) => {
    if (step.kind !== 'intercom') return step;
    const { block, issues } = parseSavedBlock(step.block);
    for (const issue of issues) problems.push(`${step.name}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`);
    return block ? { ...step, block } : { ...step, block: undefined };
  });
  return { workflow: { version: 1, steps }, problems };
}
