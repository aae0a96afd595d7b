import { describe, expect, it } from 'vitest';
import { listReferences } from './list-references.js';

describe('listReferences', () => {
  const config = {
    resource: 'contact',
    operation: 'update',
    contactId: '<Trigger.contact.id>',
    name: 'a < b <Classify.labels[0].name>',
    customAttributesJson: '{"plan": "<Trigger.plan>", "note": "<john@x.com>"}',
    message: 'unused <Old.reply>',
    role: '<Trigger.role>',
  };

  it('lists the references of every reference field with offsets in the field text', () => {
    expect(listReferences(config).map(({ field, reference }) => [field, reference.raw, reference.start])).toEqual([
      ['name', '<Classify.labels[0].name>', 6],
      ['customAttributesJson', '<Trigger.plan>', 10],
      ['contactId', '<Trigger.contact.id>', 0],
      ['message', '<Old.reply>', 7],
    ]);
  });

  it('can keep to the fields the chosen operation shows, in display order', () => {
    expect(listReferences(config, { visibleOnly: true }).map((r) => r.field)).toEqual(['contactId', 'name', 'customAttributesJson']);
  });

  it('ignores fields that do not accept references', () => {
    expect(listReferences({ resource: 'contact', operation: 'create', role: '<T.x>' })).toEqual([]);
  });
});
