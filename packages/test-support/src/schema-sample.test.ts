import { describe, expect, it } from 'vitest';
import { responseExamples } from './intercom-spec.js';
import { schemaSamples } from './schema-sample.js';
import { createSpecValidator } from './spec-validator.js';

const spec = createSpecValidator();

describe('schemaSamples', () => {
  it('builds a body from the property examples of a 2xx that documents none, following allOf and $ref', () => {
    expect(schemaSamples('ArchiveContact')).toEqual([
      { status: 200, name: 'built from the schema', value: { type: 'contact', id: '5ba682d23d7cf92bef87bfd4', external_id: '70', archived: true } },
    ]);
    expect(schemaSamples('UnarchiveContact')[0]?.value).toMatchObject({ type: 'contact', archived: false });
    expect(schemaSamples('DeleteContact')[0]?.value).toMatchObject({ type: 'contact', deleted: true });
  });

  it('gives bodies the spec accepts', () => {
    for (const operationId of ['ArchiveContact', 'UnarchiveContact', 'DeleteContact']) {
      for (const { status, value } of schemaSamples(operationId)) expect(spec.validateResponse(operationId, status, value).errors, operationId).toEqual([]);
    }
  });

  it('builds nothing where the spec has its own examples', () => {
    expect(responseExamples('ShowContact').length).toBeGreaterThan(0);
    expect(schemaSamples('ShowContact')).toEqual([]);
  });
});
