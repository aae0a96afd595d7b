import type { IntercomSandbox } from '../sandbox.js';

export interface CallOptions {
  body?: unknown;
  /** Bearer token to send; `null` sends no Authorization header. Default: the sandbox's token. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Sends one request to a sandbox in process and parses the JSON answer. */
export async function call<T = unknown>(sandbox: IntercomSandbox, method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const token = options.token === undefined ? sandbox.token : options.token;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await sandbox.fetch(
    new Request(`https://api.intercom.io${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
    }),
  );
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T, headers: response.headers };
}
