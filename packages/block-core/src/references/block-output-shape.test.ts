import { loadIntercomSpec } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import type { OutputShape } from '../types.js';
import { blockOutputShape } from './block-output-shape.js';
import {
  adminShape,
  archivedContactShape,
  contactShape,
  conversationListItemShape,
  conversationShape,
  noteShape,
  pagesShape,
  tagShape,
  ticketReplyShape,
  ticketShape,
  userMessageShape,
} from './intercom-output-shapes.js';

type Schema = { properties?: Record<string, Schema>; allOf?: Schema[]; $ref?: string; type?: string };

const schemas = (loadIntercomSpec().components as { schemas: Record<string, Schema> }).schemas;

/** The properties of a spec schema, following allOf and $ref. */
function specProperties(schema: Schema): Record<string, Schema> {
  if (schema.$ref) return specProperties(schemas[schema.$ref.split('/').pop() ?? ''] ?? {});
  let properties = { ...schema.properties };
  for (const part of schema.allOf ?? []) properties = { ...properties, ...specProperties(part) };
  return properties;
}

const propertiesOf = (shape: OutputShape) => (shape.type === 'object' ? shape.properties : {});
const specType = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', array: 'array', object: 'object' } as const;

describe('blockOutputShape', () => {
  it('has success and error, plus the outputs of the chosen operation', () => {
    expect(Object.keys(blockOutputShape({ resource: 'contact', operation: 'list' }).properties)).toEqual(['success', 'error', 'contacts', 'pages']);
    expect(Object.keys(blockOutputShape({ resource: 'contact', operation: 'delete' }).properties)).toEqual(['success', 'error', 'deleted']);
    expect(Object.keys(blockOutputShape({ resource: 'contact', operation: '' }).properties)).toEqual(['success', 'error']);
    for (const op of intercomOperations) {
      expect(Object.keys(blockOutputShape(op).properties)).toEqual(['success', 'error', ...Object.keys(op.outputs)]);
    }
  });

  it('describes contacts, conversations, tickets and admins with their main fields, and lists as arrays', () => {
    const list = blockOutputShape({ resource: 'contact', operation: 'search' }).properties;
    expect(list.results).toMatchObject({ type: 'array', items: { type: 'object' } });
    expect(propertiesOf(contactShape)).toMatchObject({ id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } });
    expect(blockOutputShape({ resource: 'admin', operation: 'list' }).properties.admins).toMatchObject({
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } },
    });
    expect(blockOutputShape({ resource: 'contact', operation: 'delete' }).properties.deleted).toMatchObject({ type: 'boolean' });
    expect(blockOutputShape({ resource: 'ticket', operation: 'get' }).properties.ticket).toBe(ticketShape);
  });

  it.each([
    ['contact', contactShape, ['enabled_push_messaging']],
    ['conversation', conversationShape, []],
    ['conversation_list_item', conversationListItemShape, []],
    ['ticket', ticketShape, []],
    ['admin', adminShape, []],
    ['cursor_pages', pagesShape, []],
    ['tag', tagShape, []],
    ['message', userMessageShape, []],
    ['contact_archived', archivedContactShape, []],
    ['note', noteShape, []],
    ['ticket_reply', ticketReplyShape, []],
  ] as const)('lists exactly the fields of the 2.16 %s schema, with matching types', (name, shape, extra) => {
    const spec = specProperties(schemas[name] ?? {});
    const ours = propertiesOf(shape);
    expect(Object.keys(ours).sort()).toEqual([...Object.keys(spec), ...extra].sort());
    for (const [field, schema] of Object.entries(spec)) {
      const declared = schema.type as keyof typeof specType | undefined;
      if (declared && ours[field]?.type !== 'unknown') expect([field, ours[field]?.type]).toEqual([field, specType[declared]]);
    }
  });
});
