import type * as JsonSchemaModule from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { acceptedContactSearches, referenceDocExampleText } from '@workflow-blocks/test-support';
import { intercomBlock } from '../definition/intercom-block.js';
import { exampleConfig } from '../definition/operation-example.js';
import { operationByKey, operationOptions } from '../definition/visibility.js';
import { parseSavedBlock } from '../form/parse-saved-block.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { IntercomConfig, OperationKey, UpstreamStep } from '../types.js';
import { buildIntercomRequest } from '../requests/build-intercom-request.js';
import { validateConfig } from './validate-config.js';

// Counts schema compilations, to prove validation compiles each schema once and not per keystroke.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('@cfworker/json-schema', async (importOriginal) => {
  const actual = await importOriginal<typeof JsonSchemaModule>();
  class CountingValidator extends actual.Validator {
    constructor(...args: ConstructorParameters<typeof actual.Validator>) {
      super(...args);
      compiled.count++;
    }
  }
  return { ...actual, Validator: CountingValidator };
});

/** Each operation's own example (valid by definition), with `extra` laid over it. */
const configFor = (key: OperationKey, extra: Partial<IntercomConfig> = {}): IntercomConfig => ({ ...exampleConfig(operationByKey(key)), ...extra });
const search = configFor('contact.search').queryJson ?? '';
const codes = (config: IntercomConfig, options?: Parameters<typeof validateConfig>[1]) =>
  validateConfig(config, options).map((issue) => `${issue.field} ${issue.code}`);

