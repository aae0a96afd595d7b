import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import type { RunLogRecord } from './proxy-options.js';
import { revealsSecret } from './test-support/secret-forms.js';
import { startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

const records: RunLogRecord[] = [];
/** Intercom's (the sandbox's) request id of each answer the proxy got. */
const intercomRequestIds: string[] = [];
let harness: ProxyHarness;

beforeAll(async () => {
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    intercomRequestIds.push(response.headers.get('x-request-id') ?? '');
    return response;
  };
  harness = await startProxyHarness({ proxy: { logRun: (record) => records.push(record), instanceId: 'proxy-a', fetch: recordingFetch } });
});
afterAll(async () => {
  await harness.close();
});
beforeEach(() => {
  records.length = 0;
  intercomRequestIds.length = 0;
});

async function execute(config: Record<string, unknown>, headers: Record<string, string> = {}) {
  return harness.call('/v1/intercom/execute', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ config }) });
}

describe('one log record per run', () => {
  it("says who ran what, how Intercom answered and how long it took, under the caller's request id", async () => {
    const answer = await execute({ resource: 'contact', operation: 'get', contactId: seedContactIds.amara }, { 'X-Request-Id': 'host-run-42.step:3' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('host-run-42.step:3');
    expect(records).toEqual([
      {
        requestId: 'host-run-42.step:3',
        instance: 'proxy-a',
        tenant: 'default',
        operation: 'contact.get',
        status: 200,
        success: true,
        intercomStatus: 200,
        intercomRequestId: intercomRequestIds[0],
        retries: 0,
        durationMs: expect.any(Number) as unknown,
      },
    ]);
    expect(intercomRequestIds[0]).toMatch(/^[0-9a-z-]{8,}$/i);
  });

  it('makes a request id when the caller sent none or a malformed one, and answers it', async () => {
    const none = await execute({ resource: 'admin', operation: 'list' });
    const malformed = await execute({ resource: 'admin', operation: 'list' }, { 'X-Request-Id': 'has space and "quotes"' });
    const ids = [none.headers.get('x-request-id'), malformed.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(records.map((record) => record.requestId)).toEqual(ids);
    // Every answer names its request, not only runs.
    expect((await harness.call('/v1/intercom/connection')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("counts a read's retries and reports Intercom's last answer", async () => {
    harness.sandbox.faults.add({ route: 'GET /admins', kind: 'server_error', count: 1 });
    await execute({ resource: 'admin', operation: 'list' });
    expect(records[0]).toMatchObject({ operation: 'admin.list', status: 200, success: true, intercomStatus: 200, retries: 1 });
    expect(records[0]?.intercomRequestId).toBe(intercomRequestIds[1]);
  });

  it('makes the record the only line of a run that went well; a call that did not still gets its line', async () => {
    harness.logs.length = 0;
    await execute({ resource: 'contact', operation: 'get', contactId: seedContactIds.amara });
    expect(records).toHaveLength(1);
    expect(harness.logs).toEqual([]);
    harness.sandbox.faults.add({ route: 'GET /admins', kind: 'server_error', count: 1 });
    await execute({ resource: 'admin', operation: 'list' });
    expect(harness.logs).toEqual([expect.stringMatching(/^intercom GET \/admins -> 500 \(\d+ ms, attempt 1\)$/), expect.stringMatching(/^intercom GET \/admins -> 200 \(\d+ ms, attempt 2\)$/)]);
  });

  it('records a refused run without Intercom fields, and a replayed one as replayed', async () => {
    // An operation the block does not have is not named: it is whatever the caller typed.
    await execute({ resource: 'contact', operation: 'nope' });
    expect(records[0]).toEqual({
      requestId: expect.any(String) as unknown,
      instance: 'proxy-a',
      tenant: 'default',
      operation: '?',
      status: 422,
      success: false,
      retries: 0,
      durationMs: expect.any(Number) as unknown,
    });
    const config = { resource: 'contact', operation: 'create', role: 'user', email: `log-${process.pid}@example.com` };
    await execute(config, { 'Idempotency-Key': 'log-run-1' });
    await execute(config, { 'Idempotency-Key': 'log-run-1' });
    expect(records.slice(1).map((record) => [record.idempotency, record.intercomStatus])).toEqual([
      ['ran', 200],
      ['replayed', undefined],
    ]);
  });

  it('never holds the token or a field value, in any encoding', async () => {
    const email = `zq-field-value-${process.pid}@example.com`;
    const name = 'Zebedee Quillfeather-Field';
    await execute({ resource: 'contact', operation: 'create', role: 'user', email, name }, { 'Idempotency-Key': 'secret-check' });
    await execute({ resource: 'contact', operation: 'search', queryJson: JSON.stringify({ query: { field: 'email', operator: '=', value: email } }) });
    await execute({ resource: 'contact', operation: 'get', contactId: `missing-${name.replace(/ /g, '')}` });
    expect(records).toHaveLength(3);
    expect(records.every((record) => record.intercomStatus !== undefined)).toBe(true);
    const everything = JSON.stringify(records) + harness.logs.join('\n');
    for (const secret of [harness.sandbox.token, email, name, `missing-${name.replace(/ /g, '')}`]) {
      expect(revealsSecret(everything, secret), secret).toBe(false);
    }
  });
});
