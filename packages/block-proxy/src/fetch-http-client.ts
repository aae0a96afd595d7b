import {
  announcedLength,
  intercomResponseTooLargeError,
  intercomTimeoutError,
  isResponseTooLargeError,
  type IntercomHttpAnswer,
  type IntercomHttpClient,
} from './intercom-http-client.js';

/**
 * An Intercom client on a web-standard `fetch`: runs on any host (Node, Deno, Bun, Workers).
 * @param fetchImpl - the fetch to use; the global one by default (looked up on each call, so it can be replaced).
 * @returns a client for `createIntercomProxy({ httpClient })`.
 * @example createIntercomProxy({ ..., httpClient: fetchHttpClient(myInstrumentedFetch) })
 */
export function fetchHttpClient(fetchImpl?: typeof fetch): IntercomHttpClient {
  return {
    async send({ method, url, headers, body, timeoutMs, maxResponseBytes }): Promise<IntercomHttpAnswer> {
      // A plain controller and timer: AbortSignal.timeout() costs several times more per call on Node.
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(intercomTimeoutError(timeoutMs));
      }, timeoutMs);
      try {
        const response = await (fetchImpl ?? fetch)(url, {
          method,
          headers,
          ...(body === undefined ? {} : { body }),
          redirect: 'manual',
          signal: controller.signal,
        });
        const text = await readText(response, maxResponseBytes);
        const answerHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          answerHeaders[name] = value;
        });
        return { status: response.status, headers: answerHeaders, body: text };
      } catch (error) {
        if (timedOut) throw intercomTimeoutError(timeoutMs);
        // Stops the transfer of an answer that was too large (or failed half-way): its connection is not reused.
        controller.abort();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Reads a body as UTF-8 text, giving up as soon as it passes `maxBytes` (an announced length is checked first). */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const announced = announcedLength(response.headers.get('content-length'));
  if (announced !== undefined && announced > maxBytes) throw intercomResponseTooLargeError(maxBytes);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) throw intercomResponseTooLargeError(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    if (isResponseTooLargeError(error)) await reader.cancel().catch(() => undefined);
    throw error;
  }
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
