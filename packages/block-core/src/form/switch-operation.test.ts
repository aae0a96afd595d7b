import { describe, expect, it } from 'vitest';
import { intercomBlock } from '../definition/intercom-block.js';
import { visibleFields } from '../definition/visibility.js';
import { applyDefaults } from './apply-defaults.js';
import { switchOperation } from './switch-operation.js';

describe('switchOperation', () => {
  it('gives Create’s role default back when switching to Update, which has none', () => {
    const create = applyDefaults({ resource: 'contact', operation: 'create', email: 'a@b.example' });
    expect(switchOperation(create, { operation: 'update' })).toEqual({ resource: 'contact', operation: 'update', email: 'a@b.example' });
  });

  it('does not carry a default through an operation that hides the field', () => {
    const create = applyDefaults({ resource: 'contact', operation: 'create' });
    const get = switchOperation(create, { operation: 'get' });
    expect(get).not.toHaveProperty('role');
    expect(switchOperation(get, { operation: 'update' })).not.toHaveProperty('role');
    expect(switchOperation(get, { operation: 'create' })).toMatchObject({ role: 'user' });
  });

  it('keeps a value the user chose that is not the leaving operation’s default', () => {
    const create = { resource: 'contact', operation: 'create', role: 'lead' };
    expect(switchOperation(create, { operation: 'update' })).toEqual({ resource: 'contact', operation: 'update', role: 'lead' });
    const list = { resource: 'contact', operation: 'list', perPage: 20 };
    expect(switchOperation(list, { operation: 'get' })).toEqual({ resource: 'contact', operation: 'get', perPage: 20 });
  });

  it('keeps an Update’s role as typed when switching to Create (Update has no default to give back)', () => {
    expect(switchOperation({ resource: 'contact', operation: 'update', role: 'user' }, { operation: 'create' })).toMatchObject({ role: 'user' });
  });

  it('starts with no operation when the new resource lacks the current one, and fills the new defaults', () => {
    const list = applyDefaults({ resource: 'contact', operation: 'list' });
    expect(switchOperation(list, { resource: 'conversation' })).toEqual({ resource: 'conversation', operation: 'list', perPage: 50, fetchAll: 'no' });
    expect(switchOperation(applyDefaults({ resource: 'contact', operation: 'create' }), { resource: 'admin' })).toEqual({ resource: 'admin', operation: '' });
  });

  it('changes nothing when neither resource nor operation changes', () => {
    const config = { resource: 'contact', operation: 'create', role: 'user', extra: 1 };
    expect(switchOperation(config, { operation: 'create' })).toEqual(config);
  });

  it('leaves every operation with exactly its own defaults, from whichever operation it came', () => {
    for (const from of intercomBlock.operations) {
      for (const to of intercomBlock.operations) {
        const start = applyDefaults({ resource: from.resource, operation: from.operation });
        const switched = switchOperation(start, { resource: to.resource, operation: to.operation });
        const defaults = Object.fromEntries(visibleFields(switched).slice(2).flatMap((f) => (f.default === undefined ? [] : [[f.name, f.default]])));
        expect(switched, `${from.key} → ${to.key}`).toEqual({ resource: to.resource, operation: to.operation, ...defaults });
      }
    }
  });

  it('does not change the config given', () => {
    const config = { resource: 'contact', operation: 'create', role: 'user' };
    switchOperation(config, { operation: 'update' });
    expect(config).toEqual({ resource: 'contact', operation: 'create', role: 'user' });
  });
});
