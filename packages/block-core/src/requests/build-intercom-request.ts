import type { IntercomRequestContext } from '../definition/operation-types.js';
import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig, IntercomRequest } from '../types.js';
import { INTERCOM_API_VERSION } from './api-version.js';
import { IntercomRequestError } from './request-error.js';
import { quoteValue } from '../text/quote.js';

/**
 * Turns a resolved config (no references left) into the Intercom REST request for its operation.
 * The Authorization header is not set: the proxy adds the token, which never reaches the browser.
 * @param resolvedConfig - a config whose references are already replaced by values.
 * @param context - `adminId`: the connected admin, who authors replies unless the config names one.
 * @returns method, path (ids encoded as one segment each), query, body and headers.
 * @throws IntercomRequestError when the config cannot become a request (unknown operation, a missing required value, a bad id or JSON).
 * @example
 * buildIntercomRequest({ resource: 'contact', operation: 'get', contactId: 'a b/c' }, {})
 * // { method: 'GET', path: '/contacts/a%20b%2Fc', query: {}, headers: { 'Intercom-Version': '2.16', ... } }
 */
export function buildIntercomRequest(resolvedConfig: IntercomConfig, context: IntercomRequestContext = {}): IntercomRequest {
  if (resolvedConfig === null || typeof resolvedConfig !== 'object' || Array.isArray(resolvedConfig)) {
    throw new IntercomRequestError('The Intercom block config must be an object.');
  }
  const operation = findOperation(resolvedConfig.resource, resolvedConfig.operation);
  if (!operation) {
    throw new IntercomRequestError(
      `The Intercom block has no operation ${quoteValue(resolvedConfig.operation)} for resource ${quoteValue(resolvedConfig.resource)}.`,
      'operation',
    );
  }
  const parts = operation.buildRequest(resolvedConfig, context);
  const request: IntercomRequest = {
    method: operation.method,
    path: fillPath(operation.path, parts.pathParams ?? {}),
    query: parts.query ?? {},
    headers: {
      'Intercom-Version': INTERCOM_API_VERSION,
      Accept: 'application/json',
      'Content-Type': 'application/json',
    },
  };
  if (parts.body !== undefined) request.body = parts.body;
  return request;
}

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    // An operation that forgets a path id is a programming error, but it must still never send `{contact_id}`.
    if (value === undefined) throw new IntercomRequestError(`No value for ${name} in ${template}.`);
    return value;
  });
}
