import { useEffect, useId, useRef, useState } from 'react';
import {
  describeFetched,
  findOperation,
  type BlockOutputs,
  type BlockTransport,
  type IntercomConfig,
  type StepOutputs,
  type UpstreamStep,
  type ValidationIssue,
} from '@workflow-blocks/block-core';
import type { ConnectionStatus } from '../connection/connection-context.js';
import { loadValidationEngine, useValidationEngine } from '../validation/load-validation-engine.js';
import { OutputTree } from './OutputTree.js';
import { runBlockedReason } from './run-blocked-reason.js';

/** A run the host made of this block (e.g. as part of its workflow), shown when it is newer than the panel's own. */
export interface HostRun {
  outputs: BlockOutputs;
  /** `Date.now()` when it ended. */
  finishedAt: number;
}

export interface RunPanelProps {
  config: IntercomConfig;
  /** The problems validation reports; a block with problems does not run, and the panel names them. */
  issues: readonly ValidationIssue[];
  /** Validation has not reported yet (its engine is loading): Run waits for it. */
  checking?: boolean;
  transport?: BlockTransport;
  status: ConnectionStatus;
  stepOutputs: StepOutputs;
  /** The steps before this block: a reference to one that has not run yet cannot resolve, and Run says so first. */
  upstream?: readonly UpstreamStep[];
  /** Offered when a referenced step has not run: the host runs the steps before this block. */
  onRunUpstream?: () => void | Promise<void>;
  /** The host's latest run of this block. */
  lastRun?: HostRun;
  /** The block's step name in the host's workflow: the outputs offer `<stepName.path>` references to copy. */
  stepName?: string;
  /** A disabled editor does not run either. */
  disabled?: boolean;
  onRunComplete?: (outputs: BlockOutputs) => void;
}

type Outcome = { outputs: BlockOutputs; finishedAt: number; ms?: number };
type RunState = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'running'; started: number } | { kind: 'done'; outcome: Outcome };

/** Says which referenced steps have not run, so their references have no value yet. */
function notRunReason(steps: readonly string[]): string {
  const names = steps.join(' and ');
  return `${names} ${steps.length === 1 ? 'has' : 'have'} not run yet, so the references to ${steps.length === 1 ? 'it' : 'them'} have no value. Run the steps before this one first.`;
}

/**
 * Runs the block through block-core's `runBlock` with the host's transport, shows progress, and shows the
 * outputs (under the reference doc's names) as a tree; a failure is said in plain words. An operation the table
 * marks destructive asks first; a switch of operation clears the previous result.
 */
