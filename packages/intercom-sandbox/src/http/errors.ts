/** One entry of Intercom's `error.list`. */
export interface IntercomErrorEntry {
  code: string;
  message: string | null;
  field?: string | null;
}

/** Intercom's error body: `{ type: "error.list", request_id, errors: [...] }`. */
export interface IntercomErrorBody {
  type: 'error.list';
  request_id: string;
  errors: IntercomErrorEntry[];
}

/** Statuses the sandbox answers errors with. */
export type ErrorStatus = 400 | 401 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503;

/**
 * An error a route throws to answer with Intercom's `error.list`; the app turns it into a response.
 * @example throw new IntercomApiError(404, 'not_found', 'Resource Not Found');
 */
export class IntercomApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'IntercomApiError';
  }
}

/** Builds an `error.list` body with one error. */
export function errorBody(requestId: string, code: string, message: string): IntercomErrorBody {
  return { type: 'error.list', request_id: requestId, errors: [{ code, message }] };
}

/** A JSON `error.list` response carrying the request id in the body and the `X-Request-Id` header. */
export function errorResponse(
  requestId: string,
  status: ErrorStatus,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(errorBody(requestId, code, message)), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': requestId, ...headers },
  });
}

/** Shorthand for the 400s routes raise on bad input. */
export const invalidParameter = (message: string): IntercomApiError => new IntercomApiError(400, 'parameter_invalid', message);

/** Shorthand for the 400s raised when a required parameter is missing. */
export const missingParameter = (message: string): IntercomApiError => new IntercomApiError(400, 'parameter_not_found', message);

/** Intercom's generic not-found error. */
export const resourceNotFound = (message = 'Resource Not Found'): IntercomApiError => new IntercomApiError(404, 'not_found', message);
