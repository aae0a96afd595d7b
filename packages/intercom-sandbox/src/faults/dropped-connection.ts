/** Marks the internal response that stands for a dropped connection until `sandbox.fetch` turns it into a rejection. */
export const DROP_MARKER_HEADER = 'X-Sandbox-Connection';

/** The cause of the rejection `sandbox.fetch` gives for a `drop` fault (the node server destroys the socket instead). */
export class SandboxConnectionDropped extends Error {
  readonly code = 'ECONNRESET';

  constructor() {
    super('other side closed (sandbox drop fault)');
    this.name = 'SandboxConnectionDropped';
  }
}

/** The response the fault middleware returns for `drop`; it never leaves the sandbox. */
export function droppedConnectionMarker(): Response {
  return new Response(null, { status: 502, headers: { [DROP_MARKER_HEADER]: 'drop' } });
}

export const isDroppedConnectionMarker = (response: Response): boolean => response.headers.get(DROP_MARKER_HEADER) === 'drop';

/**
 * The rejection a dropped connection gives, shaped like Node's `fetch` when the server closes the socket:
 * a `TypeError("fetch failed")` whose `cause` is a {@link SandboxConnectionDropped}.
 */
export function droppedConnectionError(): TypeError {
  return new TypeError('fetch failed', { cause: new SandboxConnectionDropped() });
}

/**
 * True when an error is the sandbox's dropped connection (from `sandbox.fetch`).
 * @example try { await sandbox.fetch(request) } catch (error) { if (isDroppedConnection(error)) retry() }
 */
export function isDroppedConnection(error: unknown): boolean {
  return error instanceof TypeError && error.cause instanceof SandboxConnectionDropped;
}
