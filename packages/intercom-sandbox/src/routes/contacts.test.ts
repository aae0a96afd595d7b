import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ContactJson, ContactListJson, ErrorJson } from '../test-support/wire.js';

const NOW_MS = Date.UTC(2025, 5, 10, 12, 0, 0);
const sandbox = createIntercomSandbox({ clock: () => NOW_MS });

describe('POST /contacts', () => {
  beforeEach(() => sandbox.reset());

  it('creates a user by default and returns it with Intercom’s fields', async () => {
    const { status, body } = await call<ContactJson>(sandbox, 'POST', '/contacts', {
      body: { email: 'Ravi@Example.com', name: 'Ravi', phone: '+14155550100', custom_attributes: { plan: 'pro', seats: 4 } },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'contact', role: 'user', email: 'Ravi@Example.com', email_domain: 'Example.com', name: 'Ravi', created_at: NOW_MS / 1000, signed_up_at: NOW_MS / 1000 });
    expect(body.custom_attributes).toEqual({ plan: 'pro', seats: 4 });
    expect(body.id).toMatch(/^[0-9a-f]{24}$/);
    const read = await call<ContactJson>(sandbox, 'GET', `/contacts/${body.id}`);
    expect(read.body.email).toBe('Ravi@Example.com');
  });

  it.each([
    ['email', { email: 'only.email@example.com' }],
    ['external_id', { external_id: 'ext-77' }],
    ['role', { role: 'lead' }],
  ])('accepts %s alone', async (_key, body) => {
    expect((await call(sandbox, 'POST', '/contacts', { body })).status).toBe(200);
  });

  it('requires one of email, external_id or role', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: { name: 'Anonymous' } });
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ code: 'parameter_not_found' });
    expect(body.errors[0]?.message).toContain('email, external_id or role');
  });

  it('answers 409 conflict naming the existing user when a second user has the same email', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: { email: 'AMARA.NWOSU@lumenbank.example' } });
    expect(status).toBe(409);
    expect(body.errors).toEqual([{ code: 'conflict', message: `A contact matching those details already exists with id=${seedContactIds.amara}` }]);
  });

  it('answers 409 for a second user with the same external_id', async () => {
    const { status } = await call(sandbox, 'POST', '/contacts', { body: { external_id: 'usr_1002', email: 'other@example.com' } });
    expect(status).toBe(409);
  });

  it('allows a lead with the email of an existing user (leads are not unique)', async () => {
    const { status, body } = await call<ContactJson>(sandbox, 'POST', '/contacts', { body: { role: 'lead', email: 'amara.nwosu@lumenbank.example' } });
    expect(status).toBe(200);
    expect(body.role).toBe('lead');
  });

  it.each([
    [{ role: 'visitor' }, 'role must be one of: user, lead'],
    [{ email: 'not-an-email' }, 'not a valid email'],
    [{ role: 'user', email_verified: true }, 'email_verified can only be set together with email'],
    [{ role: 'user', owner_id: '42' }, 'owner_id 42 is not an admin'],
    [{ role: 'user', signed_up_at: 'yesterday' }, 'signed_up_at must be a UNIX timestamp'],
    [{ role: 'user', avatar: 'not a url' }, 'avatar must be an image URL'],
    [{ role: 'user', custom_attributes: { seats: 'many' } }, "Custom attribute 'seats' must be of type integer"],
    [{ role: 'user', custom_attributes: [] }, 'custom_attributes must be an object'],
  ])('rejects %j with 400', async (body, message) => {
    const result = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]?.message).toContain(message);
  });

  it('rejects custom attributes that were never defined, like Intercom', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: { role: 'lead', custom_attributes: { favourite_colour: 'teal' } } });
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({ code: 'parameter_not_found', message: "Custom attribute 'favourite_colour' does not exist" });
  });

  it('answers 400 for a body that is not JSON or not an object', async () => {
    expect((await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: '{"email":' })).body.errors[0]?.code).toBe('client_error');
    expect((await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: '[1]' })).body.errors[0]?.code).toBe('parameter_invalid');
  });

  it('accepts an owner_id sent as a number by 2.14 clients and returns it as a string', async () => {
    const { body } = await call<ContactJson>(sandbox, 'POST', '/contacts', { body: { role: 'user', owner_id: Number(seedAdminIds.lucas) } });
    expect(body.owner_id).toBe(seedAdminIds.lucas);
  });
});

