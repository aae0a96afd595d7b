import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntercomConfig, StepOutputs } from '../types.js';
import { parseReferences } from './parse-references.js';
import { referencesInField } from './reference-fields.js';
import { resolveReferences } from './resolve-references.js';

const stepOutputs: StepOutputs = {
  Trigger: { email: 'ann@example.com', age: 42, vip: true, phone: null, contact: { id: 'c1', tags: ['a', 'b'] } },
  Classify: { labels: [{ name: 'billing', score: 0.9 }] },
};

const resolved = (config: IntercomConfig) => {
  const result = resolveReferences(config, stepOutputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
};

describe('resolveReferences in text fields', () => {
  it('writes values as text: numbers and booleans as text, objects and lists as compact JSON', () => {
    const config = {
      resource: 'conversation',
      operation: 'reply',
      conversationId: '<Trigger.contact.id>',
      message: 'Age <Trigger.age>, vip <Trigger.vip>, <Trigger.contact>, <Trigger.contact.tags> <Classify.labels[0].name>',
    };
    expect(resolved(config)).toEqual({
      ...config,
      conversationId: 'c1',
      message: 'Age 42, vip true, {"id":"c1","tags":["a","b"]}, ["a","b"] billing',
    });
  });

  it('leaves angle-bracket text that is not a reference alone', () => {
    const config = { resource: 'conversation', operation: 'reply', message: 'a < b, <john@x.com>, <Trigger>, <<Trigger.email>' };
    expect(resolved(config).message).toBe('a < b, <john@x.com>, <Trigger>, <ann@example.com');
  });

  it('does not resolve references that appear inside inserted values', () => {
    const outputs = { Step: { text: 'see <Step.secret>', secret: 'hidden' } };
    const config = { resource: 'conversation', operation: 'reply', message: '<Step.text>', conversationId: '1' };
    const result = resolveReferences(config, outputs);
    expect(result.ok && result.config.message).toBe('see <Step.secret>');
  });

  it('keeps the values of fields the chosen operation does not use', () => {
    const config = { resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>', message: '<Nope.x>', extra: '<Trigger.email>' };
    expect(resolved(config)).toEqual({ ...config, contactId: 'c1' });
  });

  it('fails with an issue per unresolvable reference, never an empty string', () => {
    const config = {
      resource: 'conversation',
      operation: 'reply',
      conversationId: '<Nope.id>',
      message: 'Hi\n<Trigger.emial> <Trigger.phone> <Classify.labels[1].name> <Trigger.email>',
    };
    const result = resolveReferences(config, stepOutputs);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      {
        field: 'conversationId',
        code: 'unresolved_reference',
        message: 'Cannot resolve <Nope.id>: no step named "Nope" ran before this block. Available: Trigger, Classify.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 10,
      },
      expect.objectContaining({
        field: 'message',
        message: 'Cannot resolve <Trigger.emial>: Trigger has no output "emial". Available: email, age, vip, phone, contact.',
        line: 2,
        column: 1,
      }),
      expect.objectContaining({
        field: 'message',
        message: 'Cannot resolve <Trigger.phone>: Trigger.phone is empty (null), so there is no text to put in its place.',
      }),
      expect.objectContaining({ field: 'message', message: 'Cannot resolve <Classify.labels[1].name>: Classify.labels has no item [1]. It has 1 item.' }),
    ]);
  });
});

describe('resolveReferences in JSON fields', () => {
  const search = (queryJson: string) => ({ resource: 'contact', operation: 'search', queryJson });

  it('gives a string that is exactly one reference the value with its own JSON type', () => {
    const text = '{"query": {"field": "age", "operator": "=", "value": "<Trigger.age>"}, "x": ["<Trigger.vip>", "<Trigger.phone>", "<Trigger.contact>"]}';
    expect(JSON.parse(resolved(search(text)).queryJson ?? '')).toEqual({
      query: { field: 'age', operator: '=', value: 42 },
      x: [true, null, { id: 'c1', tags: ['a', 'b'] }],
    });
  });

  it('writes a reference inside a longer string as text, escaped for JSON', () => {
    const text = '{"value": "Dear <Trigger.email>, tags <Trigger.contact.tags>", "<Trigger.contact.id>": 1}';
    expect(JSON.parse(resolved(search(text)).queryJson ?? '')).toEqual({ value: 'Dear ann@example.com, tags ["a","b"]', c1: 1 });
  });

  it('keeps the formatting and the other values of the JSON text', () => {
    const text = '{\n  "big": 12345678901234567890,\n  "value": "<Trigger.age>"\n}';
    expect(resolved(search(text)).queryJson).toBe('{\n  "big": 12345678901234567890,\n  "value": 42\n}');
  });

  it('reads references written with JSON escapes', () => {
    expect(resolved(search(String.raw`{"value": "\u003cTrigger.age>"}`)).queryJson).toBe('{"value": 42}');
  });

  it('leaves JSON that does not parse as it is', () => {
    const text = '{"value": "<Trigger.age>",}';
    expect(resolved(search(text)).queryJson).toBe(text);
  });

  it('reports unresolvable references with their place in the JSON text', () => {
    const text = '{\n  "value": "<Trigger.nope>",\n  "name": "x <Trigger.phone>"\n}';
    const result = resolveReferences(search(text), stepOutputs);
    expect(!result.ok && result.issues.map((i) => [i.field, i.code, i.line, i.column, i.endColumn])).toEqual([
      ['queryJson', 'unresolved_reference', 2, 13, 27],
      ['queryJson', 'unresolved_reference', 3, 14, 29],
    ]);
  });
});

describe('resolveReferences properties', () => {
  const noReference = fc
    .array(fc.oneof(fc.string(), fc.constantFrom('a < b', '<john@x.com>', '<Trigger>', '<<', '>', '<Step.>', '<1Step.x>', '"', '\\', '{', '}')), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''))
    .filter((text) => parseReferences(text).length === 0 && referencesInField(text, 'json').length === 0);

  it('never changes text without a reference', () => {
    fc.assert(
      fc.property(noReference, fc.constantFrom(['contact', 'create'], ['contact', 'search'], ['conversation', 'reply'], ['ticket', 'create']), (text, [resource, operation]) => {
        const config = { resource, operation, email: text, name: text, customAttributesJson: text, queryJson: text, message: text, ticketJson: text };
        expect(resolveReferences(config, stepOutputs)).toEqual({ ok: true, config });
      }),
    );
  });
});
