import { describe, expect, it } from 'vitest';
import { operationOptions } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';
import { checkResourceAndOperation } from './resource-operation-rules.js';

const check = (config: Partial<IntercomConfig>, requireChoice = true) => checkResourceAndOperation(config as IntercomConfig, { requireChoice });
// The resource's operations as the table lists them, so a new operation needs no edit here.
const operationsOf = (resource: string) => operationOptions(resource).map((o) => o.value).join(', ');

describe('checkResourceAndOperation', () => {
  it('accepts every operation of the table', () => {
    expect(check({ resource: 'contact', operation: 'search' })).toEqual([]);
    expect(check({ resource: 'admin', operation: 'list' })).toEqual([]);
  });

  it('asks for a resource and an operation when validating', () => {
    expect(check({ resource: ' ', operation: '' })).toEqual([
      { field: 'resource', code: 'required', message: 'Choose a resource: contact, conversation, ticket, admin.' },
    ]);
    expect(check({ resource: 'ticket', operation: '' })).toEqual([{ field: 'operation', code: 'required', message: `Choose an operation for ticket: ${operationsOf('ticket')}.` }]);
    expect(check({ resource: 'ticket', operation: '' }, false)).toEqual([]);
  });

  it('names an unknown resource, and the ones there are', () => {
    expect(check({ resource: 'company', operation: 'get' })).toEqual([
      { field: 'resource', code: 'unknown_resource', message: 'Resource "company" is not one the Intercom block supports. Choose one of: contact, conversation, ticket, admin.' },
    ]);
  });

  it("names an operation the resource does not have, and the resource's operations", () => {
    expect(check({ resource: 'contact', operation: '...' }, false)).toEqual([
      { field: 'operation', code: 'unknown_operation', message: `Operation "..." is not available for contact. Choose one of: ${operationsOf('contact')}.` },
    ]);
    expect(check({ resource: 'admin', operation: 'create' })[0]?.code).toBe('unknown_operation');
  });

  it('leaves values of the wrong kind to the kind check', () => {
    expect(check({ resource: 42 as unknown as string, operation: 'get' })).toEqual([]);
    expect(check({ resource: 'contact', operation: true as unknown as string })).toEqual([]);
  });
});
