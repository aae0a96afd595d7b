/** The header that carries a request's id, both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's own when it is well-formed (1 to 128 letters, digits or . _ : -), so a host can
 * follow one run through its logs and the proxy's; otherwise a new one.
 * @param header - the caller's `X-Request-Id`, if any.
 */
export function readRequestId(header: string | undefined): string {
  return header !== undefined && REQUEST_ID_PATTERN.test(header) ? header : crypto.randomUUID();
}
