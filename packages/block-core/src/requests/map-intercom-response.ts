import { findOperation } from '../definition/visibility.js';
import type { BlockOutputs, IntercomConfig } from '../types.js';
import { describeIntercomError } from './describe-intercom-error.js';
import type { ResponseHeaders } from './intercom-error-body.js';
import { IntercomResponseShapeError } from './request-error.js';
import { quoteValue } from '../text/quote.js';

/** An answer from Intercom as the proxy received it. */
export interface IntercomResponse {
  status: number;
  /** The parsed JSON body, or the body's text when it was not JSON. */
  body: unknown;
  headers?: ResponseHeaders;
}

/**
 * Turns Intercom's answer into the block's outputs: on 2xx `success: true` plus exactly the outputs the
 * operation declares; otherwise `success: false` and a readable `error`.
 * @param config - the config the request was built from (its operation decides the outputs).
 * @param response - status, body and headers of Intercom's answer.
 * @returns the block's outputs; never throws.
 * @example
 * mapIntercomResponse({ resource: 'contact', operation: 'delete', contactId: '1' }, { status: 200, body: { type: 'contact', id: '1', deleted: true } })
 * // { success: true, deleted: true }
 */
export function mapIntercomResponse(config: IntercomConfig, response: IntercomResponse): BlockOutputs {
  const operation = findOperation(config.resource, config.operation);
  if (!operation) {
    return { success: false, error: `The Intercom block has no operation ${quoteValue(config.operation)} for resource ${quoteValue(config.resource)}.` };
  }
  const { status, headers } = response;
  if (status < 200 || status >= 300) return { success: false, error: describeIntercomError(status, response.body, headers, { config }) };

  const body = parseText(response.body);
  if (!body.ok) return { success: false, error: `Intercom answered HTTP ${status} with a body that is not JSON: "${body.excerpt}".` };
  try {
    const outputs = operation.mapResponse(body.value);
    // Only the declared outputs: downstream steps see exactly what the reference doc lists for this operation.
    const declared = Object.fromEntries(Object.keys(operation.outputs).map((name) => [name, outputs[name]])) as Partial<BlockOutputs>;
    return { ...declared, success: true };
  } catch (error) {
    if (error instanceof IntercomResponseShapeError) return { success: false, error: error.message };
    return { success: false, error: `Could not read Intercom's answer to ${operation.label}: ${(error as Error).message}` };
  }
}

function parseText(body: unknown): { ok: true; value: unknown } | { ok: false; excerpt: string } {
  if (typeof body !== 'string') return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const text = body.replace(/\s+/g, ' ').trim();
    return { ok: false, excerpt: text.length > 160 ? `${text.slice(0, 160)}…` : text };
  }
}
