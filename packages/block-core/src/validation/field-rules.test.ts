import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import type { FieldName, IntercomConfig } from '../types.js';
import { checkFieldValue } from './field-rules.js';

const checkField = (config: IntercomConfig, name: FieldName) => {
  const field = visibleFields(config).find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${name} is not visible`);
  return checkFieldValue(field, config, {});
};

describe('checkFieldValue', () => {
  it('needs required fields filled in, whitespace counting as empty', () => {
    expect(checkField({ resource: 'contact', operation: 'get', contactId: '  ' }, 'contactId')).toEqual([
      { field: 'contactId', code: 'required', message: 'Contact ID is required: enter it, or a reference to an earlier step such as <StepName.field>.' },
    ]);
    expect(checkField({ resource: 'contact', operation: 'search' }, 'queryJson')).toEqual([
      {
        field: 'queryJson',
        code: 'required',
        message: 'Search query is required: write it as JSON, such as {"query": {"field": "email", "operator": "=", "value": "jane@example.com"}}.',
      },
    ]);
    expect(checkField({ resource: 'conversation', operation: 'reply', message: '\n' }, 'message')[0]?.code).toBe('required');
  });

  it('lets optional fields stay empty', () => {
    expect(checkField({ resource: 'contact', operation: 'create', email: '' }, 'email')).toEqual([]);
    expect(checkField({ resource: 'contact', operation: 'create', customAttributesJson: '  ' }, 'customAttributesJson')).toEqual([]);
  });

  it('reports a value of the wrong kind on its field, and nothing more about it', () => {
    expect(checkField({ resource: 'contact', operation: 'create', email: 42 as unknown as string }, 'email')).toEqual([
      { field: 'email', code: 'wrong_type', message: 'Email must be text, but the saved value is the number 42.' },
    ]);
    expect(checkField({ resource: 'contact', operation: 'list', perPage: true as unknown as number }, 'perPage')[0]?.code).toBe('wrong_type');
    expect(checkField({ resource: 'contact', operation: 'search', queryJson: { query: {} } as unknown as string }, 'queryJson')).toEqual([
      { field: 'queryJson', code: 'wrong_type', message: 'Search query must be JSON text (a string), but the saved value is an object. Write it as JSON text.' },
    ]);
  });

  it('accepts only the options of a select', () => {
    expect(checkField({ resource: 'contact', operation: 'create', role: 'admin' }, 'role')).toEqual([
      { field: 'role', code: 'invalid_option', message: 'Role "admin" is not one Intercom accepts. Choose user or lead.' },
    ]);
    expect(checkField({ resource: 'conversation', operation: 'reply', replyType: 'quick_reply' }, 'replyType')[0]?.message).toBe(
      'Reply type "quick_reply" is not one Intercom accepts. Choose comment or note.',
    );
    expect(checkField({ resource: 'contact', operation: 'create', role: 'lead' }, 'role')).toEqual([]);
  });

  it('checks the format of literal emails and phones, not of text holding a reference', () => {
    expect(checkField({ resource: 'contact', operation: 'create', email: 'jane@' }, 'email')[0]?.code).toBe('invalid_email');
    expect(checkField({ resource: 'contact', operation: 'create', email: '<Trigger.first>@example' }, 'email')).toEqual([]);
    expect(checkField({ resource: 'contact', operation: 'update', contactId: '1', phone: '555 0123' }, 'phone')[0]?.code).toBe('invalid_phone');
    expect(checkField({ resource: 'contact', operation: 'update', contactId: '1', phone: '+1<Trigger.digits>' }, 'phone')).toEqual([]);
    expect(checkField({ resource: 'contact', operation: 'create', email: 'a <b> c' }, 'email')[0]?.code).toBe('invalid_email');
  });

  it('checks per page, the typed text included', () => {
    expect(checkField({ resource: 'conversation', operation: 'list', perPage: '0' }, 'perPage')[0]).toMatchObject({ field: 'perPage', code: 'invalid_number' });
    expect(checkField({ resource: 'conversation', operation: 'list', perPage: '20' }, 'perPage')).toEqual([]);
  });

  it('checks JSON fields against their schema and rules', () => {
    expect(checkField({ resource: 'contact', operation: 'search', queryJson: '{"query": {"field": "email"' }, 'queryJson')[0]?.code).toBe('invalid_json');
    expect(checkField({ resource: 'ticket', operation: 'create', ticketJson: '{"ticket_type_id": "1", "contacts": []}' }, 'ticketJson')[0]?.code).toBe('no_contact');
  });
});
