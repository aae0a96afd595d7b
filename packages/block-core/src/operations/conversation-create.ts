import type { OperationDefinition } from '../definition/operation-types.js';
import { userMessageShape } from '../references/intercom-output-shapes.js';
import { requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const conversationCreate = {
  key: 'conversation.create',
  resource: 'conversation',
  operation: 'create',
  label: 'Create conversation',
  description: 'Start a conversation from a contact (an in-app message); the output has its conversation_id.',
  example: { contactId: '6762f0d01bb69f9f2193bb7d', message: 'Hello, I need help with my invoice.' },
  fields: [
    { field: 'contactId', required: true },
    { field: 'message', required: true, help: 'The message the contact sends, which starts the conversation. Use literal text or <StepName.field>.' },
  ],
  outputs: { message: userMessageShape },
  method: 'POST',
  path: '/conversations',
  operationId: 'createConversation',
  write: true,
  // `contact` covers users and leads (the spec's from.type enum); from.id is the contact's 24-hex id.
  buildRequest: (config) => ({ body: { from: { type: 'contact', id: requiredText(config, 'contactId').trim() }, body: requiredText(config, 'message') } }),
  mapResponse: (body) => ({ message: responseObject(body, 'the created message') }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;
