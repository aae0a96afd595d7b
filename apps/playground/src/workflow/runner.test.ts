import { describe, expect, it } from 'vitest';
import type { BlockOutputs, BlockTransport, IntercomConfig } from '@workflow-blocks/block-core';
import { demoWorkflow, DEMO_CONVERSATION_ID } from './demo.js';
import { addIntercomStep, updateStep } from './steps.js';
import { runStep, runStepsBefore, runWorkflow } from './runner.js';
import type { StepRun } from './types.js';

function recordingTransport(answer: (config: IntercomConfig) => BlockOutputs) {
  const sent: IntercomConfig[] = [];
  const transport: BlockTransport = {
    execute(config) {
      sent.push(config);
      return Promise.resolve(answer(config));
    },
    connection: () => Promise.resolve({ state: 'connected', connected: true, mode: 'sandbox', region: 'us', connectMethods: ['token'] }),
    ticketTypes: () => Promise.resolve([]),
    admins: () => Promise.resolve([]),
  };
  return { transport, sent };
}

describe('runWorkflow', () => {
  it('runs the steps in order and passes each step outputs on, so references resolve', async () => {
    const { transport, sent } = recordingTransport(() => ({ success: true, conversation: { id: DEMO_CONVERSATION_ID } }));
    const events: [string, StepRun['status']][] = [];
    const runs = await runWorkflow(demoWorkflow(), transport, (id, run) => events.push([id, run.status]));

    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe(DEMO_CONVERSATION_ID);
    expect(sent[0]?.message).toMatch(/^Thanks for flagging this/);
    expect(runs['intercom-1']?.status).toBe('succeeded');
    expect(events.map(([id, status]) => `${id}:${status}`)).toEqual([
      'trigger:running',
      'trigger:succeeded',
      'classify:running',
      'classify:succeeded',
      'intercom-1:running',
      'intercom-1:succeeded',
    ]);
  });

  it('feeds one Intercom step outputs into the next one', async () => {
    const added = addIntercomStep(demoWorkflow());
    const workflow = updateStep(added.workflow, added.step.id, {
      block: { type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '<Intercom.conversation.contacts.contacts[0].id>' } },
    });
    const { transport, sent } = recordingTransport((config) =>
      config.operation === 'reply'
        ? { success: true, conversation: { id: 'c1', contacts: { contacts: [{ id: 'contact-42' }] } } }
        : { success: true, contact: { id: 'contact-42' } },
    );
    const runs = await runWorkflow(workflow, transport);
    expect(sent[1]?.contactId).toBe('contact-42');
    expect(runs[added.step.id]?.status).toBe('succeeded');
  });

  it('stops at a failed step and sends nothing for an unresolvable reference', async () => {
    const workflow = updateStep(demoWorkflow(), 'intercom-1', {
      block: { type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '<Missing.id>' } },
    });
    const { transport, sent } = recordingTransport(() => ({ success: true }));
    const runs = await runWorkflow(workflow, transport);
    expect(sent).toHaveLength(0);
    expect(runs['intercom-1']?.status).toBe('failed');
    expect((runs['intercom-1']?.outputs as BlockOutputs).error).toMatch(/Missing/);
  });
});

describe('runStep', () => {
  it('uses the sample outputs of earlier steps that have not run', async () => {
    const { transport, sent } = recordingTransport(() => ({ success: true }));
    await runStep(demoWorkflow(), 'intercom-1', transport, {});
    expect(sent[0]?.conversationId).toBe(DEMO_CONVERSATION_ID);
  });
});

describe('runStepsBefore', () => {
  it('runs only the steps before the given one, in order, so its references to them resolve', async () => {
    const added = addIntercomStep(demoWorkflow());
    const { transport, sent } = recordingTransport(() => ({ success: true, conversation: { id: DEMO_CONVERSATION_ID } }));
    const runs = await runStepsBefore(added.workflow, added.step.id, transport);
    expect(Object.keys(runs)).toEqual(['trigger', 'classify', 'intercom-1']);
    expect(sent.map((config) => config.operation)).toEqual(['reply']);
    expect(runs[added.step.id]).toBeUndefined();
  });
});
