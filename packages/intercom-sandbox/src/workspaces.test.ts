import { createSpecValidator } from '@workflow-blocks/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox, DEFAULT_SANDBOX_TOKEN } from './sandbox.js';
import { euContactIds } from './seed/eu/eu-contacts.js';
import { euConversationIds } from './seed/eu/eu-conversations.js';
import { euTicketIds, euTicketTypeIds } from './seed/eu/eu-tickets.js';
import { euAdminIds, EU_WORKSPACE_ID } from './seed/eu/eu-workspace.js';
import { seedContactIds } from './seed/contacts.js';
import { WORKSPACE_ID } from './seed/workspace.js';
import { call } from './test-support/call.js';
import type { AdminJson, ContactJson, ContactListJson } from './test-support/wire.js';
import { EU_SANDBOX_TOKEN } from './workspaces.js';

interface MeJson extends AdminJson {
  app: { id_code: string; name: string; region: string };
}

const spec = createSpecValidator();
const sandbox = createIntercomSandbox();
const eu = { token: EU_SANDBOX_TOKEN };

describe('several workspaces', () => {
  beforeEach(() => sandbox.reset());

  it('lists two workspaces in different regions, the first with the sandbox token', () => {
    expect(sandbox.workspaces).toEqual([
      { id: WORKSPACE_ID, name: 'Northwind Support (Sandbox)', region: 'US', token: DEFAULT_SANDBOX_TOKEN },
      { id: EU_WORKSPACE_ID, name: 'Fjordline Travel (Sandbox)', region: 'EU', token: EU_SANDBOX_TOKEN },
    ]);
  });

  it('keeps the first workspace on a custom token', () => {
    const custom = createIntercomSandbox({ token: 'tok_first' });
    expect(custom.workspaces[0]?.token).toBe('tok_first');
    expect(custom.token).toBe('tok_first');
  });

  it("answers GET /me with each token's own admin and workspace", async () => {
    const us = await call<MeJson>(sandbox, 'GET', '/me');
    const europe = await call<MeJson>(sandbox, 'GET', '/me', eu);
    expect(us.body.app).toMatchObject({ id_code: WORKSPACE_ID, name: 'Northwind Support (Sandbox)', region: 'US' });
    expect(europe.body).toMatchObject({ id: euAdminIds.ingrid, name: 'Ingrid Solberg', app: { id_code: EU_WORKSPACE_ID, name: 'Fjordline Travel (Sandbox)', region: 'EU' } });
  });

  it('gives each workspace its own admins, contacts, conversations and tickets', async () => {
    const admins = await call<{ admins: AdminJson[] }>(sandbox, 'GET', '/admins', eu);
    expect(admins.body.admins.map((a) => a.name)).toEqual(['Ingrid Solberg', 'Tomás Ferraz']);
    const contacts = await call<ContactListJson>(sandbox, 'GET', '/contacts', eu);
    expect(contacts.body.total_count).toBe(5);
    expect((await call(sandbox, 'GET', `/contacts/${seedContactIds.amara}`, eu)).status).toBe(404);
    expect((await call(sandbox, 'GET', `/contacts/${euContactIds.astrid}`)).status).toBe(404);
    expect((await call(sandbox, 'GET', `/conversations/${euConversationIds.ferryDelay}`, eu)).status).toBe(200);
    expect((await call(sandbox, 'GET', `/conversations/${euConversationIds.ferryDelay}`)).status).toBe(404);
    expect((await call(sandbox, 'GET', `/tickets/${euTicketIds.hotelMove}`, eu)).status).toBe(200);
  });

  it('writes to the workspace of the token only, and reset restores both', async () => {
    const created = await call<ContactJson>(sandbox, 'POST', '/contacts', { ...eu, body: { email: 'new.traveller@example.com' } });
    expect(created.status).toBe(200);
    const search = { query: { field: 'email', operator: '=', value: 'new.traveller@example.com' } };
    expect((await call<{ total_count: number }>(sandbox, 'POST', '/contacts/search', { ...eu, body: search })).body.total_count).toBe(1);
    expect((await call<{ total_count: number }>(sandbox, 'POST', '/contacts/search', { body: search })).body.total_count).toBe(0);
    sandbox.reset();
    expect((await call<{ total_count: number }>(sandbox, 'POST', '/contacts/search', { ...eu, body: search })).body.total_count).toBe(0);
  });

  it('counts each workspace’s rate limit on its own', async () => {
    const limited = createIntercomSandbox({ rateLimit: { limit: 1 } });
    expect((await call(limited, 'GET', '/me')).status).toBe(200);
    expect((await call(limited, 'GET', '/me')).status).toBe(429);
    expect((await call(limited, 'GET', '/me', eu)).status).toBe(200);
  });
});

describe('the EU workspace against the official Intercom 2.16 description', () => {
  beforeEach(() => sandbox.reset());

  const cases: { operationId: string; method: string; path: string; body?: unknown }[] = [
    { operationId: 'identifyAdmin', method: 'GET', path: '/me' },
    { operationId: 'listAdmins', method: 'GET', path: '/admins' },
    { operationId: 'ListContacts', method: 'GET', path: '/contacts' },
    { operationId: 'ShowContact', method: 'GET', path: `/contacts/${euContactIds.groupLead}` },
    { operationId: 'SearchContacts', method: 'POST', path: '/contacts/search', body: { query: { field: 'location.country', operator: '=', value: 'Norway' } } },
    { operationId: 'CreateContact', method: 'POST', path: '/contacts', body: { email: 'kari@example.com' } },
    { operationId: 'listConversations', method: 'GET', path: '/conversations' },
    { operationId: 'retrieveConversation', method: 'GET', path: `/conversations/${euConversationIds.ferryDelay}` },
    { operationId: 'replyConversation', method: 'POST', path: `/conversations/${euConversationIds.groupQuote}/reply`, body: { type: 'admin', admin_id: euAdminIds.tomas, message_type: 'comment', body: 'Happy to quote!' } },
    { operationId: 'listTicketTypes', method: 'GET', path: '/ticket_types' },
    { operationId: 'getTicket', method: 'GET', path: `/tickets/${euTicketIds.hotelMove}` },
    { operationId: 'createTicket', method: 'POST', path: '/tickets', body: { ticket_type_id: euTicketTypeIds.bookingChange, contacts: [{ id: euContactIds.joao }], ticket_attributes: { _default_title_: 'New date', booking_reference: 'FJ-1', change_kind: '6101' } } },
  ];

  it.each(cases)('$operationId: $method $path answers 200 with a body the spec accepts', async ({ operationId, method, path, body }) => {
    const response = await call(sandbox, method, path, { ...eu, body });
    expect(response.status).toBe(200);
    expect(spec.validateResponse(operationId, 200, response.body).errors).toEqual([]);
  });
});
