import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { IntercomApiError, invalidParameter } from './errors.js';
import type { SandboxEnv } from './env.js';

export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON success response with the request id header Intercom sends. */
export function jsonResponse(c: Context<SandboxEnv>, body: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('X-Request-Id', c.get('requestId'));
  return c.json(body, status);
}

/**
 * Reads the request body as a JSON object. An empty body reads as `{}` so that the route reports
 * the missing fields by name; malformed JSON and non-objects are 400s.
 */
export async function readJsonObject(c: Context<SandboxEnv>): Promise<JsonObject> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new IntercomApiError(400, 'client_error', 'There was a problem parsing the JSON body of the request');
  }
  if (!isJsonObject(parsed)) throw invalidParameter('The request body must be a JSON object');
  return parsed;
}

/** An id sent as a string or, as older clients and the spec's examples do, as an integer; undefined otherwise. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return undefined;
}
