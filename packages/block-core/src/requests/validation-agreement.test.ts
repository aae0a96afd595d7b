import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intercomBlock } from '../definition/intercom-block.js';
import { exampleConfig } from '../definition/operation-example.js';
import { operationByKey, visibleFields } from '../definition/visibility.js';
import type { IntercomConfig, OperationKey } from '../types.js';
import { validateConfig } from '../validation/validate-config.js';
import { buildIntercomRequest } from './build-intercom-request.js';

/** Odd values people, hosts and earlier steps produce; each is put in every field of every operation. */
const oddValues: unknown[] = [
  undefined, null, '', ' ', '\t\n', 0, -0, 1, -1, 42, 1.5, 150, 151, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE * 10,
  true, false, {}, [], ['a'], { id: '1' },
  '0', '1', '50', ' 50 ', '+50', '-50', '50.0', '5e1', '0x32', '050', '1_0', '٥٠', 'Infinity', 'NaN', 'null', 'true',
  '.', '..', ' .. ', '...', '/', 'a/b', '%', '%2e%2e', '?', '#', '\\', 'a b', '\u0000', '\ud800', 'x\udc00', '😀',
  'user', 'lead', 'comment', 'note', 'admin', 'User', ' user ',
  'jane@example.com', 'a@b', '+14155550123', '+1 415 555 0123',
  '<Trigger.id>', '<Trigger.id', 'x'.repeat(100_000),
  '{}', '[]', '{', '{"a": 1}', '{"a": 1,}', '{"a": {"b": 1}}', '{"a": 1e400}', '{"a": 12345678901234567890}', '{"__proto__": {"x": 1}}',
  '{"query": {"field": "email", "operator": "=", "value": "a@b.co"}}',
  '{"ticket_type_id": "7", "contacts": [{"id": "1"}]}', '{"ticket_type_id": "7", "contacts": [{"email": "a@b.co"}]}',
];

const keys = intercomBlock.operations.map((operation) => operation.key);
const configFor = (key: OperationKey, extra: Record<string, unknown>): IntercomConfig => ({ ...exampleConfig(operationByKey(key)), ...extra });

/** What buildIntercomRequest says about a config that validateConfig passed (undefined when it builds). */
function buildProblem(config: IntercomConfig): string | undefined {
  try {
    buildIntercomRequest(config, { adminId: '991' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

describe('validateConfig and buildIntercomRequest agree', () => {
  it.each(keys)('%s: every odd value in every field that validates also builds', (key) => {
    const disagreements: string[] = [];
    for (const { name } of visibleFields(configFor(key, {}))) {
      if (name === 'resource' || name === 'operation') continue;
      for (const value of oddValues) {
        const config = configFor(key, { [name]: value });
        if (validateConfig(config).length > 0) continue;
        const problem = buildProblem(config);
        if (problem !== undefined) disagreements.push(`${name} = ${JSON.stringify(value)?.slice(0, 40)}: ${problem.slice(0, 200)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('holds for random values in several fields at once', () => {
    const value = fc.oneof(fc.constantFrom(...oddValues), fc.string({ unit: 'binary', maxLength: 12 }), fc.double(), fc.integer());
    const fieldNames = [...new Set(intercomBlock.operations.flatMap((operation) => operation.fields.map((use) => use.field)))];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.dictionary(fc.constantFrom(...fieldNames), value, { maxKeys: 4 }), (key, values) => {
        const config = configFor(key, values);
        if (validateConfig(config).length === 0) expect(buildProblem(config)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
