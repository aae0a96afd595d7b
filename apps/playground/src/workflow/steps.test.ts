import { describe, expect, it } from 'vitest';
import { demoWorkflow } from './demo.js';
import { addIntercomStep, freeStepName, renameStep, upstreamOf } from './steps.js';
import type { Workflow } from './types.js';

describe('workflow steps', () => {
  it('gives a new Intercom block a free reference name', () => {
    const { workflow, step } = addIntercomStep(demoWorkflow());
    expect(step.name).toBe('Intercom2');
    expect(freeStepName(workflow, 'Intercom')).toBe('Intercom3');
    expect(workflow.steps.at(-1)?.id).toBe(step.id);
  });

  it('lists the steps before a step as its upstream, with samples', () => {
    const upstream = upstreamOf(demoWorkflow(), 'intercom-1');
    expect(upstream.map((u) => u.name)).toEqual(['Trigger', 'Classify']);
    expect(upstream[0]?.outputs).toMatchObject({ contact: { email: 'jonas.becker@kraftwerk-logistics.example' } });
  });

  it('renames a step and the references to it downstream', () => {
    const renamed = renameStep(demoWorkflow(), 'trigger', 'Inbound') as Workflow;
    expect(renamed.steps[0]?.name).toBe('Inbound');
    expect(renamed.steps[2]?.block?.config.conversationId).toBe('<Inbound.conversation_id>');
    expect(renameStep(demoWorkflow(), 'trigger', 'Classify')).toMatch(/already called/);
    expect(renameStep(demoWorkflow(), 'trigger', 'two words')).toMatch(/letters, digits/);
  });
});
