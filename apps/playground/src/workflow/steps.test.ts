import { describe, expect, it } from 'vitest';
import { demoWorkflow } from './demo.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addIntercomStep, freeStepName, renameStep, STEP_SPACING, upstreamOf } from './steps.js';
import type { Workflow } from './types.js';

describe('workflow steps', () => {
  it('places each step far enough right of the one before that the widest node never overlaps the next', () => {
    // block-ui's stylesheet caps its node's width (Vitest hands CSS imports over empty; tests run from the repository root).
    const blockUiCss = readFileSync(resolve(process.cwd(), 'packages/block-ui/src/styles/block-ui.css'), 'utf8');
    const widest = Number(/\.wb-intercom\.wb-node \{[^}]*max-width: (\d+)px/.exec(blockUiCss)?.[1]);
    expect(widest).toBeGreaterThan(0);
    expect(STEP_SPACING).toBeGreaterThanOrEqual(widest + 40);
    let { workflow } = addIntercomStep(demoWorkflow());
    workflow = addIntercomStep(workflow).workflow;
    const xs = workflow.steps.map((step) => step.position.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(STEP_SPACING);
  });

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
