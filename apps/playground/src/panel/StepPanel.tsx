import { useEffect, useId, useRef, useState } from 'react';
import type { BlockOutputs, BlockTransport, SavedIntercomBlock } from '@workflow-blocks/block-core';
import { IntercomBlockEditor, OutputTree } from '@workflow-blocks/block-ui';
import { upstreamOf } from '../workflow/steps.js';
import type { StepRun, Workflow, WorkflowStep } from '../workflow/types.js';
import { ImportExport } from './ImportExport.js';

interface Props {
  workflow: Workflow;
  step: WorkflowStep;
  runs: Record<string, StepRun>;
  transport: BlockTransport;
  /** Where the proxy's OAuth callback page posts from. */
  oauthCallbackOrigin: string;
  /** A new value has the editor check the connection again (the header connected or disconnected). */
  connectionRevision: number;
  /** The editor learnt a connection state (it may have connected, or found the authorization revoked). */
  onConnectionChange: () => void;
  onBlockChange: (block: SavedIntercomBlock) => void;
  onRename: (name: string) => string | undefined;
  onRunStep: () => void;
  onEditorRun: (outputs: BlockOutputs) => void;
  /** Runs the steps before this one, when its references point at a step that has not run. */
  onRunUpstream: () => Promise<void>;
  /** The step was just added: focus moves into its editor. */
  focusEditor: boolean;
  onEditorFocused: () => void;
  onRemove: () => void;
  onClose: () => void;
}

/** The side panel of the selected step: its name, its editor, and what it last produced. */
export function StepPanel(props: Props) {
  const { workflow, step, runs, transport, onBlockChange, onRename, onRunStep, onEditorRun, onRunUpstream, onRemove, onClose } = props;
  const { focusEditor, onEditorFocused, oauthCallbackOrigin, connectionRevision, onConnectionChange } = props;
  const panel = useRef<HTMLElement>(null);
  const id = useId();
  const [name, setName] = useState(step.name);
  const [nameError, setNameError] = useState<string>();
  useEffect(() => {
    setName(step.name);
    setNameError(undefined);
  }, [step.id, step.name]);
  const run = runs[step.id];
  // A new step's editor takes focus on its first control (Resource), so adding a step leads straight to setting it up.
  useEffect(() => {
    if (!focusEditor) return;
    panel.current?.querySelector<HTMLElement>('.wb-editor button:not(:disabled), .wb-editor input:not(:disabled)')?.focus();
    onEditorFocused();
  }, [focusEditor, onEditorFocused, step.id]);
  // A workflow run of this step is shown by its editor's Run panel (runs started there it shows already).
  const lastRun = step.kind === 'intercom' && run?.outputs && run.status !== 'running' && run.source !== 'editor'
    ? { outputs: run.outputs as BlockOutputs, finishedAt: run.finishedAt ?? run.startedAt }
    : undefined;
  const commitName = () => {
    if (name !== step.name) setNameError(onRename(name));
  };

  return (
    // `nokey`: React Flow's document-wide Space (pan) and Backspace (delete) handlers swallow those keys in Monaco's
    // editing element, which is not an input; React Flow leaves events from inside `.nokey` alone.
    <aside ref={panel} className="panel nokey" aria-label={`${step.label} step`}>
      <header className="panel__header">
        <h2>
          {step.kind === 'intercom' ? (
            <span aria-hidden="true" className="panel__icon">
              ◆
            </span>
          ) : null}
          {step.label}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the step panel">
          ×
        </button>
      </header>
      <div className="field">
        <label htmlFor={`${id}-name`}>Step name (used in references)</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => e.key === 'Enter' && commitName()}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="error">
            {nameError}
          </p>
        )}
      </div>
      {step.kind === 'intercom' && step.block ? (
        <>
          <IntercomBlockEditor
            key={step.id}
            value={step.block}
            onChange={onBlockChange}
            upstream={upstreamOf(workflow, step.id, runs)}
            transport={transport}
            oauthCallbackOrigin={oauthCallbackOrigin}
            connectionRevision={connectionRevision}
            onConnectionChange={onConnectionChange}
            onRunComplete={onEditorRun}
            onRunUpstream={onRunUpstream}
            lastRun={lastRun}
            panels={{ heading: false }}
            theme="system"
            stepName={step.name}
          />
          <ImportExport block={step.block} stepName={step.name} upstream={upstreamOf(workflow, step.id, runs)} onImport={onBlockChange} />
        </>
      ) : (
        <section aria-label="Sample outputs">
          <h3>Sample outputs</h3>
          <p className="muted">This demo step is simulated: a run produces these outputs.</p>
          <OutputTree value={step.sampleOutputs ?? {}} label={`${step.name} outputs`} referenceStep={step.name} theme="system" />
        </section>
      )}
      <div className="row">
        {step.kind === 'intercom' ? (
          <button type="button" onClick={onRemove}>
            Delete step
          </button>
        ) : (
          <button type="button" className="primary" onClick={onRunStep} disabled={run?.status === 'running'}>
            {run?.status === 'running' ? 'Running…' : 'Run step'}
          </button>
        )}
      </div>
      {step.kind !== 'intercom' && run?.outputs && run.status !== 'running' && (
        <section aria-label="Last run" className={`last-run last-run--${run.status}`}>
          <h3>Last run: {run.status === 'succeeded' ? 'succeeded' : 'failed'}</h3>
          <OutputTree value={run.outputs} label={`${step.name} outputs`} referenceStep={step.name} theme="system" />
        </section>
      )}
    </aside>
  );
}
