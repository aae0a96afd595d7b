import { intercomTimeoutError, type IntercomHttpAnswer, type IntercomHttpClient } from './intercom-http-client.js';

/**
 * An Intercom client on a web-standard `fetch`: runs on any host (Node, Deno, Bun, Workers).
 * @param fetchImpl - the fetch to use; the global one by default (looked up on each call, so it can be replaced).
 * @returns a client for `createIntercomProxy({ httpClient })`.
 * @example createIntercomProxy({ ..., httpClient: fetchHttpClient(myInstrumentedFetch) })
 */
export function fetchHttpClient(fetchImpl?: typeof fetch): IntercomHttpClient {
  return {
    async send({ method, url, headers, body, timeoutMs }): Promise<IntercomHttpAnswer> {
      // A plain controller and timer: AbortSignal.timeout() costs several times more per call on Node.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(intercomTimeoutError(timeoutMs)), timeoutMs);
      try {
        const response = await (fetchImpl ?? fetch)(url, {
          method,
          headers,
          ...(body === undefined ? {} : { body }),
          redirect: 'manual',
          signal: controller.signal,
        });
        const text = await response.text();
        const answerHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          answerHeaders[name] = value;
        });
        return { status: response.status, headers: answerHeaders, body: text };
      } catch (error) {
        throw controller.signal.aborted ? intercomTimeoutError(timeoutMs) : error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
