import { describe, expect, it } from 'vitest';
import { intercomBlock } from '../definition/intercom-block.js';
import { visibleFields } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';
import { applyDefaults, createDefaultConfig } from './apply-defaults.js';

describe('applyDefaults', () => {
  it('fills the defaults of the reference doc', () => {
    expect(applyDefaults({ resource: 'contact', operation: 'create' })).toEqual({ resource: 'contact', operation: 'create', role: 'user' });
    expect(applyDefaults({ resource: 'contact', operation: 'list' })).toEqual({ resource: 'contact', operation: 'list', perPage: 50, fetchAll: 'no' });
    expect(applyDefaults({ resource: 'conversation', operation: 'reply' })).toMatchObject({ replyType: 'comment' });
  });

  it('gives an update no role, so a lead is not turned into a user', () => {
    expect(applyDefaults({ resource: 'contact', operation: 'update' })).toEqual({ resource: 'contact', operation: 'update' });
  });

  it('fills the resource first, then the defaults of its operation', () => {
    expect(applyDefaults({ operation: 'create' } as IntercomConfig)).toEqual({ operation: 'create', resource: 'contact', role: 'user' });
  });

  it('keeps every value set, even empty or invalid, and fields the operation does not show', () => {
    const config = { resource: 'contact', operation: 'list', perPage: '', fetchAll: '', role: 'boss', extra: { kept: true } } as IntercomConfig;
    expect(applyDefaults(config)).toEqual(config);
    expect(applyDefaults({ resource: 'contact', operation: 'list', perPage: null } as unknown as IntercomConfig).perPage).toBeNull();
  });

  it('fills Max results only once Fetch every page is yes', () => {
    expect(applyDefaults({ resource: 'contact', operation: 'search', fetchAll: 'yes' })).toEqual({ resource: 'contact', operation: 'search', fetchAll: 'yes', maxResults: 1000 });
    expect(applyDefaults({ resource: 'contact', operation: 'search' })).not.toHaveProperty('maxResults');
  });

  it('does not change the config given', () => {
    const config: IntercomConfig = { resource: 'contact', operation: 'create' };
    applyDefaults(config);
    expect(config).toEqual({ resource: 'contact', operation: 'create' });
  });

  it('takes every default from the visible fields, for every operation', () => {
    for (const op of intercomBlock.operations) {
      const filled = applyDefaults({ resource: op.resource, operation: op.operation });
      for (const field of visibleFields(filled).slice(2)) expect(filled[field.name]).toEqual(field.default);
      expect(filled).toMatchObject({ resource: op.resource, operation: op.operation });
    }
  });
});

describe('createDefaultConfig', () => {
  it('starts a contact block with no operation chosen', () => {
    expect(createDefaultConfig()).toEqual({ resource: 'contact', operation: '' });
    expect(Object.keys(createDefaultConfig('ticket'))).toEqual(['resource', 'operation']);
  });

  it('fills the defaults of the operation asked for', () => {
    expect(createDefaultConfig('conversation', 'reply')).toEqual({ resource: 'conversation', operation: 'reply', replyType: 'comment' });
    expect(createDefaultConfig('contact', 'create')).toEqual({ resource: 'contact', operation: 'create', role: 'user' });
    expect(createDefaultConfig('conversation', 'list')).toEqual({ resource: 'conversation', operation: 'list', perPage: 50, fetchAll: 'no' });
  });
});
