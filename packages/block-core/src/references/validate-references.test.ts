import { describe, expect, it } from 'vitest';
import type { UpstreamStep } from '../types.js';
import { blockOutputShape } from './block-output-shape.js';
import { validateReferences } from './validate-references.js';

const upstream: UpstreamStep[] = [
  { name: 'Trigger', outputs: { email: 'ann@example.com', name: 'Ann', conversation_id: '123', message: 'Hi' } },
  {
    name: 'Classify',
    shape: {
      type: 'object',
      properties: {
        labels: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
        raw: { type: 'unknown' },
      },
    },
  },
];

const reply = (fields: Record<string, string>) => ({ resource: 'conversation', operation: 'reply', ...fields });

describe('validateReferences', () => {
  it('accepts references to outputs that exist, from a sample or a shape', () => {
    const config = reply({ conversationId: '<Trigger.conversation_id>', message: 'Re: <Trigger.message> <Classify.labels[3].name> <Classify.raw.x.y[0]>' });
    expect(validateReferences(config, upstream)).toEqual([]);
  });

  it('reports an unknown step, listing the steps that are available, at the place of the reference', () => {
    expect(validateReferences(reply({ message: 'Hello\n  <Trigerr.name>' }), upstream)).toEqual([
      {
        field: 'message',
        code: 'unknown_step',
        message: 'No step named "Trigerr" comes before this block. Available: Trigger, Classify.',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 17,
      },
    ]);
    expect(validateReferences(reply({ message: '<A.b>' }), [])[0]?.message).toBe(
      'No step named "A" comes before this block; there are no earlier steps to reference.',
    );
  });

  it('reports an unknown field, listing the fields available at that level', () => {
    const [issue] = validateReferences(reply({ conversationId: '<Trigger.emial>' }), upstream);
    expect(issue).toMatchObject({
      field: 'conversationId',
      code: 'unknown_field',
      message: 'Trigger has no output "emial". Available: email, name, conversation_id, message.',
    });
    expect(validateReferences(reply({ message: '<Classify.labels[0].nam>' }), upstream)[0]?.message).toBe(
      'Classify.labels[0] has no field "nam". Available: name.',
    );
    expect(validateReferences(reply({ message: '<Classify.labels.name>' }), upstream)[0]?.code).toBe('unknown_field');
  });

  it('finds references inside the strings of JSON fields, with line and column in the JSON text', () => {
    const config = {
      resource: 'contact',
      operation: 'search',
      queryJson: '{\n  "query": {\n    "field": "email", "operator": "=", "value": "<Trigger.emial>"\n  }\n}',
    };
    const lineText = config.queryJson.split('\n')[2] ?? '';
    const column = lineText.indexOf('<') + 1;
    expect(column).toBe(50);
    expect(validateReferences(config, upstream)).toEqual([
      expect.objectContaining({ field: 'queryJson', code: 'unknown_field', line: 3, column, endLine: 3, endColumn: column + '<Trigger.emial>'.length }),
    ]);
  });

  it('checks JSON fields that do not parse, since their strings still hold references', () => {
    const config = { resource: 'ticket', operation: 'create', ticketJson: '{"contacts": [{"email": "<Nope.email>"}' };
    expect(validateReferences(config, upstream).map((i) => i.code)).toEqual(['unknown_step']);
  });

  it('checks only the fields the chosen operation shows', () => {
    const config = { resource: 'contact', operation: 'get', contactId: '<Trigger.email>', message: '<Nope.x>', queryJson: '"<Nope.y>"' };
    expect(validateReferences(config, upstream)).toEqual([]);
  });

  it('ignores angle-bracket text that is not a reference', () => {
    expect(validateReferences(reply({ message: 'a < b, <john@x.com>, <Trigger>, <<Trigger.name>' }), upstream)).toEqual([]);
  });

  it('knows the outputs of an Intercom block upstream from its operation', () => {
    const intercom: UpstreamStep = { name: 'Intercom', shape: blockOutputShape({ resource: 'contact', operation: 'create' }) };
    const ok = reply({ message: '<Intercom.contact.email> <Intercom.contact.custom_attributes.plan> <Intercom.success>' });
    expect(validateReferences(ok, [intercom])).toEqual([]);
    expect(validateReferences(reply({ message: '<Intercom.contacts[0].id>' }), [intercom])[0]?.message).toMatch(
      /^Intercom has no output "contacts"\. Available: success, error, contact\.$/,
    );
  });
});
