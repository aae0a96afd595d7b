import { useMemo } from 'react';
import type { IntercomConfig, IntercomRequest, StepOutputs } from '@workflow-blocks/block-core';
import { useValidationEngine } from '../validation/load-validation-engine.js';

export interface RequestPreviewProps {
  config: IntercomConfig;
  /** Outputs references resolve against: the upstream steps' samples. */
  stepOutputs: StepOutputs;
  /** The connected admin, used where the operation needs one and the config names none. */
  adminId?: string;
  defaultOpen?: boolean;
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
  // block-core builds the preview in its lazily loaded half (reference resolution in JSON text is not light).
  const engine = useValidationEngine();
  const result = useMemo(
    () => engine?.previewIntercomRequest(config, stepOutputs, adminId === undefined ? {} : { adminId }),
    [engine, config, stepOutputs, adminId],
  );
  if (!result) {
    return (
      <details className="wb-panel" open={defaultOpen}>
        <summary>Request preview</summary>
        <p className="wb-muted" role="status">
          Preparing the preview…
        </p>
      </details>
    );
  }
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
            // Focusable: a long body scrolls, and a keyboard user must be able to scroll it (axe: scrollable-region-focusable).
            <pre className="wb-code" aria-label="Request body" tabIndex={0}>
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
