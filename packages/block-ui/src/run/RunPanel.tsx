import { useEffect, useId, useRef, useState } from 'react';
import { findOperation, type BlockOutputs, type BlockTransport, type IntercomConfig, type StepOutputs } from '@workflow-blocks/block-core';
import { isConnected, type ConnectionStatus } from '../connection/connection-context.js';
import { loadValidationEngine } from '../validation/load-validation-engine.js';
import { OutputTree } from './OutputTree.js';

export interface RunPanelProps {
  config: IntercomConfig;
  /** How many problems validation reports; a block with problems does not run. */
  issueCount: number;
  /** Validation has not reported yet (its engine is loading): Run waits for it. */
  checking?: boolean;
  transport?: BlockTransport;
  status: ConnectionStatus;
  stepOutputs: StepOutputs;
  /** A disabled editor does not run either. */
  disabled?: boolean;
  onRunComplete?: (outputs: BlockOutputs) => void;
}

type RunState = { kind: 'idle' } | { kind: 'running'; started: number } | { kind: 'done'; outputs: BlockOutputs; ms: number };

/**
 * Why Run is unavailable, in words, or undefined when it can run.
 * @param checking validation has not reported yet, so the issue count is not known
 */
export function runBlockedReason(status: ConnectionStatus, hasTransport: boolean, issueCount: number, checking = false): string | undefined {
  if (!hasTransport || status.kind === 'none') return 'Run needs a connection to Intercom, and none is configured.';
  if (status.kind === 'checking') return 'Checking the Intercom connection…';
  if (status.kind === 'failed') return `Run is unavailable: ${status.reason}`;
  if (!isConnected(status)) return 'Run is unavailable because Intercom is not connected. Reconnect it above.';
  if (checking) return 'Checking the block for problems…';
  if (issueCount > 0) return `Fix the ${issueCount === 1 ? 'problem' : `${issueCount} problems`} above before running.`;
  return undefined;
}

/**
 * Runs the block through block-core's `runBlock` with the host's transport, shows progress, and shows the
 * outputs (under the reference doc's names) as a tree; a failure is said in plain words.
 */
export function RunPanel({ config, issueCount, checking = false, transport, status, stepOutputs, disabled = false, onRunComplete }: RunPanelProps) {
  const blockedId = useId();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const blocked = disabled ? 'The editor is disabled.' : runBlockedReason(status, transport !== undefined, issueCount, checking);
  const label = findOperation(config.resource, config.operation)?.label ?? 'the block';

  const run = async () => {
    if (!transport) return;
    const abort = new AbortController();
    controller.current = abort;
    const started = performance.now();
    setState({ kind: 'running', started });
    // block-core's runBlock comes with the validation engine, which the editor has loaded by now.
    const outputs = await loadValidationEngine().then(
      ({ runBlock }) => runBlock(config, { stepOutputs, transport, signal: abort.signal }),
      (error: unknown): BlockOutputs => ({ success: false, error: `The block could not be checked: ${error instanceof Error ? error.message : String(error)}` }),
    );
    if (controller.current !== abort) return;
    controller.current = null;
    setState({ kind: 'done', outputs, ms: Math.round(performance.now() - started) });
    onRunComplete?.(outputs);
  };
  const cancel = () => {
    controller.current?.abort();
  };

  const running = state.kind === 'running';
  return (
    <div className="wb-panel" role="group" aria-label="Run">
      <div className="wb-panel-row">
        <button
          type="button"
          className="wb-button"
          data-variant="primary"
          disabled={blocked !== undefined}
          // While running, Run stays focusable: a disabled button would drop keyboard focus to the page's body.
          aria-disabled={running ? true : undefined}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={() => {
            if (!running) void run();
          }}
        >
          Run
        </button>
        {running ? (
          <button type="button" className="wb-button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {blocked ? (
        <p className="wb-muted" id={blockedId}>
          {blocked}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {running ? (
          <>
            <progress className="wb-progress" aria-label={`Running ${label}`} />
            <p className="wb-muted">Running {label}…</p>
          </>
        ) : null}
        {state.kind === 'done' && state.outputs.success ? <p className="wb-status">Succeeded in {state.ms} ms.</p> : null}
      </div>
      {state.kind === 'done' && !state.outputs.success ? (
        <p className="wb-alert" role="alert">
          The run failed: {state.outputs.error ?? 'Intercom did not say why.'}
        </p>
      ) : null}
      {state.kind === 'done' ? <OutputTree key={state.ms} value={state.outputs} label="Run outputs" /> : null}
    </div>
  );
}
