import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';
import { clipText, MAX_QUOTED_LENGTH } from '../text/quote.js';
import { headerValue, readIntercomErrorBody, type IntercomErrorBody, type ResponseHeaders } from './intercom-error-body.js';

/** What the error is about, so a 404 can say what was not found. */
export interface IntercomErrorContext {
  config?: IntercomConfig;
}

/**
 * One readable line for an Intercom error answer: what happened and what to do, then Intercom's own
 * message(s), code(s) and request id (for Intercom support).
 * @param status - the HTTP status Intercom answered with.
 * @param body - the parsed body (or its text when it was not JSON).
 * @param headers - the answer's headers (`Link` for merged contacts, `X-RateLimit-Reset` for rate limits).
 * @param context - the config, so a 404 names the id that was not found.
 * @returns the message for the block's `error` output.
 * @example
 * describeIntercomError(401, { type: 'error.list', request_id: 'r1', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] })
 * // 'The Intercom integration is disconnected or its authorization has expired; reconnect it. Intercom said: Access Token Invalid [unauthorized] (request id r1).'
 */
export function describeIntercomError(status: number, body: unknown, headers?: ResponseHeaders, context: IntercomErrorContext = {}): string {
  const read = readIntercomErrorBody(body);
  return [headline(status, read, headers, context), details(read, headers)].filter((part) => part !== '').join(' ');
}

function headline(status: number, read: IntercomErrorBody, headers: ResponseHeaders | undefined, context: IntercomErrorContext): string {
  const codes = read.errors.map((e) => e.code);
  if (status === 401) return 'The Intercom integration is disconnected or its authorization has expired; reconnect it.';
  if (status === 403 && codes.includes('api_plan_restricted')) {
    return "Your Intercom plan does not include this part of Intercom's API (an active subscription is needed).";
  }
  if (status === 403) {
    return "The Intercom integration is not allowed to do this: its app lacks the permission (scope). Grant it in Intercom's Developer Hub, then reconnect.";
  }
  if (status === 404) return notFound(context.config);
  if (status === 409) return conflict(read);
  if (status === 410 || codes.includes('contact_merged')) return merged(headers);
  if (status === 400 || status === 422) return `Intercom rejected the request as invalid (HTTP ${status}).`;
  if (status === 429) return rateLimited(headers);
  if (status >= 500) return `Intercom had a problem (HTTP ${status}); try again in a moment.`;
  return `Intercom answered with HTTP ${status}.`;
}

function notFound(config: IntercomConfig | undefined): string {
  const operation = config ? findOperation(config.resource, config.operation) : undefined;
  if (config && operation?.describeNotFound) return operation.describeNotFound(config);
  return operation ? `Intercom could not find what ${operation.label} asked for (HTTP 404).` : 'Intercom could not find what was asked for (HTTP 404).';
}

function conflict(read: IntercomErrorBody): string {
  const message = read.errors.map((e) => e.message ?? '').join(' ');
  // Intercom: "A contact matching those details already exists with id=<id>" (or "An archived contact matching …").
  const id = /with id=([^\s,;"')]+)/i.exec(message)?.[1]?.replace(/\.$/, '');
  const archived = /archived contact/i.test(message);
  if (id === undefined && !/contact/i.test(message)) return 'Intercom refused the request because it clashes with existing data (HTTP 409).';
  const who = archived ? 'An archived contact' : 'A contact';
  const existing = id === undefined ? '' : ` (existing contact ID ${id})`;
  return `${who} with these details already exists in Intercom${existing}; update that contact instead of creating a new one.`;
}

function merged(headers: ResponseHeaders | undefined): string {
  // Intercom: `Link: </contacts/{canonical_id}>; rel="canonical"`.
  const link = headerValue(headers, 'Link') ?? '';
  const target = /<([^>]*)>\s*;\s*rel="?canonical"?/i.exec(link)?.[1];
  const segment = target?.split(/[?#]/)[0]?.split('/').filter((s) => s !== '').pop();
  if (segment === undefined) return 'This contact was merged into another contact; look the contact up again to get its current ID.';
  let id = segment;
  try {
    id = decodeURIComponent(segment);
  } catch {
    // Keep the raw segment when it is not valid percent-encoding.
  }
  return `This contact was merged into another contact; use its current ID ${clipText(id, MAX_QUOTED_LENGTH)} instead.`;
}

function rateLimited(headers: ResponseHeaders | undefined): string {
  const reset = Number(headerValue(headers, 'X-RateLimit-Reset'));
  if (Number.isFinite(reset) && reset > 0) {
    const at = new Date(reset * 1000);
    const seconds = Math.ceil((at.getTime() - Date.now()) / 1000);
    const when = `${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}${seconds > 0 ? `, in about ${seconds} s` : ''}`;
    return `Intercom's rate limit was reached; it resets at ${when}. Try again after that.`;
  }
  const retryAfter = Number(headerValue(headers, 'Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return `Intercom's rate limit was reached; try again in ${retryAfter} s.`;
  return "Intercom's rate limit was reached; wait a few seconds and try again.";
}

// Intercom's words are quoted, clipped: a long error message is cut, and at most a few errors are listed.
const MAX_INTERCOM_MESSAGE = 300;
const MAX_LISTED_ERRORS = 5;

function details(read: IntercomErrorBody, headers: ResponseHeaders | undefined): string {
  const rawRequestId = read.requestId ?? headerValue(headers, 'X-Request-Id');
  const requestId = rawRequestId === undefined ? undefined : clipText(rawRequestId, MAX_QUOTED_LENGTH);
  const suffix = requestId === undefined ? '' : ` (request id ${requestId})`;
  if (!read.json) {
    const what = read.text === undefined ? 'The answer had no body' : `The answer was not JSON: "${read.text}"`;
    return `${what}${suffix}.`;
  }
  if (read.errors.length === 0) return requestId === undefined ? '' : `Intercom request id ${requestId}.`;
  const items = read.errors.slice(0, MAX_LISTED_ERRORS).map((e) => {
    const field = e.field === undefined ? undefined : `field ${clipText(e.field, MAX_QUOTED_LENGTH)}`;
    const tags = [clipText(e.code, MAX_QUOTED_LENGTH), field].filter((t) => t !== undefined).join(', ');
    return e.message === undefined ? `error code ${tags}` : `${clipText(e.message, MAX_INTERCOM_MESSAGE)} [${tags}]`;
  });
  const more = read.errors.length - MAX_LISTED_ERRORS;
  if (more > 0) items.push(`and ${more} more`);
  return `Intercom said: ${items.join('; ')}${suffix}.`;
}
