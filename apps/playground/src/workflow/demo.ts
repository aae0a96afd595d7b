import { STEP_SPACING } from './steps.js';
import type { Workflow } from './types.js';

/**
 * The demo is one story the embedded sandbox's seed data can follow: Jonas Becker (a seeded contact) wrote the seeded
 * conversation about invoice INV-2025-0412; Classify reads it, finds the finance team's address he mentions (not yet
 * a contact), and drafts the reply the Intercom step posts to his conversation.
 */
export const DEMO_CONVERSATION_ID = '215470000000102';
/** The seeded contact who wrote that conversation. */
export const DEMO_CONTACT = { id: '65f38f7fc0ffee0000000002', email: 'jonas.becker@kraftwerk-logistics.example', name: 'Jonas Becker' };

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
          contact: { ...DEMO_CONTACT },
          conversation_id: DEMO_CONVERSATION_ID,
          message:
            'Hello, our invoice INV-2025-0412 shows our old VAT number DE811907980. Could you reissue it with DE298765431? Please copy our finance team, finance@kraftwerk-logistics.example.',
        },
      },
      {
        id: 'classify',
        kind: 'classify',
        name: 'Classify',
        label: 'Classify',
        position: { x: 40 + STEP_SPACING, y: 120 },
        sampleOutputs: {
          category: 'billing',
          priority: 'high',
          labels: [
            { name: 'billing', score: 0.94 },
            { name: 'invoice', score: 0.81 },
          ],
          billing_contact: { email: 'finance@kraftwerk-logistics.example', name: 'Kraftwerk Finance' },
          suggested_reply: 'Thanks for flagging this! I have corrected the VAT number and will send you the new invoice today.',
        },
      },
      {
        id: 'intercom-1',
        kind: 'intercom',
        name: 'Intercom',
        label: 'Intercom',
        position: { x: 40 + 2 * STEP_SPACING, y: 120 },
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
