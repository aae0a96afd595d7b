import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One HTTP call the load loop repeats. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** Whether an answer counts as a success (status and body). */
  ok: (status: number, body: string) => boolean;
}

export interface LoadResult {
  /** Latency of each successful call, in ms. */
  latencies: number[];
  failures: number;
  /** Wall time of the whole loop, in ms. */
  elapsedMs: number;
  firstFailure?: string;
}

/**
 * Keep-alive connections, at most one per worker, as a server-side caller would hold them. One left idle 2 s is
 * closed by this side (`timeout`): the servers close theirs after 5 s, and on a loaded machine a request sent on
 * a connection the server is closing fails with ECONNRESET.
 */
export const createAgent = (concurrency: number) => new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency, timeout: 2_000 });

function call(agent: http.Agent, request: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(request.url, { method: request.method, headers: request.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * A closed loop: `concurrency` workers each send a request as soon as their last one was answered, until
 * `durationMs` has passed (or `count` calls were started, for warm-up). `request` may be made anew for each call
 * (another instance, another Idempotency-Key).
 */
export async function runLoad(agent: http.Agent, request: LoadRequest | (() => LoadRequest), options: { concurrency: number; durationMs?: number; count?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let started = 0;
  const startedAt = performance.now();
  const more = () =>
    (options.count === undefined || started < options.count) && (options.durationMs === undefined || performance.now() - startedAt < options.durationMs);
  const worker = async () => {
    while (more()) {
      started += 1;
      const next = typeof request === 'function' ? request() : request;
      const sent = performance.now();
      try {
        const { status, body } = await call(agent, next);
        if (next.ok(status, body)) latencies.push(performance.now() - sent);
        else {
          failures += 1;
          firstFailure ??= `${status} ${body.slice(0, 200)}`;
        }
      } catch (error) {
        failures += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, failures, elapsedMs: performance.now() - startedAt, ...(firstFailure === undefined ? {} : { firstFailure }) };
}
