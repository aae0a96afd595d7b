import { visibleFields } from '../definition/visibility.js';
import { resolveReferences } from '../references/resolve-references.js';
import type { IntercomConfig, IntercomRequest, StepOutputs, ValidationIssue } from '../types.js';
import { buildIntercomRequest } from './build-intercom-request.js';

/** What a preview of the block's request shows: the request, or why it cannot be built yet, and the references left as written. */
export interface RequestPreviewResult {
  request?: IntercomRequest;
  /** Why the request cannot be built from this config yet (a required field is missing, a value is not usable). */
  problem?: string;
  /** References the samples could not resolve; their fields are previewed as written. */
  unresolved: ValidationIssue[];
}

/** Shown where the proxy fills in the connected admin at run time and the config names none. */
export const CONNECTED_ADMIN_PLACEHOLDER = '(connected admin)';

/** Resolves what can be resolved, field by field, so one unknown reference does not hide the whole request. */
function resolveWherePossible(config: IntercomConfig, stepOutputs: StepOutputs): { config: IntercomConfig; unresolved: ValidationIssue[] } {
  const whole = resolveReferences(config, stepOutputs);
  if (whole.ok) return { config: whole.config, unresolved: [] };
  const resolved: Record<string, unknown> = { ...config };
  const unresolved: ValidationIssue[] = [];
  for (const { name } of visibleFields(config)) {
    const value = config[name];
    if (typeof value !== 'string') continue;
    const one = resolveReferences({ resource: config.resource, operation: config.operation, [name]: value }, stepOutputs);
    if (one.ok) resolved[name] = one.config[name];
    else unresolved.push(...one.issues);
  }
  return { config: resolved as IntercomConfig, unresolved };
}

/**
 * The Intercom request `config` would send, with references resolved against sample outputs where they can be;
 * never throws.
 * @param config the block's config as edited (it need not be valid)
 * @param stepOutputs the upstream steps' sample outputs, by step name
 * @param options.adminId the connected admin, used where the operation needs one and the config names none
 * @returns the request, or the reason it cannot be built yet, and the references left unresolved
 * @example previewIntercomRequest({ resource: 'contact', operation: 'get', contactId: '<Trigger.id>' }, { Trigger: { id: '1' } })
 */
export function previewIntercomRequest(config: IntercomConfig, stepOutputs: StepOutputs, options: { adminId?: string } = {}): RequestPreviewResult {
  const { config: resolved, unresolved } = resolveWherePossible(config, stepOutputs);
  try {
    return { request: buildIntercomRequest(resolved, { adminId: options.adminId?.trim() || CONNECTED_ADMIN_PLACEHOLDER }), unresolved };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), unresolved };
  }
}
