import { describe, expect, it } from 'vitest';
import { demoWorkflow } from './demo.js';
import { addIntercomStep, updateStep } from './steps.js';
import { readWorkflow, serializeWorkflow } from './workflow-file.js';

describe('workflow file', () => {
  it('round-trips every step losslessly, unused block values and positions included', () => {
    const added = addIntercomStep(demoWorkflow());
    const workflow = updateStep(added.workflow, added.step.id, {
      position: { x: 913.5, y: -20 },
      block: { type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>', email: 'kept@example.com', futureKey: { a: [1] } } },
    });
    const read = readWorkflow(serializeWorkflow(workflow));
    expect(read.problems).toEqual([]);
    expect(read.workflow).toEqual(workflow);
    expect(serializeWorkflow(read.workflow!)).toBe(serializeWorkflow(workflow));
  });

  it('says what it found: not JSON, not a workflow, or a step that is not one', () => {
    expect(readWorkflow('{"version": 1,').problems[0]).toMatch(/^This is not JSON/);
    expect(readWorkflow('{"type": "intercom", "config": {}}').problems).toEqual(['This is not a workflow: expected { "version": 1, "steps": [...] }.']);
    expect(readWorkflow('{"version": 1, "steps": [{"id": "a"}]}').problems).toEqual(['Step 1 is not a step: it needs id, kind, name, label and position.']);
  });

  it("lists each block's problems under its step name, keeping what was written", () => {
    const workflow = updateStep(demoWorkflow(), 'intercom-1', { block: { type: 'intercom', config: { resource: 'contact', operation: 'fly' } } });
    const read = readWorkflow(serializeWorkflow(workflow));
    expect(read.problems).toEqual([expect.stringMatching(/^Intercom: operation: /)]);
    expect(read.workflow?.steps[2]?.block?.config.operation).toBe('fly');
  });
});
