import { describe, expect, it } from 'vitest';
import { blockOutputShape } from './block-output-shape.js';
import { listReferencePaths } from './reference-paths.js';

describe('listReferencePaths', () => {
  it('lists every nested path with type, sample, depth and whether it has children', () => {
    const paths = listReferencePaths([
      { name: 'Trigger', outputs: { contact: { email: 'a@b.c' }, labels: [{ name: 'vip' }], 'first-name': 'x', none: null } },
    ]);
    expect(paths).toEqual([
      { step: 'Trigger', path: 'contact', reference: '<Trigger.contact>', type: 'object', sample: { email: 'a@b.c' }, depth: 1, hasChildren: true },
      { step: 'Trigger', path: 'contact.email', reference: '<Trigger.contact.email>', type: 'string', sample: 'a@b.c', depth: 2, hasChildren: false },
      { step: 'Trigger', path: 'labels', reference: '<Trigger.labels>', type: 'array', sample: [{ name: 'vip' }], depth: 1, hasChildren: true },
      { step: 'Trigger', path: 'labels[0]', reference: '<Trigger.labels[0]>', type: 'object', sample: { name: 'vip' }, depth: 2, hasChildren: true },
      { step: 'Trigger', path: 'labels[0].name', reference: '<Trigger.labels[0].name>', type: 'string', sample: 'vip', depth: 3, hasChildren: false },
      { step: 'Trigger', path: 'none', reference: '<Trigger.none>', type: 'null', sample: null, depth: 1, hasChildren: false },
    ]);
  });

  it('lists paths from a declared shape, without samples, with descriptions', () => {
    const paths = listReferencePaths([{ name: 'Intercom', shape: blockOutputShape({ resource: 'contact', operation: 'list' }) }]);
    const email = paths.find((p) => p.path === 'contacts[0].email');
    expect(email).toEqual({
      step: 'Intercom',
      path: 'contacts[0].email',
      reference: '<Intercom.contacts[0].email>',
      type: 'string',
      depth: 3,
      hasChildren: false,
      description: 'Email address',
    });
    expect(paths.find((p) => p.path === 'pages.next.starting_after')?.type).toBe('string');
    expect(paths.find((p) => p.path === 'contacts[0].custom_attributes')).toMatchObject({ type: 'unknown', hasChildren: false });
  });

  it('leaves out steps whose names cannot be referenced', () => {
    expect(listReferencePaths([{ name: 'My step', outputs: { a: 1 } }, { name: 'Empty' }])).toEqual([]);
  });
});
