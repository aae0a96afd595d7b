import { describe, expect, it } from 'vitest';
import { intercomBlock } from '../definition/intercom-block.js';
import { exampleConfig } from '../definition/operation-example.js';
import { operationByKey, visibleFields } from '../definition/visibility.js';
import { buildIntercomRequest } from '../requests/build-intercom-request.js';
import { describeIntercomError } from '../requests/describe-intercom-error.js';
import { runBlock } from '../run/run-block.js';
import type { BlockTransport } from '../run/block-transport.js';
import type { IntercomConfig, OperationKey } from '../types.js';
import { validateConfig } from './validate-config.js';

// A message quotes what it is about, but a person reads a line, not a megabyte.
const MAX_MESSAGE = 600;
const huge = 'x'.repeat(1_000_000);

/** Values of about 1 MB in every shape a field can get one. */
const hugeValues: unknown[] = [
  huge,
  `${huge}@example.com`,
  `+1${'5'.repeat(1_000_000)}`,
  `<${huge}.id>`,
  `<Trigger.${huge}>`,
  `{"${huge}": 1}`,
  `{"a": ${'9'.repeat(1_000_000)}}`,
  `{"a": "${huge}", "a": 1}`,
  `{"query": {"field": "${huge}", "operator": "${huge}", "value": "${huge}"}, "sort": {"field": "name", "order": "${huge}"}}`,
  `{"query": {"operator": "${huge}", "value": []}}`,
  `{"ticket_type_id": "${huge}", "contacts": [{"${huge}": "1", "email": "${huge}"}]}`,
  `{${huge}}`,
  `[${huge}]`,
  { [huge]: 1 },
];

const keys = intercomBlock.operations.map((operation) => operation.key);
const configFor = (key: OperationKey, extra: Record<string, unknown> = {}): IntercomConfig => ({ ...exampleConfig(operationByKey(key)), ...extra });

describe('messages clip what they quote', () => {
  it.each(keys)('%s: validateConfig and buildIntercomRequest say it in a line, whatever huge value a field holds', (key: OperationKey) => {
    const tooLong: string[] = [];
    const fields = ['resource', 'operation', ...visibleFields(configFor(key)).map((field) => field.name)];
    for (const name of fields) {
      for (const value of hugeValues) {
        const config = configFor(key, { [name]: value });
        for (const issue of validateConfig(config, { upstream: [{ name: 'Trigger', outputs: { id: '1' } }] })) {
          if (issue.message.length > MAX_MESSAGE) tooLong.push(`${name} ${issue.code}: ${issue.message.slice(0, 80)}… (${issue.message.length})`);
        }
        try {
          buildIntercomRequest(config, { adminId: '1' });
        } catch (error) {
          const message = (error as Error).message;
          if (message.length > MAX_MESSAGE) tooLong.push(`${name} build: ${message.slice(0, 80)}… (${message.length})`);
        }
      }
    }
    expect(tooLong).toEqual([]);
  });

  it("runBlock's error names every problem, each in a line", async () => {
    const transport = { execute: () => Promise.resolve({ success: true }) } as unknown as BlockTransport;
    const outputs = await runBlock({ resource: 'contact', operation: 'create', role: huge, email: huge, phone: huge, customAttributesJson: `{"${huge}": 1}` }, { stepOutputs: {}, transport });
    expect(outputs.success).toBe(false);
    expect(outputs.error?.length).toBeLessThan(4 * MAX_MESSAGE);
    const missing = await runBlock({ resource: 'contact', operation: 'get', contactId: `<${huge}.id>` }, { stepOutputs: {}, transport });
    expect(missing.error?.length).toBeLessThan(MAX_MESSAGE);
  });

  it("clips Intercom's own words: a 200 KB error message or body", () => {
    const long = 'y'.repeat(200_000);
    const json = describeIntercomError(422, { type: 'error.list', request_id: 'r1', errors: [{ code: 'parameter_invalid', message: long, field: long }, { code: long }] });
    expect(json.length).toBeLessThan(2 * MAX_MESSAGE);
    expect(json).toContain('request id r1');
    expect(describeIntercomError(500, long).length).toBeLessThan(MAX_MESSAGE);
    const withHeaders = describeIntercomError(410, {}, { Link: `</contacts/${long}>; rel="canonical"`, 'X-Request-Id': long });
    expect(withHeaders.length).toBeLessThan(2 * MAX_MESSAGE);
  });
});