describe('validateConfig', () => {
  it.each(intercomBlock.operations.map((op) => op.key))('finds nothing wrong in a valid %s', (key) => {
    expect(validateConfig(configFor(key))).toEqual([]);
  });

  it("reports the reference doc's example config on operation only", () => {
    const { block } = parseSavedBlock(referenceDocExampleText());
    expect(block).toBeDefined();
    expect(validateConfig(block?.config ?? { resource: '', operation: '' })).toEqual([
      {
        field: 'operation',
        code: 'unknown_operation',
        message: `Operation "..." is not available for contact. Choose one of: ${operationOptions('contact').map((o) => o.value).join(', ')}.`,
      },
    ]);
  });

  it('ignores the fields the chosen operation does not show', () => {
    const config = configFor('contact.get', { email: 'not an email', phone: '12', perPage: 'lots', queryJson: '...', ticketJson: '{', role: 'boss', replyType: 7 as unknown as string });
    expect(validateConfig(config)).toEqual([]);
  });

  it('needs a resource and an operation', () => {
    expect(codes({ resource: '', operation: '' })).toEqual(['resource required']);
    expect(codes({ resource: 'contact', operation: ' ' })).toEqual(['operation required']);
    expect(codes({ resource: 'deal', operation: 'get' })).toEqual(['resource unknown_resource']);
    expect(codes({ resource: 42, operation: null } as unknown as IntercomConfig)).toEqual(['resource wrong_type']);
  });

  it('needs the required fields of the chosen operation, whitespace counting as empty', () => {
    expect(codes(configFor('contact.get', { contactId: '   ' }))).toEqual(['contactId required']);
    expect(codes(configFor('conversation.reply', { conversationId: '', message: ' \n ' }))).toEqual(['conversationId required', 'message required']);
    expect(codes(configFor('contact.search', { queryJson: '' }))).toEqual(['queryJson required']);
    expect(codes(configFor('ticket.create', { ticketJson: undefined }))).toEqual(['ticketJson required']);
    expect(codes(configFor('ticket.get', { ticketId: undefined }))).toEqual(['ticketId required']);
  });

  it('reports values of the wrong kind on their field', () => {
    expect(codes(configFor('contact.create', { email: 42 as unknown as string }))).toEqual(['email wrong_type']);
    expect(codes(configFor('contact.list', { perPage: true as unknown as number }))).toEqual(['perPage wrong_type']);
    expect(codes(configFor('contact.search', { queryJson: { query: {} } as unknown as string }))).toEqual(['queryJson wrong_type']);
  });

  it('checks email, phone, per page and select options', () => {
    const config = configFor('contact.create', { email: 'jane@example', phone: '+1 415 555 0123', role: 'visitor' });
    expect(codes(config)).toEqual(['role invalid_option', 'email invalid_email', 'phone invalid_phone']);
    expect(codes(configFor('contact.list', { perPage: '151' }))).toEqual(['perPage invalid_number']);
    expect(codes(configFor('conversation.reply', { replyType: 'quick_reply' }))).toEqual(['replyType invalid_option']);
  });

  it('asks an update to change something', () => {
    expect(validateConfig(configFor('contact.update', { name: '', customAttributesJson: ' { } ' }))).toEqual([
      {
        field: 'operation',
        code: 'nothing_to_update',
        message: 'Update contact has nothing to change: fill in at least one of Role, Email, Name, Phone or Custom attributes.',
      },
    ]);
    expect(codes(configFor('contact.update', { name: '', role: 'lead' }))).toEqual([]);
  });

  it('gives JSON problems a path and a place in the text', () => {
    const queryJson = '{\n  "query": {"field": "created_at", "operator": "!=", "value": 1}\n}';
    expect(validateConfig(configFor('contact.search', { queryJson }))).toEqual([
      {
        field: 'queryJson',
        code: 'operator_not_for_field',
        message: 'created_at is a date field: use =, < or >.',
        path: '$.query.operator',
        line: 2,
        column: 48,
        endLine: 2,
        endColumn: 52,
      },
    ]);
  });

  describe('references', () => {
    const upstream: UpstreamStep[] = [{ name: 'Trigger', outputs: { contact: { id: 'c1', email: 'jane@example.com', age: 40 } } }];

    it('does not format-check a text holding a reference', () => {
      expect(validateConfig(configFor('contact.create', { email: '<Trigger.contact.email>', phone: '<Trigger.contact.phone>' }))).toEqual([]);
    });

    it('accepts a reference where a JSON value goes, number or not', () => {
      const queryJson = '{"query": {"field": "custom_attributes.age", "operator": ">", "value": "<Trigger.contact.age>"}}';
      expect(validateConfig(configFor('contact.search', { queryJson }), { upstream })).toEqual([]);
      const ticketJson = '{"ticket_type_id": "7", "contacts": [{"id": "<Trigger.contact.id>"}]}';
      expect(validateConfig(configFor('ticket.create', { ticketJson }), { upstream })).toEqual([]);
    });

    it('checks that references point at an earlier step and output, only when the steps are given', () => {
      const config = configFor('contact.get', { contactId: '<Trigger.contact.idd>' });
      expect(validateConfig(config)).toEqual([]);
      expect(validateConfig(config, { upstream })).toEqual([
        expect.objectContaining({ field: 'contactId', code: 'unknown_field', line: 1, column: 1 }),
      ]);
      expect(codes(configFor('contact.get', { contactId: '<Nope.id>' }), { upstream })).toEqual(['contactId unknown_step']);
    });

    it('does not check references in fields the operation does not show', () => {
      expect(validateConfig(configFor('contact.get', { email: '<Nope.email>' }), { upstream })).toEqual([]);
    });
  });

  describe('ticket types', () => {
    const ticketTypes: TicketTypeInfo[] = [
      { id: '7', name: 'Bug report', attributes: [{ name: 'priority', data_type: 'list', required_to_create: true, input_options: { list_options: [{ id: 'p1', label: 'High' }] } }] },
    ];

    it('checks the ticket type and its required attributes when they are known', () => {
      expect(codes(configFor('ticket.create'), { ticketTypes })).toEqual(['ticketJson missing_ticket_attribute']);
      const ticketJson = JSON.stringify({ ticket_type_id: '7', contacts: [{ id: '1' }], ticket_attributes: { priority: 'p1' } });
      expect(codes(configFor('ticket.create', { ticketJson }), { ticketTypes })).toEqual([]);
      const unknownType = JSON.stringify({ ticket_type_id: '9', contacts: [{ id: '1' }] });
      expect(validateConfig(configFor('ticket.create', { ticketJson: unknownType }), { ticketTypes })[0]).toMatchObject({
        code: 'unknown_ticket_type',
        path: '$.ticket_type_id',
        message: 'There is no ticket type with ID "9" in this Intercom workspace. Use one of: "7" (Bug report).',
      });
    });
  });

  it('reports each problem once', () => {
    const queryJson = JSON.stringify({
      query: { operator: 'AND', value: [{ field: 'email', operator: 'contains', value: 'x' }, { operator: 'OR', value: [{ field: 'name', operator: '=', value: 'a' }] }] },
    });
    const issues = validateConfig(configFor('contact.search', { queryJson }));
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.query.value mixed_group', '$.query.value[0].operator invalid_operator']);
  });

  it('never throws, whatever is typed in any field', () => {
    const typed = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.json({ maxDepth: 3 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ query: value, contacts: value, ticket_type_id: '7', ticket_attributes: value })),
    );
    const anything = fc.oneof(typed, fc.jsonValue({ maxDepth: 2 }));
    const keys = intercomBlock.operations.map((op) => op.key);
    const upstream: UpstreamStep[] = [{ name: 'Trigger', outputs: { a: 1 } }];
    const ticketTypes: TicketTypeInfo[] = [{ id: '7', name: 'Bug', attributes: [{ name: 'p', data_type: 'list', required_to_create: true, input_options: ['x'] }] }];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.record({ email: anything, phone: anything, role: anything, perPage: anything, queryJson: typed, ticketJson: typed, customAttributesJson: typed, contactId: anything }, { requiredKeys: [] }),
        (key, values) => {
          const issues = validateConfig(configFor(key, values as Partial<IntercomConfig>), { upstream, ticketTypes });
          for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['contact.search', 'queryJson', (depth: number) => `{"query": ${'['.repeat(depth)}${']'.repeat(depth)}}`],
    ['contact.create', 'customAttributesJson', (depth: number) => `{"a": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}}`],
    ['ticket.create', 'ticketJson', (depth: number) => `{"ticket_type_id": "7", "contacts": ${'['.repeat(depth)}${']'.repeat(depth)}}`],
  ] as const)('reports JSON nested thousands of levels deep on %s %s instead of throwing', (key, field, nested) => {
    for (const depth of [6_000, 100_000]) {
      const issues = validateConfig(configFor(key, { [field]: nested(depth) }));
      expect(issues).toContainEqual(expect.objectContaining({ field, code: 'too_deeply_nested', line: 1 }));
    }
  });

  it.each([
    ['contact.get', 'contactId'],
    ['conversation.reply', 'conversationId'],
    ['ticket.get', 'ticketId'],
    ['conversation.reply', 'message'],
    ['contact.create', 'name'],
    ['contact.create', 'customAttributesJson'],
  ] as const)('reports half a character (a lone surrogate) in %s %s on the field, where it is', (key, field) => {
    for (const [text, column] of [['\ud800', 1], ['{"a": "x\udc00"}', 9], ['ok\ud83d', 3]] as const) {
      expect(validateConfig(configFor(key, { [field]: text }))).toContainEqual(
        expect.objectContaining({ field, code: 'broken_character', line: 1, column }),
      );
    }
    expect(codes(configFor(key, { [field]: '{"a": "\ud83d\ude00"}' }))).not.toContain(`${field} broken_character`);
  });

  it.each([
    ['contact.get', 'contactId'],
    ['contact.delete', 'contactId'],
    ['conversation.reply', 'conversationId'],
    ['ticket.get', 'ticketId'],
  ] as const)('reports "." and ".." as %s %s before Run, as the request builder would refuse them', (key, field) => {
    for (const id of ['.', '..', ' .. ']) expect(codes(configFor(key, { [field]: id }))).toEqual([`${field} invalid_id`]);
    for (const id of ['...', '.a', 'a..b']) expect(codes(configFor(key, { [field]: id }))).toEqual([]);
  });

  it('refuses an email holding NUL or a bidi override, in the email field and in a ticket contact, where it is', () => {
    for (const email of ['jane\u0000@example.com', 'jane@exa\u202emoc.elpmaxe']) {
      expect(codes(configFor('contact.create', { email }))).toEqual(['email invalid_email']);
      const ticketJson = JSON.stringify({ ticket_type_id: '7', contacts: [{ email }] });
      expect(validateConfig(configFor('ticket.create', { ticketJson }))).toEqual([
        expect.objectContaining({ field: 'ticketJson', code: 'invalid_email', path: '$.contacts[0].email', line: 1 }),
      ]);
    }
  });

  it("applies create's documented role default (User) to a contact with no role and no email, instead of an error", () => {
    for (const role of [undefined, '', '  ']) {
      const config: IntercomConfig = { resource: 'contact', operation: 'create', name: 'Jane', role };
      expect(validateConfig(config)).toEqual([]);
      expect(buildIntercomRequest(config).body).toEqual({ role: 'user', name: 'Jane' });
    }
    expect(validateConfig({ resource: 'contact', operation: 'create' })).toEqual([]);
  });

  it.each(acceptedContactSearches)('accepts the search %s (the sandbox accepts it too)', (_name, body) => {
    expect(validateConfig(configFor('contact.search', { queryJson: JSON.stringify(body) }))).toEqual([]);
  });

  it('reports JSON numbers that would not reach Intercom as written, and keys given twice, on the field, where they are', () => {
    expect(validateConfig(configFor('contact.create', { customAttributesJson: '{"big": 1e400,\n "id": 12345678901234567890, "plan": "a", "plan": "b"}' }))).toEqual([
      expect.objectContaining({ field: 'customAttributesJson', code: 'inexact_number', path: '$.big', line: 1, column: 9, message: expect.stringMatching(/^1e400 is too large for a JSON number: it would reach Intercom as null\./) as unknown }),
      expect.objectContaining({ field: 'customAttributesJson', code: 'inexact_number', path: '$.id', line: 2, column: 8, message: expect.stringMatching(/would reach Intercom as 12345678901234567000\./) as unknown }),
      expect.objectContaining({ field: 'customAttributesJson', code: 'duplicate_key', path: '$.plan', line: 2, column: 43 }),
    ]);
    const queryJson = '{"query": {"field": "custom_attributes.n", "operator": "=", "value": 12345678901234567890}}';
    expect(codes(configFor('contact.search', { queryJson }))).toEqual(['queryJson inexact_number']);
    expect(codes(configFor('contact.create', { customAttributesJson: '{"a": 1.0, "b": 1e2, "c": 0.1}' }))).toEqual([]);
  });

  it('compiles each schema once however often it runs, and stays fast', () => {
    const config = configFor('contact.search');
    validateConfig(config);
    validateConfig(configFor('ticket.create'));
    validateConfig(configFor('contact.create'));
    const before = compiled.count;
    expect(before).toBeGreaterThan(0);
    const started = performance.now();
    for (let i = 0; i < 300; i++) {
      validateConfig({ ...config, queryJson: `${search.slice(0, -1)}, "sort": {"field": "name", "order": "ascending"}}` });
      validateConfig(configFor('ticket.create'));
      validateConfig(configFor('contact.create'));
    }
    expect(compiled.count).toBe(before);
    // 900 validations; generous for a shared 2-core machine (about 0.05 ms each when idle).
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
