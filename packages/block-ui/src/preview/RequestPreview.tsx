import { useMemo } from 'react';
import {
  buildIntercomRequest,
  resolveReferences,
  type IntercomConfig,
  type IntercomRequest,
  type StepOutputs,
  type ValidationIssue,
  visibleFields,
} from '@workflow-blocks/block-core';

export interface RequestPreviewProps {
  config: IntercomConfig;
  /** Outputs references resolve against: the upstream steps' samples. */
  stepOutputs: StepOutputs;
  /** The connected admin, used where the operation needs one and the config names none. */
  adminId?: string;
  defaultOpen?: boolean;
}

interface PreviewResult {
  request?: IntercomRequest;
  problem?: string;
  unresolved: ValidationIssue[];
}

// Stands in for the admin the proxy fills in at run time when the config names none.
const CONNECTED_ADMIN = '(connected admin)';

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

function preview(config: IntercomConfig, stepOutputs: StepOutputs, adminId: string | undefined): PreviewResult {
  const { config: resolved, unresolved } = resolveWherePossible(config, stepOutputs);
  try {
    const request = buildIntercomRequest(resolved, { adminId: adminId ?? CONNECTED_ADMIN });
    return { request, unresolved };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), unresolved };
  }
}

function pathWithQuery(request: IntercomRequest): string {
  const query = new URLSearchParams(request.query).toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}

/**
 * The request the block would send, built by block-core from the config with references resolved against
 * the upstream samples; references that cannot be resolved are named.
 */
export function RequestPreview({ config, stepOutputs, adminId, defaultOpen = false }: RequestPreviewProps) {
  const result = useMemo(() => preview(config, stepOutputs, adminId), [config, stepOutputs, adminId]);
  const { request, problem, unresolved } = result;
  return (
    <details className="wb-panel" open={defaultOpen}>
      <summary>Request preview</summary>
      {request ? (
        <>
          <p>
            <span className="wb-method">{request.method}</span> <span className="wb-path">{pathWithQuery(request)}</span>
          </p>
          {request.body !== undefined ? (
            <pre className="wb-code" aria-label="Request body">
              {JSON.stringify(request.body, null, 2)}
            </pre>
          ) : (
            <p className="wb-muted">No request body.</p>
          )}
        </>
      ) : (
        <p className="wb-muted">The request cannot be built yet: {problem}</p>
      )}
      {unresolved.length > 0 ? (
        <div className="wb-note">
          <p>These references could not be resolved from the upstream samples and are shown as written:</p>
          <ul>
            {unresolved.map((issue, index) => (
              <li key={`${issue.field}-${index}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
