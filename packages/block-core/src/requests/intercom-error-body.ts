/** One entry of Intercom's `error.list`. */
export interface IntercomErrorItem {
  code: string;
  message?: string;
  field?: string;
}

/** What an error answer from Intercom says, read leniently (request_id and messages are optional). */
export interface IntercomErrorBody {
  /** Whether the body was JSON at all (a proxy or load balancer may answer with HTML). */
  json: boolean;
  errors: IntercomErrorItem[];
  requestId?: string;
  /** A short, one-line excerpt of a body that is not JSON. */
  text?: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads Intercom's error body: `{ type: 'error.list', request_id, errors: [{ code, message, field }] }`.
 * A string body is parsed as JSON first; anything else JSON-shaped with a `message`/`error` string is kept too.
 */
export function readIntercomErrorBody(body: unknown): IntercomErrorBody {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      const text = oneLine(body);
      return { json: false, errors: [], ...(text === '' ? {} : { text: text.length > 160 ? `${text.slice(0, 160)}…` : text }) };
    }
  }
  if (value === undefined) return { json: false, errors: [] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { json: true, errors: [] };
  const object = value as Record<string, unknown>;
  const requestId = typeof object.request_id === 'string' && object.request_id !== '' ? object.request_id : undefined;
  const errors: IntercomErrorItem[] = [];
  if (Array.isArray(object.errors)) {
    for (const raw of object.errors as unknown[]) {
      if (raw === null || typeof raw !== 'object') continue;
      const item = raw as Record<string, unknown>;
      const entry: IntercomErrorItem = { code: typeof item.code === 'string' ? item.code : 'unknown' };
      if (typeof item.message === 'string' && item.message.trim() !== '') entry.message = oneLine(item.message);
      if (typeof item.field === 'string' && item.field !== '') entry.field = item.field;
      errors.push(entry);
    }
  } else {
    const message = typeof object.message === 'string' ? object.message : typeof object.error === 'string' ? object.error : undefined;
    if (message !== undefined && message.trim() !== '') errors.push({ code: typeof object.code === 'string' ? object.code : 'unknown', message: oneLine(message) });
  }
  return { json: true, errors, ...(requestId === undefined ? {} : { requestId }) };
}

/** Response headers as a plain record (any case) or a `Headers` object. */
export type ResponseHeaders = Record<string, string> | Headers;

/** A header value by name, whatever its case. */
export function headerValue(headers: ResponseHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string>)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
