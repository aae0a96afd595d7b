import { describe, expect, it } from 'vitest';
import { demoWorkflow } from './demo.js';
import { describeWorkflowProblems, workflowProblems } from './problems.js';
import { addIntercomStep, updateStep } from './steps.js';

describe('workflowProblems', () => {
  it('finds none in the demo', () => {
    expect(workflowProblems(demoWorkflow(), {})).toEqual([]);
  });

  it('validates a step against the steps before it, as its editor does: a bad reference is a problem', () => {
    const workflow = updateStep(demoWorkflow(), 'intercom-1', {
      block: { type: 'intercom', config: { resource: 'conversation', operation: 'reply', conversationId: '<Trigger.conversation_idd>', message: 'Hi', replyType: 'comment' } },
    });
    const problems = workflowProblems(workflow, {});
    expect(problems.map((p) => p.name)).toEqual(['Intercom']);
    expect(problems[0]?.issues[0]?.message).toMatch(/conversation_idd/);
  });

  it('names every step with problems and what is missing', () => {
    const added = addIntercomStep(demoWorkflow());
    const workflow = updateStep(added.workflow, 'intercom-1', {
      block: { type: 'intercom', config: { resource: 'conversation', operation: 'reply', conversationId: '<Trigger.conversation_id>', replyType: 'comment' } },
    });
    const problems = workflowProblems(updateStep(workflow, added.step.id, { block: { type: 'intercom', config: { resource: 'contact', operation: 'get' } } }), {});
    expect(describeWorkflowProblems(problems)).toBe(
      'Run workflow did not start. Fix these steps first: Intercom: Message is required; Intercom2: Contact ID is required.',
    );
  });

  it('checks custom attributes against the workspace’s, as the editor does once they are loaded, and waits without them', () => {
    const added = addIntercomStep(demoWorkflow());
    const block = { type: 'intercom' as const, config: { resource: 'contact', operation: 'create', email: 'jane@example.com', customAttributesJson: '{"plann": "pro"}' } };
    const workflow = updateStep(added.workflow, added.step.id, { block });
    expect(workflowProblems(workflow, {})).toEqual([]);
    const problems = workflowProblems(workflow, {}, undefined, [{ name: 'plan', data_type: 'string' }]);
    expect(problems[0]?.issues[0]?.message).toMatch(/no custom attribute "plann".*Did you mean "plan"\?/);
  });
});
