import { intercomFields } from '../definition/fields.js';
import { FETCH_ALL_TIME_LIMIT_MS } from '../definition/limits.js';
import { fetchAllPaging } from '../definition/paging-fields.js';
import { findOperation } from '../definition/visibility.js';
import { applyDefaults } from '../form/index.js';
import { resolveReferences } from '../references/index.js';
import { buildIntercomRequest } from '../requests/build-intercom-request.js';
import type { BlockOutputs, IntercomConfig, StepOutputs, ValidationIssue } from '../types.js';
import { validateConfig } from '../validation/index.js';
import type { BlockTransport } from './block-transport.js';
import { formatDuration } from './format-duration.js';

/** What `runBlock` needs besides the config. */
export interface RunBlockOptions {
  /** Outputs of the steps before this one, by step name, for `<StepName.path>` references. */
  stepOutputs: StepOutputs;
  /** Where the resolved config is sent: the proxy (`createProxyTransport`) or a test double. */
  transport: BlockTransport;
  /** Cancels the run. */
  signal?: AbortSignal;
  /** How long the transport may take, in milliseconds, even if it ignores the abort signal. Default 60 000 (Fetch every page: 150 000). */
  timeoutMs?: number;
  /**
   * Names this run of this step (e.g. `${runId}:${stepId}`): the proxy runs each key once, so a host that runs
   * the step again after a time-out gets the first run's outputs instead of a second contact or reply. 1 to 255
   * letters, digits or - _ . : ~ + / = @. Default: a new key for each call.
   */
  idempotencyKey?: string;
}

/** Default deadline of the transport's answer: above the proxy transport's own 30 s, so its message speaks first. */
export const DEFAULT_RUN_TIMEOUT_MS = 60_000;

/** Default deadline of a Fetch every page run: above the proxy's own time limit for following pages and the transport's wait. */
export const FETCH_ALL_RUN_TIMEOUT_MS = FETCH_ALL_TIME_LIMIT_MS + 30_000;

// Only for the pre-flight check: where the config names no admin (actingAdminId), the proxy uses the connected one.
const CONNECTED_ADMIN = 'connected-admin';

/**
 * Runs the Intercom block: fills in missing defaults, resolves references against earlier steps' outputs, validates the resolved config,
 * checks it can become an Intercom request, then sends it through the transport.
 * Nothing is sent when any of that fails. Never throws: every failure is `{ success: false, error }`.
 * @param config - the block's config as saved (references unresolved).
 * @param options - step outputs, transport and an optional abort signal.
 * @returns the block's outputs.
 * @example
 * const outputs = await runBlock(
 *   { resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>' },
 *   { stepOutputs: { Trigger: { contact: { id: '6762f0d0' } } }, transport: createProxyTransport({ url, apiKey }) },
 * );
 * if (!outputs.success) console.warn(outputs.error);
 */
export async function runBlock(config: IntercomConfig, options?: RunBlockOptions): Promise<BlockOutputs> {
  // Read inside the try: a caller from plain JavaScript may pass no options at all.
  let signal: AbortSignal | undefined;
  try {
    signal = options?.signal;
    if (signal?.aborted) return failure('The run was cancelled before it started.');
    if (config === null || typeof config !== 'object') return failure('The Intercom block has no config to run.');
    const transport = options?.transport;
    if (typeof transport?.execute !== 'function') {
      return failure('The Intercom block has no transport to run through: pass { transport: createProxyTransport(...) } to runBlock.');
    }

    // A config straight from a host may lack defaults (role, perPage, replyType); the reference doc's defaults apply.
    const resolution = resolveReferences(applyDefaults(config), options?.stepOutputs ?? {});
    if (!resolution.ok) return failure(`Could not resolve the block's references: ${describeIssues(resolution.issues)}`);
    const resolved = resolution.config;

    const issues = validateConfig(resolved);
    if (issues.length > 0) return failure(`The Intercom block is not valid: ${describeIssues(issues)}`);

    // Catches what validation may not (a `..` id, JSON that no longer parses after resolution) before anything is sent.
    buildIntercomRequest(resolved, { adminId: CONNECTED_ADMIN });

    const idempotencyKey = options?.idempotencyKey ?? newIdempotencyKey();
    return checkedOutputs(await executeWithDeadline(transport, resolved, signal, options?.timeoutMs, idempotencyKey));
  } catch (error) {
    if (error instanceof RunDeadlineError) return failure(error.message);
    if (signal?.aborted) return failure('The run was cancelled.');
    return failure(error instanceof Error && error.message !== '' ? error.message : `The Intercom block failed: ${String(error)}`);
  }
}

/** A key no other run has: 128 random bits (getRandomValues works where randomUUID does not, e.g. plain http pages). */
function newIdempotencyKey(): string {
  return `run-${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A run whose transport did not answer in time. */
class RunDeadlineError extends Error {}

/**
 * The transport's answer, or a rejection once the caller cancels or the deadline passes, whether or not the
 * transport listens to its signal (which is aborted either way, so a well-behaved one stops).
 */
async function executeWithDeadline(
  transport: BlockTransport,
  config: IntercomConfig,
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
  idempotencyKey: string,
): Promise<unknown> {
  const fallback = fetchAllPaging(config, findOperation(config.resource, config.operation)) ? FETCH_ALL_RUN_TIMEOUT_MS : DEFAULT_RUN_TIMEOUT_MS;
  const limit = typeof timeoutMs === 'number' && timeoutMs > 0 ? timeoutMs : fallback;
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('The run was cancelled.')), { once: true });
    timer = setTimeout(() => {
      reject(new RunDeadlineError(deadlineMessage(config, limit)));
      controller.abort();
    }, limit);
  });
  try {
    return await Promise.race([transport.execute(config, controller.signal, { idempotencyKey }), stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function deadlineMessage(config: IntercomConfig, limit: number): string {
  const seconds = formatDuration(limit);
  const write = findOperation(config.resource, config.operation)?.write === true;
  return write
    ? `The Intercom block got no answer within ${seconds}; Intercom may still have made the change, so check before running it again.`
    : `The Intercom block got no answer within ${seconds}; try again.`;
}

function failure(error: string): BlockOutputs {
  return { success: false, error };
}

/** A place "line 1, column 1" says something only in a field of several lines (JSON, a message), not in a one-line input. */
function hasLines(field: string): boolean {
  const kind = (intercomFields as Record<string, { kind: string } | undefined>)[field]?.kind;
  return kind === 'code' || kind === 'textarea';
}

/** `field: message. field: message.` so that every problem names its field. */
function describeIssues(issues: ValidationIssue[]): string {
  if (issues.length === 0) return 'no details were given.';
  return issues
    .map((issue) => {
      const where = issue.line === undefined || !hasLines(issue.field) ? '' : ` (line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`})`;
      const message = issue.message.replace(/\s+/g, ' ').trim();
      return `${issue.field}${where}: ${/[.!?]$/.test(message) ? message : `${message}.`}`;
    })
    .join(' ');
}

function checkedOutputs(outputs: unknown): BlockOutputs {
  if (outputs === null || typeof outputs !== 'object' || typeof (outputs as BlockOutputs).success !== 'boolean') {
    return failure('The transport answered with something that is not block outputs.');
  }
  const result = outputs as BlockOutputs;
  if (!result.success && (typeof result.error !== 'string' || result.error === '')) {
    return { ...result, error: 'The Intercom block failed without saying why.' };
  }
  return result;
}