export function RunPanel(props: RunPanelProps) {
  const { config, issues, checking = false, transport, status, stepOutputs, upstream, onRunUpstream, lastRun, stepName, disabled = false, onRunComplete } = props;
  const blockedId = useId();
  const confirmId = useId();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [runningUpstream, setRunningUpstream] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const cancelConfirm = useRef<HTMLButtonElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const engine = useValidationEngine();
  const notRun = engine && upstream ? engine.stepsNotRun(config, upstream) : [];
  const blocked = disabled
    ? 'The editor is disabled.'
    : (runBlockedReason(status, transport !== undefined, issues, checking) ?? (notRun.length > 0 ? notRunReason(notRun) : undefined));
  const operation = findOperation(config.resource, config.operation);
  const label = operation?.label ?? 'the block';

  // A result belongs to the operation that produced it: switching operation clears it (and an older host run).
  const operationKey = `${config.resource}.${config.operation}`;
  const [shownSince, setShownSince] = useState({ key: operationKey, at: 0 });
  if (shownSince.key !== operationKey) {
    setShownSince({ key: operationKey, at: Date.now() });
    if (state.kind === 'done' || state.kind === 'confirming') setState({ kind: 'idle' });
  }
  const own = state.kind === 'done' ? state.outcome : undefined;
  const host = lastRun && lastRun.finishedAt > shownSince.at ? lastRun : undefined;
  const shown: (Outcome & { byHost: boolean }) | undefined =
    host && (!own || host.finishedAt > own.finishedAt) ? { ...host, byHost: true } : own ? { ...own, byHost: false } : undefined;

  // Fetch every page: how many items the run gathered (block-core words it from the operation table).
  const fetched = shown ? describeFetched(config, shown.outputs) : undefined;

  // The question takes focus on its safe answer; once answered "no", focus returns to Run (enabled again by then).
  const refocusRun = useRef(false);
  useEffect(() => {
    if (state.kind === 'confirming') cancelConfirm.current?.focus();
    else if (refocusRun.current) {
      refocusRun.current = false;
      runButton.current?.focus();
    }
  }, [state.kind]);
  const dontRun = () => {
    refocusRun.current = true;
    setState({ kind: 'idle' });
  };

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
    setState({ kind: 'done', outcome: { outputs, ms: Math.round(performance.now() - started), finishedAt: Date.now() } });
    onRunComplete?.(outputs);
  };
  const cancel = () => {
    controller.current?.abort();
  };
  const runUpstream = async () => {
    setRunningUpstream(true);
    try {
      await onRunUpstream?.();
    } finally {
      setRunningUpstream(false);
    }
  };

  const running = state.kind === 'running';
  return (
    <div className="wb-panel" role="group" aria-label="Run">
      <div className="wb-panel-row">
        <button
          ref={runButton}
          type="button"
          className="wb-button"
          data-variant="primary"
          disabled={blocked !== undefined}
          // While running (or asking), Run stays focusable: a disabled button would drop keyboard focus to the page's body.
          aria-disabled={running || state.kind === 'confirming' ? true : undefined}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={() => {
            if (running || state.kind === 'confirming') return;
            if (operation?.destructive) setState({ kind: 'confirming' });
            else void run();
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
      {notRun.length > 0 && onRunUpstream && !disabled ? (
        <button type="button" className="wb-button" onClick={() => void runUpstream()} disabled={runningUpstream}>
          {runningUpstream ? 'Running the steps before…' : 'Run the steps before this one'}
        </button>
      ) : null}
      {state.kind === 'confirming' ? (
        <div
          className="wb-confirm"
          role="alertdialog"
          aria-labelledby={confirmId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              dontRun();
            }
          }}
        >
          <p id={confirmId}>
            {label} cannot be undone: {operation?.description ?? ''} Run it now against {describeTarget(status)}?
          </p>
          <div className="wb-panel-row">
            <button type="button" className="wb-button" data-variant="danger" onClick={() => void run()}>
              {label}
            </button>
            <button
              ref={cancelConfirm}
              type="button"
              className="wb-button"
              onClick={dontRun}
            >
              Don&apos;t run
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {running ? (
          <>
            <progress className="wb-progress" aria-label={`Running ${label}`} />
            <p className="wb-muted">Running {label}…</p>
          </>
        ) : null}
        {shown?.outputs.success ? (
          <p className="wb-status">{shown.byHost || shown.ms === undefined ? 'The last workflow run succeeded.' : `Succeeded in ${shown.ms} ms.`}</p>
        ) : null}
        {fetched !== undefined ? <p className="wb-status">{fetched}</p> : null}
      </div>
      {shown && !shown.outputs.success ? (
        <p className="wb-alert" role="alert">
          {shown.byHost ? 'The last workflow run failed' : 'The run failed'}: {shown.outputs.error ?? 'Intercom did not say why.'}
        </p>
      ) : null}
      {shown ? <OutputTree key={shown.finishedAt} value={shown.outputs} label="Run outputs" {...(stepName !== undefined ? { referenceStep: stepName } : {})} /> : null}
    </div>
  );
}

/** Which Intercom a run would change, in words. */
function describeTarget(status: ConnectionStatus): string {
  if (status.kind !== 'known') return 'Intercom';
  return status.state.mode === 'sandbox' ? 'the sandbox' : `the Intercom workspace ${status.state.workspace?.name ?? ''}`.trim();
}