describe('GET /contacts/:id', () => {
  beforeEach(() => sandbox.reset());

  it('returns a seeded contact with tags and location', async () => {
    const { status, body } = await call<ContactJson>(sandbox, 'GET', `/contacts/${seedContactIds.amara}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: seedContactIds.amara, name: 'Amara Nwosu', external_id: 'usr_1001', role: 'user' });
    expect(body.tags.total_count).toBe(2);
    expect(body.location).toMatchObject({ country: 'United Kingdom', city: 'London' });
  });

  it('answers 404 not_found for an unknown id', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/contacts/5f0000000000000000000000');
    expect(status).toBe(404);
    expect(body.errors[0]?.code).toBe('not_found');
  });

  it('answers 410 contact_merged with a canonical Link for a merged contact', async () => {
    const { status, body, headers } = await call<ErrorJson>(sandbox, 'GET', `/contacts/${seedContactIds.mergedAmaraLead}`);
    expect(status).toBe(410);
    expect(body.errors[0]?.code).toBe('contact_merged');
    expect(headers.get('Link')).toBe(`</contacts/${seedContactIds.amara}>; rel="canonical"`);
  });
});

describe('PUT /contacts/:id', () => {
  beforeEach(() => sandbox.reset());

  it('updates the given fields, merges custom attributes and bumps updated_at', async () => {
    const { status, body } = await call<ContactJson>(sandbox, 'PUT', `/contacts/${seedContactIds.jonas}`, {
      body: { name: 'Jonas Becker-Weiss', phone: null, custom_attributes: { seats: 30 } },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Jonas Becker-Weiss', phone: null, updated_at: NOW_MS / 1000, email: 'jonas.becker@kraftwerk-logistics.example' });
    expect(body.custom_attributes).toMatchObject({ plan: 'pro', seats: 30 });
  });

  it('answers 409 when the new email belongs to another user', async () => {
    const { status } = await call(sandbox, 'PUT', `/contacts/${seedContactIds.jonas}`, { body: { email: 'amara.nwosu@lumenbank.example' } });
    expect(status).toBe(409);
  });

  it('keeps a user a user and converts a lead to a user', async () => {
    expect((await call(sandbox, 'PUT', `/contacts/${seedContactIds.jonas}`, { body: { role: 'lead' } })).status).toBe(400);
    const { body } = await call<ContactJson>(sandbox, 'PUT', `/contacts/${seedContactIds.hiro}`, { body: { role: 'user' } });
    expect(body).toMatchObject({ role: 'user', signed_up_at: NOW_MS / 1000 });
  });

  it('answers 404 for an unknown contact and 410 for a merged one', async () => {
    expect((await call(sandbox, 'PUT', '/contacts/nope', { body: { name: 'x' } })).status).toBe(404);
    expect((await call(sandbox, 'PUT', `/contacts/${seedContactIds.mergedAmaraLead}`, { body: { name: 'x' } })).status).toBe(410);
  });
});

describe('DELETE /contacts/:id', () => {
  beforeEach(() => sandbox.reset());

  it('returns the contact_deleted shape and the contact is gone', async () => {
    const { status, body } = await call(sandbox, 'DELETE', `/contacts/${seedContactIds.jonas}`);
    expect(status).toBe(200);
    expect(body).toEqual({ type: 'contact', id: seedContactIds.jonas, external_id: 'usr_1002', deleted: true });
    expect((await call(sandbox, 'GET', `/contacts/${seedContactIds.jonas}`)).status).toBe(404);
    expect((await call(sandbox, 'DELETE', `/contacts/${seedContactIds.jonas}`)).status).toBe(404);
  });
});

describe('GET /contacts', () => {
  beforeEach(() => sandbox.reset());

  it('lists 50 per page by default, newest first, without merged contacts', async () => {
    const { body } = await call<ContactListJson>(sandbox, 'GET', '/contacts');
    expect(body.type).toBe('list');
    expect(body.total_count).toBe(40);
    expect(body.data).toHaveLength(40);
    expect(body.pages).toEqual({ type: 'pages', page: 1, per_page: 50, total_pages: 1 });
    expect(body.data.map((c) => c.id)).not.toContain(seedContactIds.mergedAmaraLead);
    const created = body.data.map((c) => c.created_at);
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('walks every page with per_page and starting_after, with next until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = cursor === undefined ? '?per_page=15' : `?per_page=15&starting_after=${encodeURIComponent(cursor)}`;
      const { status, body } = await call<ContactListJson>(sandbox, 'GET', `/contacts${query}`);
      expect(status).toBe(200);
      pages += 1;
      expect(body.pages).toMatchObject({ type: 'pages', page: pages, per_page: 15, total_pages: 3 });
      if (pages < 3) expect(body.pages.next).toEqual({ per_page: 15, starting_after: expect.any(String) as string });
      else expect(body.pages.next).toBeUndefined();
      seen.push(...body.data.map((c) => c.id));
      cursor = body.pages.next?.starting_after;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(40);
  });

  it('neither repeats nor skips contacts when one is deleted between pages', async () => {
    const first = await call<ContactListJson>(sandbox, 'GET', '/contacts?per_page=10');
    await call(sandbox, 'DELETE', `/contacts/${first.body.data[9]?.id ?? ''}`);
    const second = await call<ContactListJson>(sandbox, 'GET', `/contacts?per_page=10&starting_after=${first.body.pages.next?.starting_after ?? ''}`);
    const all = await call<ContactListJson>(sandbox, 'GET', '/contacts?per_page=150');
    expect(second.body.data.map((c) => c.id)).toEqual(all.body.data.slice(9, 19).map((c) => c.id));
  });

  it.each(['0', '151', '2.5', 'ten'])('rejects per_page=%s with 400', async (perPage) => {
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', `/contacts?per_page=${perPage}`);
    expect(status).toBe(400);
    expect(body.errors[0]?.message).toBe('per_page must be an integer between 1 and 150');
  });

  it('rejects a cursor it did not issue', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/contacts?starting_after=not-a-cursor');
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({ code: 'client_error', message: 'Invalid starting_after param' });
  });
});
