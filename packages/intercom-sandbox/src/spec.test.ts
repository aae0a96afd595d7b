import { createSpecValidator } from '@workflow-blocks/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from './sandbox.js';
import { seedContactIds } from './seed/contacts.js';
import { seedConversationIds } from './seed/conversations.js';
import { seedTicketIds } from './seed/tickets.js';
import { seedTicketTypeIds } from './seed/ticket-types.js';
import { seedAdminIds } from './seed/workspace.js';
import { call, type CallOptions } from './test-support/call.js';

const spec = createSpecValidator();
const sandbox = createIntercomSandbox();

interface Case {
  name: string;
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  options?: CallOptions;
  status: number;
}

const searchBody = {
  query: {
    operator: 'AND',
    value: [
      { operator: 'OR', value: [{ field: 'role', operator: '=', value: 'user' }, { field: 'custom_attributes.plan', operator: 'IN', value: ['pro', 'enterprise'] }] },
      { operator: 'OR', value: [{ field: 'created_at', operator: '>', value: 1700000000 }, { field: 'tag_id', operator: '!=', value: '9100002' }] },
    ],
  },
  pagination: { per_page: 5 },
  sort: { field: 'created_at', order: 'ascending' },
};

// Every route the sandbox serves, with its success answer and its error answers.
const cases: Case[] = [
  { name: 'create a user', operationId: 'CreateContact', method: 'POST', path: '/contacts', options: { body: { email: 'new.person@example.com', name: 'New Person', custom_attributes: { plan: 'pro' } } }, status: 200 },
  { name: 'create a lead with only a role', operationId: 'CreateContact', method: 'POST', path: '/contacts', options: { body: { role: 'lead' } }, status: 200 },
  { name: 'create without identity', operationId: 'CreateContact', method: 'POST', path: '/contacts', options: { body: { name: 'Nobody' } }, status: 400 },
  { name: 'create a duplicate user', operationId: 'CreateContact', method: 'POST', path: '/contacts', options: { body: { email: 'amara.nwosu@lumenbank.example' } }, status: 409 },
  { name: 'create without token', operationId: 'CreateContact', method: 'POST', path: '/contacts', options: { body: { role: 'lead' }, token: null }, status: 401 },
  { name: 'get a contact', operationId: 'ShowContact', method: 'GET', path: `/contacts/${seedContactIds.amara}`, status: 200 },
  { name: 'get a contact without email', operationId: 'ShowContact', method: 'GET', path: `/contacts/${seedContactIds.anonymousLead}`, status: 200 },
  { name: 'get an unknown contact', operationId: 'ShowContact', method: 'GET', path: '/contacts/000000000000000000000000', status: 404 },
  { name: 'get a merged contact', operationId: 'ShowContact', method: 'GET', path: `/contacts/${seedContactIds.mergedAmaraLead}`, status: 410 },
  { name: 'get with a wrong token', operationId: 'ShowContact', method: 'GET', path: `/contacts/${seedContactIds.amara}`, options: { token: 'wrong' }, status: 401 },
  { name: 'update a contact', operationId: 'UpdateContact', method: 'PUT', path: `/contacts/${seedContactIds.jonas}`, options: { body: { name: 'Jonas B.', owner_id: seedAdminIds.priya, custom_attributes: { seats: 30 } } }, status: 200 },
  { name: 'update with a bad email', operationId: 'UpdateContact', method: 'PUT', path: `/contacts/${seedContactIds.jonas}`, options: { body: { email: 'not-an-email' } }, status: 400 },
  { name: 'update an unknown contact', operationId: 'UpdateContact', method: 'PUT', path: '/contacts/000000000000000000000000', options: { body: { name: 'x' } }, status: 404 },
  { name: 'list contacts', operationId: 'ListContacts', method: 'GET', path: '/contacts?per_page=3', status: 200 },
  { name: 'list contacts, last page', operationId: 'ListContacts', method: 'GET', path: '/contacts?per_page=150', status: 200 },
  { name: 'list contacts with a bad per_page', operationId: 'ListContacts', method: 'GET', path: '/contacts?per_page=151', status: 400 },
  { name: 'list contacts with a bad cursor', operationId: 'ListContacts', method: 'GET', path: '/contacts?starting_after=garbage', status: 400 },
  { name: 'search contacts', operationId: 'SearchContacts', method: 'POST', path: '/contacts/search', options: { body: searchBody }, status: 200 },
  { name: 'search with no match', operationId: 'SearchContacts', method: 'POST', path: '/contacts/search', options: { body: { query: { field: 'email', operator: '=', value: 'nobody@nowhere.example' } } }, status: 200 },
  { name: 'search with a bad sort order', operationId: 'SearchContacts', method: 'POST', path: '/contacts/search', options: { body: { query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'created_at', order: 'desc' } } }, status: 400 },
  { name: 'search with a date operator Intercom rejects', operationId: 'SearchContacts', method: 'POST', path: '/contacts/search', options: { body: { query: { field: 'created_at', operator: '>=', value: 1700000000 } } }, status: 400 },
  { name: 'delete a contact', operationId: 'DeleteContact', method: 'DELETE', path: `/contacts/${seedContactIds.hiro}`, status: 200 },
  { name: 'delete an unknown contact', operationId: 'DeleteContact', method: 'DELETE', path: '/contacts/000000000000000000000000', status: 404 },
  { name: 'get a conversation', operationId: 'retrieveConversation', method: 'GET', path: `/conversations/${seedConversationIds.exportFailing}`, status: 200 },
  { name: 'get a conversation as plain text', operationId: 'retrieveConversation', method: 'GET', path: `/conversations/${seedConversationIds.invoiceQuestion}?display_as=plaintext`, status: 200 },
  { name: 'get an unknown conversation', operationId: 'retrieveConversation', method: 'GET', path: '/conversations/1', status: 404 },
  { name: 'list conversations', operationId: 'listConversations', method: 'GET', path: '/conversations?per_page=4', status: 200 },
  { name: 'list conversations without token', operationId: 'listConversations', method: 'GET', path: '/conversations', options: { token: null }, status: 401 },
  { name: 'reply with a comment', operationId: 'replyConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/reply`, options: { body: { type: 'admin', admin_id: seedAdminIds.maya, message_type: 'comment', body: 'Yes! 20% off for studios.' } }, status: 200 },
  { name: 'reply with a note', operationId: 'replyConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/reply`, options: { body: { type: 'admin', admin_id: seedAdminIds.lucas, message_type: 'note', body: '<p>Lead from Tokyo</p>' } }, status: 200 },
  { name: 'reply as the contact', operationId: 'replyConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/reply`, options: { body: { type: 'user', intercom_user_id: seedContactIds.hiro, message_type: 'comment', body: 'Great, thanks' } }, status: 200 },
  { name: 'reply without body', operationId: 'replyConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/reply`, options: { body: { type: 'admin', admin_id: seedAdminIds.maya, message_type: 'comment' } }, status: 400 },
  { name: 'reply to an unknown conversation', operationId: 'replyConversation', method: 'POST', path: '/conversations/1/reply', options: { body: { type: 'admin', admin_id: seedAdminIds.maya, message_type: 'comment', body: 'hi' } }, status: 404 },
  { name: 'reply as an unknown admin', operationId: 'replyConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/reply`, options: { body: { type: 'admin', admin_id: '1', message_type: 'comment', body: 'hi' } }, status: 404 },
  { name: 'create a ticket', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.bugReport, contacts: [{ external_id: 'usr_1002' }], ticket_attributes: { _default_title_: 'Login loop', _default_description_: 'Keeps redirecting', severity: '5002', customers_affected: 2 } } }, status: 200 },
  { name: 'create a ticket for a new email', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.refundRequest, contacts: [{ email: 'walk.in@example.com' }], ticket_attributes: { _default_title_: 'Refund', order_id: 'ord_1', amount: 12.5 } } }, status: 200 },
  { name: 'create a ticket missing a required attribute', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.refundRequest, contacts: [{ id: seedContactIds.noah }], ticket_attributes: { _default_title_: 'Refund' } } }, status: 400 },
  { name: 'create a ticket of an unknown type', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: '999', contacts: [{ id: seedContactIds.noah }] } }, status: 400 },
  { name: 'get a ticket', operationId: 'getTicket', method: 'GET', path: `/tickets/${seedTicketIds.exportBug}`, status: 200 },
  { name: 'get a resolved ticket', operationId: 'getTicket', method: 'GET', path: `/tickets/${seedTicketIds.iosLoginBug}`, status: 200 },
  { name: 'get an unknown ticket', operationId: 'getTicket', method: 'GET', path: '/tickets/1', status: 404 },
  { name: 'list ticket types', operationId: 'listTicketTypes', method: 'GET', path: '/ticket_types', status: 200 },
  { name: 'list ticket types without token', operationId: 'listTicketTypes', method: 'GET', path: '/ticket_types', options: { token: null }, status: 401 },
  { name: 'list admins', operationId: 'listAdmins', method: 'GET', path: '/admins', status: 200 },
  { name: 'list admins with a wrong token', operationId: 'listAdmins', method: 'GET', path: '/admins', options: { token: 'nope' }, status: 401 },
  { name: 'identify the admin', operationId: 'identifyAdmin', method: 'GET', path: '/me', status: 200 },
  { name: 'identify without token', operationId: 'identifyAdmin', method: 'GET', path: '/me', options: { token: null }, status: 401 },
];

describe('sandbox responses against the official Intercom 2.16 description', () => {
  beforeEach(() => sandbox.reset());

  it.each(cases)('$name: $method $path answers $status with a body the spec accepts', async ({ operationId, method, path, options, status }) => {
    const response = await call(sandbox, method, path, options);
    expect(response.status).toBe(status);
    const check = spec.validateResponse(operationId, status, response.body);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it('answers errors with a UUID request id, which the strict error schema accepts', async () => {
    const response = await call(sandbox, 'GET', '/contacts/unknown');
    expect(spec.validateSchema('error', response.body).valid).toBe(true);
  });

  it('sends request bodies that the spec itself accepts in the cases above', () => {
    for (const { operationId, path, options } of cases.filter((c) => c.status === 200 && c.options?.body !== undefined)) {
      const check = spec.validateRequest(operationId, { path: path.split('?')[0] ?? path, body: options?.body });
      expect(check.errors, `${operationId} ${path}`).toEqual([]);
    }
  });
});
