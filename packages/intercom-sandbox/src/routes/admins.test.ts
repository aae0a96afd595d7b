import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { AdminJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();

describe('GET /admins', () => {
  it('lists the three admins as admin.list', async () => {
    const { status, body } = await call<{ type: string; admins: AdminJson[] }>(sandbox, 'GET', '/admins');
    expect(status).toBe(200);
    expect(body.type).toBe('admin.list');
    expect(body.admins.map((a) => [a.id, a.name])).toEqual([
      [seedAdminIds.maya, 'Maya Okafor'],
      [seedAdminIds.lucas, 'Lucas Ferreira'],
      [seedAdminIds.priya, 'Priya Raman'],
    ]);
  });
});

describe('GET /me', () => {
  it('identifies the token’s admin with the workspace app and its region', async () => {
    const { status, body } = await call<AdminJson & { app: { region: string; id_code: string; timezone: string }; email_verified: boolean }>(sandbox, 'GET', '/me');
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'admin', id: seedAdminIds.maya, email_verified: true, app: { region: 'US', timezone: 'UTC' } });
    expect(body.app.id_code).not.toBe('');
  });
});

describe('GET /admins/:id and PUT /admins/:id/away', () => {
  const awaySandbox = createIntercomSandbox();

  it('reads one admin, and 404 admin_not_found for an unknown one', async () => {
    const { status, body } = await call<AdminJson>(awaySandbox, 'GET', `/admins/${seedAdminIds.lucas}`);
    expect([status, body.name, body.away_mode_enabled]).toEqual([200, 'Lucas Ferreira', false]);
    const unknown = await call<{ errors: { code: string }[] }>(awaySandbox, 'GET', '/admins/1');
    expect([unknown.status, unknown.body.errors[0]?.code]).toEqual([404, 'admin_not_found']);
  });

  it('sets away mode, which the admin, the list and /me show after', async () => {
    awaySandbox.reset();
    const { body } = await call<AdminJson>(awaySandbox, 'PUT', `/admins/${seedAdminIds.maya}/away`, { body: { away_mode_enabled: true, away_mode_reassign: true } });
    expect([body.away_mode_enabled, body.away_mode_reassign]).toEqual([true, true]);
    expect((await call<AdminJson>(awaySandbox, 'GET', `/admins/${seedAdminIds.maya}`)).body.away_mode_enabled).toBe(true);
    const list = await call<{ admins: AdminJson[] }>(awaySandbox, 'GET', '/admins');
    expect(list.body.admins.find((a) => a.id === seedAdminIds.maya)?.away_mode_reassign).toBe(true);
    expect((await call<AdminJson>(awaySandbox, 'GET', '/me')).body.away_mode_enabled).toBe(true);
    awaySandbox.reset();
    expect((await call<AdminJson>(awaySandbox, 'GET', `/admins/${seedAdminIds.maya}`)).body.away_mode_enabled).toBe(false);
  });

  it('needs both flags as booleans, and a known admin', async () => {
    expect((await call(awaySandbox, 'PUT', `/admins/${seedAdminIds.maya}/away`, { body: { away_mode_enabled: true } })).status).toBe(400);
    expect((await call(awaySandbox, 'PUT', `/admins/${seedAdminIds.maya}/away`, { body: { away_mode_enabled: 'yes', away_mode_reassign: false } })).status).toBe(400);
    const unknown = await call<{ errors: { code: string }[] }>(awaySandbox, 'PUT', '/admins/1/away', { body: { away_mode_enabled: true, away_mode_reassign: false } });
    expect([unknown.status, unknown.body.errors[0]?.code]).toEqual([404, 'admin_not_found']);
  });
});
