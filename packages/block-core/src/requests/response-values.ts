import { IntercomResponseShapeError } from './request-error.js';

type JsonObject = Record<string, unknown>;

/**
 * Intercom's 2xx body as an object of the expected `type`, or a shape error naming what was expected.
 * @param body - the parsed body.
 * @param what - what the body should be, for the message (e.g. "a contact").
 * @param types - accepted values of the body's `type`; a body without `type` is accepted (it is informational).
 */
export function responseObject(body: unknown, what: string, types?: readonly string[]): JsonObject {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new IntercomResponseShapeError(`Intercom answered without ${what}: the body is ${kindOf(body)}.`);
  }
  const object = body as JsonObject;
  if (types && object.type !== undefined && !(typeof object.type === 'string' && types.includes(object.type))) {
    throw new IntercomResponseShapeError(`Intercom answered without ${what}: the body's type is ${JSON.stringify(object.type)}.`);
  }
  return object;
}

/** An array property of a list body (`data`, `conversations`, `admins`), or a shape error. */
export function responseList(body: JsonObject, key: string, what: string): unknown[] {
  const list = body[key];
  if (!Array.isArray(list)) throw new IntercomResponseShapeError(`Intercom answered without ${what}: "${key}" is not a list.`);
  return list;
}

/** Cursor pagination info (`pages`), null when Intercom sends none (it is nullable). */
export function responsePages(body: JsonObject): unknown {
  return body.pages ?? null;
}

function kindOf(body: unknown): string {
  if (body === undefined) return 'empty';
  if (body === null) return 'null';
  return Array.isArray(body) ? 'an array' : `a ${typeof body}`;
}
