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
