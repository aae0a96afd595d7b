import {
  buildIntercomRequest,
  findOperation,
  mapIntercomResponse,
  validateConfig,
  type BlockOutputs,
  type IntercomConfig,
  type IntercomRequest,
} from '@workflow-blocks/block-core';
import type { ProxyServices } from '../proxy-services.js';
import { proxyFailures } from '../proxy-failures.js';
import { describeIssues } from './describe-issues.js';

/** What `/execute` answers: an HTTP status and the block's outputs. */
export interface ExecuteReply {
  status: 200 | 400;
  outputs: BlockOutputs;
}

const failure = (error: string, status: 200 | 400 = 200): ExecuteReply => ({ status, outputs: { success: false, error } });

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Runs one resolved block config against Intercom, after checking it again on the server.
 * Only the block's own operations are accepted (the operation table), every config is validated by
 * block-core, and the request is built by block-core, so a caller can only do what the block can do.
 * @param services - the proxy's Intercom connection.
 * @param body - the parsed request body, `{ config }`.
 * @param signal - aborts waiting when the caller goes away.
 */
export async function executeBlock(services: ProxyServices, body: unknown, signal?: AbortSignal): Promise<ExecuteReply> {
  if (!isObject(body) || !isObject(body.config)) return failure(proxyFailures.noConfig, 400);
  const config = body.config as IntercomConfig;
  const operation = findOperation(config.resource, config.operation);
  const issues = validateConfig(config);
  if (!operation) {
    const onOperation = issues.filter((issue) => issue.field === 'resource' || issue.field === 'operation');
    return failure(
      onOperation.length > 0
        ? describeIssues(onOperation)
        : `The Intercom block has no operation "${String(config.operation)}" for resource "${String(config.resource)}".`,
    );
  }
  if (issues.length > 0) return failure(describeIssues(issues));

  let adminId: string | undefined;
  const usesAdmin = operation.fields.some((use) => use.field === 'adminId');
  if (usesAdmin && (typeof config.adminId !== 'string' || config.adminId.trim() === '')) {
    const connected = await services.connection.adminId();
    if (!connected.ok) return failure(connected.error);
    adminId = connected.value;
  }

  let request: IntercomRequest;
  try {
    request = buildIntercomRequest(config, adminId === undefined ? {} : { adminId });
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }

  const result = await services.call(request, {
    write: operation.write,
    label: `${operation.method} ${operation.path}`,
    ...(signal ? { signal } : {}),
  });
  if (result.kind === 'failure') return failure(result.error);
  return { status: 200, outputs: mapIntercomResponse(config, result.response) };
}
