import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { buildIntercomRequest } from '../requests/build-intercom-request.js';
import { validateConfig } from '../validation/validate-config.js';
import { adminGet } from './admin-get.js';

describe('admin.get', () => {
  it('fetches the admin named, never the connected one in its place', () => {
    expect(adminGet.buildRequest({ resource: 'admin', operation: 'get', adminId: ' 991267 ' })).toEqual({ pathParams: { admin_id: '991267' } });
    expect(validateConfig({ resource: 'admin', operation: 'get' }).map((issue) => [issue.field, issue.code])).toEqual([['adminId', 'required']]);
    expect(() => buildIntercomRequest({ resource: 'admin', operation: 'get', adminId: '' }, { adminId: '991267' })).toThrow(/adminId is required/);
    expect(validateConfig({ resource: 'admin', operation: 'get', adminId: 'maya' }).map((issue) => issue.code)).toEqual(['invalid_admin']);
  });

  it('offers the admin picker under the label Admin', () => {
    const field = visibleFields({ resource: 'admin', operation: 'get' }).find((f) => f.name === 'adminId');
    expect(field).toMatchObject({ required: true, picker: 'admins', definition: { label: 'Admin' } });
    expect(field?.connectedAdmin).toBeUndefined();
  });

  it('outputs the admin, and names the admin Intercom did not find', () => {
    const admin = { type: 'admin', id: '991267', away_mode_enabled: true };
    expect(adminGet.mapResponse(admin)).toEqual({ admin });
    expect(adminGet.describeNotFound({ resource: 'admin', operation: 'get', adminId: '7' })).toContain('no admin with ID "7" (adminId)');
  });
});
