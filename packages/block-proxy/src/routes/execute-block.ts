import {
  buildIntercomRequest,
  fetchAllPaging,
  findOperation,
  findUnresolvedReferences,
  IntercomRequestError,
  mapIntercomResponse,
  needsConnectedAdmin,
  validateConfig,
  type BlockOutputs,
  type IntercomConfig,
  type IntercomRequest,
  type ValidationIssue,
} from '@workflow-blocks/block-core';
import type { ConnectionTarget } from '../connections/connection-vault.js';
import type { TenantConnection } from '../connections/tenant-connection.js';
import type { IntercomCallFailure, IntercomCallTrace } from '../intercom-caller.js';
import { proxyFailures } from '../proxy-failures.js';
import { failureStatus, withRetryAfter, type ProxyFailureStatus } from '../proxy-status.js';
import { describeIssues } from './describe-issues.js';
import { executeAllPages } from './execute-all-pages.js';

/**
 * What `/execute` answers. 200 only when Intercom answered and the answer was mapped (its `success: false`
 * included); 400 for a body that is no `{ config }`, 422 for a config the proxy refuses (with `issues`),
 * 409 when the caller's Intercom is not connected or needs a reconnect (nothing is sent), 502/503/504 when no
 * usable answer came from Intercom.
 */
export type ExecuteReply = (
  | { status: 200; outputs: BlockOutputs }
  | { status: 400 | 409 | ProxyFailureStatus; outputs: { success: false; error: string; issues?: ValidationIssue[] }; retryAfterMs?: number }
) & {
  /**
   * Whether Intercom may have acted on the run: an answer other than 401 or 429, a time-out, a dropped
   * connection. Such an answer stands for the run's idempotency key; any other lets a repeat run again.
   */
  actedOn?: boolean;
  /** What the call to Intercom did, when one was made (for the run's log line). */
  trace?: IntercomCallTrace;
};

const refused = (status: 400 | 409 | ProxyFailureStatus, error: string, extra: { issues?: ValidationIssue[]; retryAfterMs?: number } = {}): ExecuteReply => ({
  status,
  outputs: { success: false, error, ...(extra.issues ? { issues: extra.issues } : {}) },
  ...withRetryAfter(extra.retryAfterMs),
});

/** Failures after which Intercom may have acted: the request may have reached it. */
const mayHaveActed: ReadonlySet<IntercomCallFailure['cause']> = new Set(['timeout', 'network', 'too_large']);

const invalid = (issues: ValidationIssue[]): ExecuteReply => refused(422, describeIssues(issues), { issues });

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** How `executeBlock` runs. */
export interface ExecuteOptions {
  /** Aborts waiting when the caller goes away. */
  signal?: AbortSignal;
  /** The tenant's connection, already being read (beside the run's idempotency claim); read here otherwise. */
  target?: Promise<ConnectionTarget>;
}

/**
 * Runs one resolved block config against Intercom, after checking it again on the server.
 * Only the block's own operations are accepted (the operation table), a config still holding a reference is
 * refused, every config is validated by block-core, and the request is built by block-core, so a caller can
 * only do what the block can do.
 * @param tenant - the caller's Intercom connection; without a usable one nothing is sent (409).
 * @param body - the parsed request body, `{ config }`.
 */
export async function executeBlock(tenant: TenantConnection, body: unknown, { signal, target: early }: ExecuteOptions = {}): Promise<ExecuteReply> {
  if (!isObject(body) || !isObject(body.config)) return refused(400, proxyFailures.noConfig);
  const config = body.config as IntercomConfig;
  const operation = findOperation(config.resource, config.operation);
  if (!operation) {
    const onOperation = validateConfig(config).filter((issue) => issue.field === 'resource' || issue.field === 'operation');
    return invalid(
      onOperation.length > 0
        ? onOperation
        : [{ field: 'operation', code: 'unknown_operation', message: proxyFailures.unknownOperation(config.resource, config.operation) }],
    );
  }
  // Before validation: a reference's text may well pass a field's rules, and must still never be sent.
  const unresolved = findUnresolvedReferences(config);
  if (unresolved.length > 0) return invalid(unresolved);
  const issues = validateConfig(config);
  if (issues.length > 0) return invalid(issues);

  // Not connected, or Intercom rejected the token: refused here, so Intercom sees no call at all.
  const target = await (early ?? tenant.target());
  if (!target.ok) return refused(409, target.error);

  let adminId: string | undefined;
  if (needsConnectedAdmin(config)) {
    const connected = await tenant.adminId();
    if (!connected.ok) return refused(connected.cause === 'credentials' ? 409 : failureStatus(connected.cause), connected.error, withRetryAfter(connected.retryAfterMs));
    adminId = connected.value;
  }

  let request: IntercomRequest;
  try {
    request = buildIntercomRequest(config, adminId === undefined ? {} : { adminId });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field = error instanceof IntercomRequestError && error.field ? error.field : 'operation';
    return invalid([{ field, code: 'invalid_request', message }]);
  }

  // Fetch every page: the proxy follows the cursor itself, within its own bounds (execute-all-pages.ts).
  const paging = fetchAllPaging(config, operation);
  if (paging !== undefined) return executeAllPages(tenant, config, operation, request, paging, signal);

  const trace: IntercomCallTrace = { attempts: 0 };
  // The connection read above, not read again: one look at the shared state per run.
  const result = await tenant.callWith(target, request, {
    write: operation.write,
    label: `${operation.method} ${operation.path}`,
    trace,
    ...(signal ? { signal } : {}),
  });
  if (result.kind === 'failure') {
    const reply = refused(result.cause === 'credentials' ? 409 : failureStatus(result.cause), result.error, withRetryAfter(result.retryAfterMs));
    return { ...reply, actedOn: mayHaveActed.has(result.cause), trace };
  }
  const status = result.response.status;
  return { status: 200, outputs: mapIntercomResponse(config, result.response), actedOn: status !== 401 && status !== 429, trace };
}
