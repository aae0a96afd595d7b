import {
  fetchAllPages,
  mapIntercomResponse,
  pageFailureMessage,
  type IntercomConfig,
  type IntercomRequest,
  type OperationDefinition,
  type OperationPaging,
} from '@workflow-blocks/block-core';
import type { TenantConnection } from '../connections/tenant-connection.js';
import type { IntercomCallFailure, IntercomCallTrace } from '../intercom-caller.js';
import { proxyFailures } from '../proxy-failures.js';
import { failureStatus, withRetryAfter } from '../proxy-status.js';
import type { ExecuteReply } from './execute-block.js';

const encoder = new TextEncoder();

/**
 * Runs a Fetch every page config: block-core's `fetchAllPages` follows the cursor, and each page is one ordinary
 * call (the tenant's limiter, a read's retries, `timeoutMs`, `maxResponseBytes`). The proxy bounds the whole run:
 * at most `maxResults` items (10,000 by validation), `fetchAllTimeoutMs`, `maxFetchAllBytes` over all pages.
 * A page that fails fails the run; nothing gathered before it is answered.
 */
export async function executeAllPages(
  tenant: TenantConnection,
  config: IntercomConfig,
  operation: OperationDefinition,
  request: IntercomRequest,
  paging: OperationPaging,
  signal: AbortSignal | undefined,
): Promise<ExecuteReply> {
  const { fetchAllTimeoutMs, maxFetchAllBytes } = tenant.settings;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), fetchAllTimeoutMs);
  const stop = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  const trace: IntercomCallTrace = { attempts: 0 };
  let bytes = 0;
  try {
    const result = await fetchAllPages<IntercomCallFailure>({
      config,
      request,
      paging,
      signal: stop,
      fetchPage: async (pageRequest) => {
        const pageTrace: IntercomCallTrace = { attempts: 0 };
        const answer = await tenant.call(pageRequest, { write: false, label: `${operation.method} ${operation.path}`, trace: pageTrace, signal: stop });
        Object.assign(trace, pageTrace, { attempts: trace.attempts + pageTrace.attempts });
        if (answer.kind === 'failure') return { failure: answer };
        bytes += encoder.encode(JSON.stringify(answer.response.body)).length;
        if (bytes > maxFetchAllBytes) return { failure: { kind: 'failure', cause: 'too_large', error: proxyFailures.fetchAllTooLarge(maxFetchAllBytes) } };
        return { outputs: mapIntercomResponse(config, answer.response) };
      },
    });
    switch (result.kind) {
      case 'outputs':
        return { status: 200, outputs: result.outputs, actedOn: true, trace };
      case 'failure': {
        const { failure } = result;
        // The deadline stopped a page waiting for the limiter or a retry: the limit is what to say.
        if (failure.cause === 'cancelled' && deadline.signal.aborted && !signal?.aborted) {
          return { status: 504, outputs: { success: false, error: proxyFailures.fetchAllTooLong(fetchAllTimeoutMs, result.page, result.itemsFetched) }, actedOn: false, trace };
        }
        const error = result.page === 1 && failure.cause !== 'too_large' ? failure.error : pageFailureMessage(result.page, result.itemsFetched, failure.error);
        const status = failure.cause === 'credentials' ? 409 : failureStatus(failure.cause);
        return { status, outputs: { success: false, error }, ...withRetryAfter(failure.retryAfterMs), actedOn: false, trace };
      }
      case 'stopped':
        if (deadline.signal.aborted && !signal?.aborted) {
          return { status: 504, outputs: { success: false, error: proxyFailures.fetchAllTooLong(fetchAllTimeoutMs, result.page, result.itemsFetched) }, actedOn: false, trace };
        }
        return { status: 503, outputs: { success: false, error: proxyFailures.cancelled }, actedOn: false, trace };
    }
  } finally {
    clearTimeout(timer);
  }
}
