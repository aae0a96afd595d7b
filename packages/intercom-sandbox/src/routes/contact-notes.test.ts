import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ContactJson, ErrorJson, NoteJson, NoteListJson } from '../test-support/wire.js';

let now = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => now * 1000 });
const { jonas, amara } = seedContactIds;

describe('contact notes', () => {
  beforeEach(() => {
    now = 1749556800;
    sandbox.reset();
  });

  it('POST adds a note by the admin named, kept as HTML, and answers it with the whole admin', async () => {
    const { status, body } = await call<NoteJson>(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: 'Asked about <Pro> & seats', admin_id: seedAdminIds.lucas } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'note', id: '1', created_at: now, contact: { type: 'contact', id: jonas }, body: '<p>Asked about &lt;Pro&gt; &amp; seats</p>' });
    expect(body.author).toMatchObject({ type: 'admin', id: seedAdminIds.lucas });
    const html = await call<NoteJson>(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: '<p>Already <b>HTML</b></p>', admin_id: Number(seedAdminIds.lucas) } });
    expect(html.body.body).toBe('<p>Already <b>HTML</b></p>');
  });

  it('without admin_id the note is by the token’s admin', async () => {
    const { body } = await call<NoteJson>(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: 'Hi' } });
    const me = await call<{ id: string }>(sandbox, 'GET', '/me');
    expect(body.author.id).toBe(me.body.id);
  });

  it('GET lists the contact’s notes newest first, and the contact counts them', async () => {
    await call(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: 'First' } });
    now += 60;
    await call(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: 'Second' } });
    await call(sandbox, 'POST', `/contacts/${amara}/notes`, { body: { body: 'About Amara' } });
    const { status, body } = await call<NoteListJson>(sandbox, 'GET', `/contacts/${jonas}/notes`);
    expect(status).toBe(200);
    expect(body.data.map((n) => n.body)).toEqual(['<p>Second</p>', '<p>First</p>']);
    expect(body).toMatchObject({ type: 'list', total_count: 2, pages: { type: 'pages', page: 1, total_pages: 1 } });
    const contact = await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`);
    expect(contact.body.notes).toMatchObject({ total_count: 2, url: `/contacts/${jonas}/notes`, data: [{ type: 'note', id: '2' }, { type: 'note', id: '1' }] });
  });

  it('a reset forgets the notes', async () => {
    await call(sandbox, 'POST', `/contacts/${jonas}/notes`, { body: { body: 'First' } });
    sandbox.reset();
    expect((await call<NoteListJson>(sandbox, 'GET', `/contacts/${jonas}/notes`)).body.total_count).toBe(0);
  });

  it.each([
    ['POST', '/contacts/000000000000000000000000/notes', { body: 'x' }, 404, 'not_found', 'User Not Found'],
    ['GET', '/contacts/000000000000000000000000/notes', undefined, 404, 'not_found', 'User Not Found'],
    ['POST', `/contacts/${jonas}/notes`, { body: 'x', admin_id: '5' }, 404, 'not_found', 'Resource Not Found'],
    ['POST', `/contacts/${jonas}/notes`, { admin_id: seedAdminIds.lucas }, 400, 'parameter_not_found', 'body is required'],
    ['POST', `/contacts/${jonas}/notes`, { body: 7 }, 400, 'parameter_invalid', 'body must be a string'],
  ])('%s %s answers %s', async (method, path, body, status, code, message) => {
    const response = await call<ErrorJson>(sandbox, method, path, body === undefined ? {} : { body });
    expect(response.status).toBe(status);
    expect(response.body.errors[0]).toEqual({ code, message });
    expect((await call<NoteListJson>(sandbox, 'GET', `/contacts/${jonas}/notes`)).body.total_count).toBe(0);
  });
});
