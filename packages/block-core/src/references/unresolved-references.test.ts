import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { resolveReferences } from './resolve-references.js';
import { findUnresolvedReferences } from './unresolved-references.js';

describe('findUnresolvedReferences', () => {
  it('names the field and the reference left in a text field', () => {
    const issues = findUnresolvedReferences({ resource: 'conversation', operation: 'reply', conversationId: '123', message: 'Hi <Draft.text>' });
    expect(issues).toEqual([
      {
        field: 'message',
        code: 'unresolved_reference',
        message: expect.stringMatching(/^Message still holds the reference <Draft\.text>: only a resolved config can run/) as unknown,
        line: 1,
        column: 4,
        endLine: 1,
        endColumn: 16,
      },
    ]);
  });

  it('finds references in ids, in JSON strings (keys and escaped text too), one issue each', () => {
    const issues = findUnresolvedReferences({
      resource: 'ticket',
      operation: 'create',
      ticketJson: '{"ticket_type_id":"<Trigger.type>","contacts":[{"id":"\\u003cTrigger.contact.id>"}],"<A.key>":1}',
    });
    expect(issues.map((issue) => [issue.field, issue.message.split(':')[0]])).toEqual([
      ['ticketJson', 'Ticket still holds the reference <Trigger.type>'],
      ['ticketJson', 'Ticket still holds the reference \\u003cTrigger.contact.id>'],
      ['ticketJson', 'Ticket still holds the reference <A.key>'],
    ]);
    expect(findUnresolvedReferences({ resource: 'contact', operation: 'delete', contactId: '<Trigger.contact.id>' })).toMatchObject([
      { field: 'contactId', code: 'unresolved_reference' },
    ]);
  });

  it('finds nothing in a config that resolveReferences resolved', () => {
    const config: IntercomConfig = { resource: 'contact', operation: 'create', email: '<Trigger.email>', name: 'Ann <Trigger.last>', customAttributesJson: '{"plan":"<Trigger.plan>"}' };
    expect(findUnresolvedReferences(config)).toHaveLength(3);
    const resolution = resolveReferences(config, { Trigger: { email: 'ann@example.com', last: 'Lee', plan: 'pro' } });
    expect(resolution.ok && findUnresolvedReferences(resolution.config)).toEqual([]);
  });

  it('leaves text that only looks like brackets, and fields the operation does not use', () => {
    expect(findUnresolvedReferences({ resource: 'conversation', operation: 'reply', conversationId: '1', message: 'a < b, <john@x.com>, <Step.>' })).toEqual([]);
    expect(findUnresolvedReferences({ resource: 'contact', operation: 'get', contactId: '1', message: '<Draft.text>' })).toEqual([]);
  });
});
