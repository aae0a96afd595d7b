import { validateConfig, type DataAttributeInfo, type TicketTypeInfo, type ValidationIssue } from '@workflow-blocks/block-core';
import { upstreamOf } from './steps.js';
import type { StepRun, Workflow } from './types.js';

/** A step block-core finds problems in, validated exactly as its editor validates it. */
export interface StepProblems {
  stepId: string;
  name: string;
  issues: ValidationIssue[];
}

/**
 * The Intercom steps with problems, in workflow order: each block validated by block-core against the same upstream
 * steps (last runs, samples or shapes), ticket types and custom attributes its editor and canvas node use, so all three agree.
 */
export function workflowProblems(
  workflow: Workflow,
  runs: Record<string, StepRun>,
  ticketTypes?: TicketTypeInfo[],
  dataAttributes?: readonly DataAttributeInfo[],
): StepProblems[] {
  const found: StepProblems[] = [];
  for (const step of workflow.steps) {
    if (step.kind !== 'intercom') continue;
    const issues = step.block
      ? validateConfig(step.block.config, {
          upstream: upstreamOf(workflow, step.id, runs),
          ...(ticketTypes?.length ? { ticketTypes } : {}),
          ...(dataAttributes ? { dataAttributes } : {}),
        })
      : [{ field: 'block', code: 'missing', message: 'This Intercom step has no configuration.' }];
    if (issues.length > 0) found.push({ stepId: step.id, name: step.name, issues });
  }
  return found;
}

/** Why Run workflow does not start, naming each step and its first problem. */
export function describeWorkflowProblems(problems: StepProblems[]): string {
  const steps = problems.map(({ name, issues }) => {
    const first = issues[0]?.message.split(/: |\. /)[0]?.replace(/\.$/, '') ?? '';
    const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
    return `${name}: ${first}${more}`;
  });
  return `Run workflow did not start. Fix ${problems.length === 1 ? 'this step' : 'these steps'} first: ${steps.join('; ')}.`;
}
