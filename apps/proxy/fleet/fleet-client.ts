import http from 'node:http';
import type { SandboxStats } from '@workflow-blocks/intercom-sandbox';
import type { FleetRateLimit } from './fleet.js';

/** A proxy's answer to one run; status 0 when none came. */
export interface RunAnswer {
  status: number;
  body: { success: boolean; error?: string; [output: string]: unknown };
  headers: Headers;
}

/**
 * One HTTP exchange on a connection of its own. A keep-alive connection would race the server's idle timeout on
 * a loaded machine (the server closes it as the next request goes out), which no test here is about.
 */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }) }, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') answerHeaders.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers: answerHeaders, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * `POST /v1/intercom/execute` on one instance, as a host's runner sends it.
 * @param idempotencyKey - sent as `Idempotency-Key` when given.
 */
export async function execute(proxyUrl: string, apiKey: string, config: Record<string, unknown>, idempotencyKey?: string): Promise<RunAnswer> {
  let answer: { status: number; headers: Headers; text: string };
  try {
    answer = await send(
      `${proxyUrl}/v1/intercom/execute`,
      'POST',
      { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }) },
      JSON.stringify({ config }),
    );
  } catch (error) {
    // No answer at all (the connection failed): status 0, so a test reports it beside the other failures.
    return { status: 0, body: { success: false, error: error instanceof Error ? error.message : String(error) }, headers: new Headers() };
  }
  let body: RunAnswer['body'];
  try {
    body = JSON.parse(answer.text) as RunAnswer['body'];
  } catch {
    body = { success: false, error: `not JSON: ${answer.text.slice(0, 200)}` };
  }
  return { status: answer.status, body, headers: answer.headers };
}

/** `GET <path>` on one instance with the tenant's key, parsed. */
export async function getJson<T>(proxyUrl: string, apiKey: string, path: string): Promise<{ status: number; body: T }> {
  const answer = await send(`${proxyUrl}${path}`, 'GET', { Authorization: `Bearer ${apiKey}` });
  return { status: answer.status, body: JSON.parse(answer.text) as T };
}

/** The standalone sandbox's control routes. */
export function sandboxControl(sandboxUrl: string) {
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await send(`${sandboxUrl}${path}`, method, { 'Content-Type': 'application/json' }, body === undefined ? undefined : JSON.stringify(body));
    if (answer.status !== 200) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as T;
  };
  return {
    setRateLimit: (limit: FleetRateLimit) => control('POST', '/__sandbox/rate-limit', limit),
    addFault: (fault: Record<string, unknown>) => control('POST', '/__sandbox/faults', fault),
    stats: () => control<SandboxStats>('GET', '/__sandbox/stats'),
    clearStats: () => control('DELETE', '/__sandbox/stats'),
    revokeTokens: (workspace: string) => control('POST', '/__sandbox/tokens/revoke', { workspace }),
    reset: () => control('POST', '/__sandbox/reset'),
  };
}

/** Runs `count` tasks with at most `concurrency` at once; the results in task order. */
export async function runPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** What `GET /v1/intercom/health` says (no key needed). */
export interface HealthAnswer {
  ok: boolean;
  store?: 'up' | 'down';
  redis?: 'up' | 'down' | 'not_configured';
}

export async function health(proxyUrl: string): Promise<HealthAnswer> {
  return JSON.parse((await send(`${proxyUrl}/v1/intercom/health`, 'GET', {})).text) as HealthAnswer;
}
