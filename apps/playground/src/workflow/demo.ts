import type { Workflow } from './types.js';

/** The conversation and contact the demo trigger points at: seeded in the embedded sandbox. */
export const DEMO_CONVERSATION_ID = '215472000000001';

/** The workflow a new visitor sees, and what Reset returns to. */
export function demoWorkflow(): Workflow {
  return {
    version: 1,
    steps: [
      {
        id: 'trigger',
        kind: 'trigger',
        name: 'Trigger',
        label: 'New conversation',
        position: { x: 40, y: 120 },
        sampleOutputs: {
          contact: { email: 'maya.fischer@example.com', name: 'Maya Fischer' },
          conversation_id: DEMO_CONVERSATION_ID,
          message: 'Hi, I was charged twice for my Pro plan this month. Can you help?',
        },
      },
      {
        id: 'classify',
        kind: 'classify',
        name: 'Classify',
        label: 'Classify',
        position: { x: 320, y: 120 },
        sampleOutputs: {
          category: 'billing',
          priority: 'high',
          labels: [
            { name: 'billing', score: 0.94 },
            { name: 'refund', score: 0.71 },
          ],
          suggested_reply: 'Thanks for reaching out! I can see the duplicate charge and have started a refund.',
        },
      },
      {
        id: 'intercom-1',
        kind: 'intercom',
        name: 'Intercom',
        label: 'Intercom',
        position: { x: 600, y: 120 },
        block: {
          type: 'intercom',
          config: {
            resource: 'conversation',
            operation: 'reply',
            conversationId: '<Trigger.conversation_id>',
            message: '<Classify.suggested_reply>',
            replyType: 'comment',
          },
        },
      },
    ],
  };
}
