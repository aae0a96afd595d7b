import { describe, expect, it } from 'vitest';
import { adminList } from './admin-list.js';

describe('admin.list', () => {
  it('needs nothing from the config', () => {
    expect(adminList.buildRequest()).toEqual({});
  });

  it('outputs the admins', () => {
    const admins = [{ type: 'admin', id: '1', name: 'Ciaran' }];
    expect(adminList.mapResponse({ type: 'admin.list', admins })).toEqual({ admins });
    expect(() => adminList.mapResponse({ type: 'admin.list' })).toThrow('"admins" is not a list');
  });
});
