import { applyDefaults } from '../form/index.js';
import { resolveReferences } from '../references/index.js';
import { buildIntercomRequest } from '../requests/build-intercom-request.js';
import type { BlockOutputs, IntercomConfig, StepOutputs, ValidationIssue } from '../types.js';
import { validateConfig } from '../validation/index.js';
import type { BlockTransport } from './block-transport.js';

/** What `runBlock` needs besides the config. */
export interface RunBlockOptions {
  /** Outputs of the steps before this one, by step name, for `<StepName.path>` references. */
  stepOutputs: StepOutputs;
  /** Where the resolved config is sent: the proxy (`createProxyTransport`) or a test double. */
  transport: BlockTransport;
  /** Cancels the run. */
  signal?: AbortSignal;
}

// Only for the pre-flight check: the proxy fills in the connected admin when the config names none.
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
export async function runBlock(config: IntercomConfig, options: RunBlockOptions): Promise<BlockOutputs> {
  const { signal, transport } = options;
  try {
    if (signal?.aborted) return failure('The run was cancelled before it started.');
    if (config === null || typeof config !== 'object') return failure('The Intercom block has no config to run.');

    // A config straight from a host may lack defaults (role, perPage, replyType); the reference doc's defaults apply.
    const resolution = resolveReferences(applyDefaults(config), options.stepOutputs ?? {});
    if (!resolution.ok) return failure(`Could not resolve the block's references: ${describeIssues(resolution.issues)}`);
    const resolved = resolution.config;

    const issues = validateConfig(resolved);
    if (issues.length > 0) return failure(`The Intercom block is not valid: ${describeIssues(issues)}`);

    // Catches what validation may not (a `..` id, JSON that no longer parses after resolution) before anything is sent.
    buildIntercomRequest(resolved, { adminId: resolved.adminId || CONNECTED_ADMIN });

    const outputs = await transport.execute(resolved, signal);
    return checkedOutputs(outputs);
  } catch (error) {
    if (signal?.aborted) return failure('The run was cancelled.');
    return failure(error instanceof Error && error.message !== '' ? error.message : `The Intercom block failed: ${String(error)}`);
  }
}

function failure(error: string): BlockOutputs {
  return { success: false, error };
}

/** `field: message. field: message.` so that every problem names its field. */
function describeIssues(issues: ValidationIssue[]): string {
  if (issues.length === 0) return 'no details were given.';
  return issues
    .map((issue) => {
      const where = issue.line === undefined ? '' : ` (line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`})`;
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
