/** Messages for failures the proxy itself sees (Intercom's own errors are worded by block-core's describeIntercomError). */
export const proxyFailures = {
  unauthenticated: 'The proxy rejected this call: send the proxy API key as "Authorization: Bearer <key>".',
  bodyTooLarge: (limit: number) => `The request body is larger than the proxy accepts (${limit} bytes).`,
  notJson: 'The request body must be JSON of the form { "config": { ... } }.',
  noConfig: 'The request body must be { "config": { ... } } with the block config as an object.',
  notJsonType: 'The request body must be sent as JSON, with "Content-Type: application/json".',
  unknownOperation: (resource: unknown, operation: unknown) =>
    `The Intercom block has no operation "${clip(String(operation))}" for resource "${clip(String(resource))}".`,
  methodNotAllowed: (allowed: string) => `This route only answers ${allowed}.`,
  notJsonConnection: 'The request body must be JSON of the form { "accessToken": "...", "region": "us" | "eu" | "au" }.',
  notJsonOAuth: 'The request body must be empty or JSON of the form { "region": "us" | "eu" | "au" }.',
  notFound: 'This proxy only serves /v1/intercom/execute, /connection, /connections/token, /oauth/start, /oauth/callback, /ticket-types and /admins.',
  oauthStateUnavailable: 'Connecting could not start: the proxy could not store the connection request right now (its shared state is unreachable). Try again in a moment.',
  noOAuth: 'This proxy has no Intercom OAuth app configured (INTERCOM_CLIENT_ID, INTERCOM_CLIENT_SECRET): connect with an access token instead.',
  unexpected: 'The proxy failed unexpectedly; see its log.',
  noCredentials: 'The Intercom integration is not connected: the proxy has no Intercom access token configured.',
  timeout: (ms: number, write: boolean) =>
    `Intercom did not answer within ${ms} ms.` +
    (write ? ' The change may or may not have been made: check in Intercom before running again.' : ' Try again later.'),
  unreachable: (write: boolean) =>
    'The proxy could not reach Intercom (the connection failed).' +
    (write ? ' The change may or may not have been made: check in Intercom before running again.' : ' Try again later.'),
  unsafePath: 'The request path would leave its segment; an ID may not be "." or "..".',
  cancelled: 'The run was cancelled before Intercom was called.',
  busy: (retryAfterSeconds: string) => `The proxy has too many calls to Intercom waiting; try again in ${retryAfterSeconds} s.`,
  waitedTooLong: (retryAfterSeconds: string) =>
    `The proxy could not call Intercom in time: too many calls are waiting for Intercom's rate limit; try again in ${retryAfterSeconds} s.`,
  tooLarge: (limit: number, write: boolean) =>
    `Intercom's answer was larger than the proxy accepts (${limit} bytes), so it was not read.` +
    (write ? ' The change may or may not have been made: check in Intercom before running again.' : ''),
  fetchAllTooLong: (limitMs: number, page: number, items: number) =>
    `Fetching every page took longer than the proxy allows (${limitMs < 1000 ? `${limitMs} ms` : `${Math.round(limitMs / 1000)} s`}): it stopped before page ${page}, after ${items.toLocaleString('en-US')} items. Nothing is returned; lower Max results or raise Per page.`,
  fetchAllTooLarge: (limit: number) => `the pages add up to more than the proxy returns in one answer (${limit.toLocaleString('en-US')} bytes); lower Max results.`,
  idempotencyConflict:
    'This Idempotency-Key was already used for a run with a different config (another operation or other values): a different run needs a new key.',
  idempotencyInProgress: (retryAfterSeconds: string) =>
    `A run with this Idempotency-Key is still in progress; its answer will be given to a repeat of this request: try again in ${retryAfterSeconds} s.`,
  idempotencyUnavailable: (retryAfterSeconds: string) =>
    `The proxy cannot check this run's Idempotency-Key right now (its store is unreachable), so it did not run it rather than risk making the change twice; try again in ${retryAfterSeconds} s.`,
} as const;

/** A value quoted in a message, kept short: it comes from the caller. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
