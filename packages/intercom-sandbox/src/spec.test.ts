import { createSpecValidator } from '@workflow-blocks/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from './sandbox.js';
import { seedContactIds } from './seed/contacts.js';
import { seedConversationIds } from './seed/conversations.js';
import { seedTicketIds } from './seed/tickets.js';
import { seedTicketTypeIds } from './seed/ticket-types.js';
import { seedAdminIds, seedTagIds, seedTeamIds } from './seed/workspace.js';
import { call, type CallOptions } from './test-support/call.js';

const spec = createSpecValidator();
// A fixed "now" so that a snooze time can be in the future or in the past.
const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });

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
  { name: 'find a user by external id', operationId: 'ShowContactByExternalId', method: 'GET', path: '/contacts/find_by_external_id/usr_1002', status: 200 },
  { name: 'find by an external id nobody has', operationId: 'ShowContactByExternalId', method: 'GET', path: '/contacts/find_by_external_id/nobody', status: 404 },
  { name: 'archive a contact', operationId: 'ArchiveContact', method: 'POST', path: `/contacts/${seedContactIds.jonas}/archive`, status: 200 },
  { name: 'archive an unknown contact', operationId: 'ArchiveContact', method: 'POST', path: '/contacts/000000000000000000000000/archive', status: 404 },
  { name: 'unarchive a contact', operationId: 'UnarchiveContact', method: 'POST', path: `/contacts/${seedContactIds.jonas}/unarchive`, status: 200 },
  { name: 'unarchive an unknown contact', operationId: 'UnarchiveContact', method: 'POST', path: '/contacts/000000000000000000000000/unarchive', status: 404 },
  { name: 'add a note', operationId: 'createNote', method: 'POST', path: `/contacts/${seedContactIds.jonas}/notes`, options: { body: { body: 'Asked about seats', admin_id: seedAdminIds.lucas } }, status: 200 },
  { name: 'add a note to an unknown contact', operationId: 'createNote', method: 'POST', path: '/contacts/000000000000000000000000/notes', options: { body: { body: 'x' } }, status: 404 },
  { name: 'add a note as an unknown admin', operationId: 'createNote', method: 'POST', path: `/contacts/${seedContactIds.jonas}/notes`, options: { body: { body: 'x', admin_id: '5' } }, status: 404 },
  { name: 'list a contact’s notes', operationId: 'listNotes', method: 'GET', path: `/contacts/${seedContactIds.jonas}/notes`, status: 200 },
  { name: 'list an unknown contact’s notes', operationId: 'listNotes', method: 'GET', path: '/contacts/000000000000000000000000/notes', status: 404 },
  { name: 'tag a contact', operationId: 'attachTagToContact', method: 'POST', path: `/contacts/${seedContactIds.jonas}/tags`, options: { body: { id: seedTagIds.vip } }, status: 200 },
  { name: 'tag a contact with an unknown tag', operationId: 'attachTagToContact', method: 'POST', path: `/contacts/${seedContactIds.jonas}/tags`, options: { body: { id: '42' } }, status: 404 },
  { name: 'tag an unknown contact', operationId: 'attachTagToContact', method: 'POST', path: '/contacts/000000000000000000000000/tags', options: { body: { id: seedTagIds.vip } }, status: 404 },
  { name: 'list a contact’s tags', operationId: 'listTagsForAContact', method: 'GET', path: `/contacts/${seedContactIds.amara}/tags`, status: 200 },
  { name: 'untag a contact', operationId: 'detachTagFromContact', method: 'DELETE', path: `/contacts/${seedContactIds.amara}/tags/${seedTagIds.vip}`, status: 200 },
  { name: 'untag a contact with an unknown tag', operationId: 'detachTagFromContact', method: 'DELETE', path: `/contacts/${seedContactIds.amara}/tags/42`, status: 404 },
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
  { name: 'close a conversation with a note', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.exportFailing}/parts`, options: { body: { message_type: 'close', type: 'admin', admin_id: seedAdminIds.lucas, body: 'Fixed in Tuesday’s release.' } }, status: 200 },
  { name: 'open a closed conversation', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.invoiceQuestion}/parts`, options: { body: { message_type: 'open', admin_id: seedAdminIds.priya } }, status: 200 },
  { name: 'snooze a conversation', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'snoozed', admin_id: seedAdminIds.maya, snoozed_until: NOW + 3600 } }, status: 200 },
  { name: 'assign a conversation to a team', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: seedTeamIds.billing, body: 'Pricing question' } }, status: 200 },
  { name: 'unassign a conversation', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.dataResidency}/parts`, options: { body: { message_type: 'assignment', type: 'admin', admin_id: seedAdminIds.maya, assignee_id: '0' } }, status: 200 },
  { name: 'snooze into the past', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'snoozed', admin_id: seedAdminIds.maya, snoozed_until: NOW - 60 } }, status: 400 },
  { name: 'close without admin_id', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'close', type: 'admin' } }, status: 400 },
  { name: 'close as an unknown admin', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'close', type: 'admin', admin_id: '1' } }, status: 404 },
  { name: 'assign to an unknown team', operationId: 'manageConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/parts`, options: { body: { message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: '42' } }, status: 404 },
  { name: 'close an unknown conversation', operationId: 'manageConversation', method: 'POST', path: '/conversations/1/parts', options: { body: { message_type: 'close', type: 'admin', admin_id: seedAdminIds.maya } }, status: 404 },
  { name: 'create a conversation', operationId: 'createConversation', method: 'POST', path: '/conversations', options: { body: { from: { type: 'contact', id: seedContactIds.amara }, body: 'Can I get a copy of my contract?' } }, status: 200 },
  { name: 'create a conversation from an unknown contact', operationId: 'createConversation', method: 'POST', path: '/conversations', options: { body: { from: { type: 'user', id: '000000000000000000000000' }, body: 'Hello' } }, status: 404 },
  { name: 'create a conversation without body', operationId: 'createConversation', method: 'POST', path: '/conversations', options: { body: { from: { type: 'user', id: seedContactIds.amara } } }, status: 400 },
  { name: 'search conversations', operationId: 'searchConversations', method: 'POST', path: '/conversations/search', options: { body: { query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }, { field: 'admin_assignee_id', operator: '=', value: 0 }, { field: 'team_assignee_id', operator: '=', value: 0 }] }, pagination: { per_page: 5 } } }, status: 200 },
  { name: 'search conversations, paged', operationId: 'searchConversations', method: 'POST', path: '/conversations/search', options: { body: { query: { field: 'state', operator: '!=', value: 'snoozed' }, pagination: { per_page: 2 } } }, status: 200 },
  { name: 'search conversations by an unknown field', operationId: 'searchConversations', method: 'POST', path: '/conversations/search', options: { body: { query: { field: 'email', operator: '=', value: 'x' } } }, status: 400 },
  { name: 'tag a conversation', operationId: 'attachTagToConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/tags`, options: { body: { id: seedTagIds.vip, admin_id: seedAdminIds.lucas } }, status: 200 },
  { name: 'tag an unknown conversation', operationId: 'attachTagToConversation', method: 'POST', path: '/conversations/1/tags', options: { body: { id: seedTagIds.vip, admin_id: seedAdminIds.lucas } }, status: 404 },
  { name: 'tag without admin_id', operationId: 'attachTagToConversation', method: 'POST', path: `/conversations/${seedConversationIds.pricingLead}/tags`, options: { body: { id: seedTagIds.vip } }, status: 400 },
  { name: 'untag a conversation', operationId: 'detachTagFromConversation', method: 'DELETE', path: `/conversations/${seedConversationIds.exportFailing}/tags/${seedTagIds.vip}`, options: { body: { admin_id: seedAdminIds.maya } }, status: 200 },
  { name: 'untag with an unknown tag', operationId: 'detachTagFromConversation', method: 'DELETE', path: `/conversations/${seedConversationIds.exportFailing}/tags/42`, options: { body: { admin_id: seedAdminIds.maya } }, status: 404 },
  { name: 'untag without a body', operationId: 'detachTagFromConversation', method: 'DELETE', path: `/conversations/${seedConversationIds.exportFailing}/tags/${seedTagIds.vip}`, status: 400 },
  { name: 'list teams', operationId: 'listTeams', method: 'GET', path: '/teams', status: 200 },
  { name: 'list teams without token', operationId: 'listTeams', method: 'GET', path: '/teams', options: { token: null }, status: 401 },
  { name: 'list tags', operationId: 'listTags', method: 'GET', path: '/tags', status: 200 },
  { name: 'list contact data attributes', operationId: 'lisDataAttributes', method: 'GET', path: '/data_attributes?model=contact', status: 200 },
  { name: 'list company data attributes', operationId: 'lisDataAttributes', method: 'GET', path: '/data_attributes?model=company', status: 200 },
  { name: 'list data attributes of conversations', operationId: 'lisDataAttributes', method: 'GET', path: '/data_attributes?model=conversation', status: 422 },
  { name: 'list data attributes without token', operationId: 'lisDataAttributes', method: 'GET', path: '/data_attributes', options: { token: null }, status: 401 },
  { name: 'list tags with a wrong token', operationId: 'listTags', method: 'GET', path: '/tags', options: { token: 'nope' }, status: 401 },
  { name: 'create a ticket', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.bugReport, contacts: [{ external_id: 'usr_1002' }], ticket_attributes: { _default_title_: 'Login loop', _default_description_: 'Keeps redirecting', severity: '5002', customers_affected: 2 } } }, status: 200 },
  { name: 'create a ticket for a new email', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.refundRequest, contacts: [{ email: 'walk.in@example.com' }], ticket_attributes: { _default_title_: 'Refund', order_id: 'ord_1', amount: 12.5 } } }, status: 200 },
  { name: 'create a ticket missing a required attribute', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: seedTicketTypeIds.refundRequest, contacts: [{ id: seedContactIds.noah }], ticket_attributes: { _default_title_: 'Refund' } } }, status: 400 },
  { name: 'create a ticket of an unknown type', operationId: 'createTicket', method: 'POST', path: '/tickets', options: { body: { ticket_type_id: '999', contacts: [{ id: seedContactIds.noah }] } }, status: 400 },
  { name: 'get a ticket', operationId: 'getTicket', method: 'GET', path: `/tickets/${seedTicketIds.exportBug}`, status: 200 },
  { name: 'get a resolved ticket', operationId: 'getTicket', method: 'GET', path: `/tickets/${seedTicketIds.iosLoginBug}`, status: 200 },
  { name: 'get an unknown ticket', operationId: 'getTicket', method: 'GET', path: '/tickets/1', status: 404 },
  { name: 'update a ticket', operationId: 'updateTicket', method: 'PUT', path: `/tickets/${seedTicketIds.exportBug}`, options: { body: { ticket_state_id: `${seedTicketTypeIds.bugReport}3`, assignee_id: seedTeamIds.billing, open: true, snoozed_until: NOW + 3600, admin_id: Number(seedAdminIds.maya), ticket_attributes: { severity: '5004' } } }, status: 200 },
  { name: 'close a ticket', operationId: 'updateTicket', method: 'PUT', path: `/tickets/${seedTicketIds.duplicateCharge}`, options: { body: { open: false, admin_id: Number(seedAdminIds.priya) } }, status: 200 },
  { name: 'update a ticket to a state of another type', operationId: 'updateTicket', method: 'PUT', path: `/tickets/${seedTicketIds.exportBug}`, options: { body: { ticket_state_id: `${seedTicketTypeIds.refundRequest}2` } }, status: 400 },
  { name: 'update a ticket to an unknown assignee', operationId: 'updateTicket', method: 'PUT', path: `/tickets/${seedTicketIds.exportBug}`, options: { body: { assignee_id: '42' } }, status: 404 },
  { name: 'reply to a ticket with a note', operationId: 'replyTicket', method: 'POST', path: `/tickets/${seedTicketIds.exportBug}/reply`, options: { body: { message_type: 'note', type: 'admin', admin_id: seedAdminIds.lucas, body: 'Repro on staging' } }, status: 200 },
  { name: 'reply to an unknown ticket', operationId: 'replyTicket', method: 'POST', path: '/tickets/1/reply', options: { body: { message_type: 'comment', type: 'admin', admin_id: seedAdminIds.lucas, body: 'x' } }, status: 404 },
  { name: 'reply as a contact on a back-office ticket', operationId: 'replyTicket', method: 'POST', path: `/tickets/${seedTicketIds.duplicateCharge}/reply`, options: { body: { message_type: 'comment', type: 'user', intercom_user_id: seedContactIds.noah, body: 'x' } }, status: 400 },
  { name: 'search tickets', operationId: 'searchTickets', method: 'POST', path: '/tickets/search', options: { body: { query: { operator: 'AND', value: [{ field: 'title', operator: '~', value: 'export' }, { field: 'admin_assignee_id', operator: '!=', value: '0' }] }, pagination: { per_page: 5 } } }, status: 200 },
  { name: 'search tickets, paged', operationId: 'searchTickets', method: 'POST', path: '/tickets/search', options: { body: { query: { field: 'created_at', operator: '>', value: '1306054154' }, pagination: { per_page: 1 } } }, status: 200 },
  { name: 'list ticket states', operationId: 'listTicketStates', method: 'GET', path: '/ticket_states', status: 200 },
  { name: 'get an admin', operationId: 'retrieveAdmin', method: 'GET', path: `/admins/${seedAdminIds.lucas}`, status: 200 },
  { name: 'get an unknown admin', operationId: 'retrieveAdmin', method: 'GET', path: '/admins/1', status: 404 },
  { name: 'set an admin away', operationId: 'setAwayAdmin', method: 'PUT', path: `/admins/${seedAdminIds.maya}/away`, options: { body: { away_mode_enabled: true, away_mode_reassign: true } }, status: 200 },
  { name: 'set an unknown admin away', operationId: 'setAwayAdmin', method: 'PUT', path: '/admins/1/away', options: { body: { away_mode_enabled: true, away_mode_reassign: false } }, status: 404 },
  { name: 'set away without the flags', operationId: 'setAwayAdmin', method: 'PUT', path: `/admins/${seedAdminIds.maya}/away`, options: { body: {} }, status: 400 },
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
