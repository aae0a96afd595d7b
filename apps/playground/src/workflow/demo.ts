import type { Workflow } from './types.js';

/** The conversation and contact the demo trigger points at: seeded in the embedded sandbox. */
export const DEMO_CONVERSATION_ID = '215470000000102';

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
          contact: { email: 'elena.rossi@brightpath.example', name: 'Elena Rossi' },
          conversation_id: DEMO_CONVERSATION_ID,
          message: 'Hi, invoice INV-2025-0412 shows the wrong VAT number. Can you send a corrected one?',
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
            { name: 'invoice', score: 0.81 },
          ],
          suggested_reply: 'Thanks for flagging this! I have corrected the VAT number and will send you the new invoice today.',
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
