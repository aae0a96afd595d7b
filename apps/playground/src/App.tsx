import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataAttributeInfo, TicketTypeInfo } from '@workflow-blocks/block-core';
import { ReactFlowProvider } from '@xyflow/react';
import { useConnectionStatus } from '@workflow-blocks/block-ui';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.js';
import { focusConnect, HeaderConnection } from './HeaderConnection.js';
import { Palette } from './panel/Palette.js';
import { StepPanel } from './panel/StepPanel.js';
import { WorkflowFile } from './panel/WorkflowFile.js';
import { initialTenant, TENANT_STORAGE_KEY, tenantTransport } from './tenants/tenant-transport.js';
import type { PlaygroundSettings } from '../server/tenant-keys.js';
import { usePlaygroundSettings } from './tenants/use-playground-settings.js';
import { demoWorkflow } from './workflow/demo.js';
import { describeWorkflowProblems, workflowProblems } from './workflow/problems.js';
import { runStep, runStepsBefore, runWorkflow } from './workflow/runner.js';
import { UndoBar, type Undoable } from './UndoBar.js';
import { addIntercomStep, removeStep, renameStep, updateStep } from './workflow/steps.js';
import { clearWorkflow, loadWorkflow, saveWorkflow } from './workflow/storage.js';
import type { StepRun, Workflow } from './workflow/types.js';
import './app.css';

/** A small Workflow Builder: canvas, palette, side panel, runs against the proxy; once its settings are known. */
export function App() {
  const settings = usePlaygroundSettings();
  return settings ? <Builder settings={settings} /> : <p className="muted">Loading the playground…</p>;
}

/** The builder for one tenant at a time: each tenant is a workspace of the Workflow Builder with its own Intercom. */
function Builder({ settings }: { settings: PlaygroundSettings }) {
  const [tenant, setTenant] = useState(() => initialTenant(settings.tenants));
  useEffect(() => localStorage.setItem(TENANT_STORAGE_KEY, tenant), [tenant]);
  const transport = useMemo(() => tenantTransport(tenant), [tenant]);
  // The header's and the editor's views of the connection: a change made in one has the other check again.
  const [headerRevision, setHeaderRevision] = useState(0);
  const [editorRevision, setEditorRevision] = useState(0);
  const connection = useConnectionStatus(transport, headerRevision);
  const intercomConnected = connection.status.kind === 'known' ? connection.status.state.connected : undefined;
  const { refresh: refreshConnection } = connection;
  const onHeaderChange = useCallback(async () => {
    await refreshConnection();
    setEditorRevision((n) => n + 1);
  }, [refreshConnection]);
  const onEditorConnection = useCallback(() => setHeaderRevision((n) => n + 1), []);

  const [workflow, setWorkflow] = useState<Workflow>(() => loadWorkflow());
  const [selectedId, setSelectedId] = useState<string | undefined>('intercom-1');
  const [runs, setRuns] = useState<Record<string, StepRun>>({});
  const [running, setRunning] = useState(false);
  const runsRef = useRef(runs);
  runsRef.current = runs;
  // The last destructive action (reset, delete), until undone or replaced by the next one.
  const [undoable, setUndoable] = useState<Undoable>();
  const [notice, setNotice] = useState('');
  // Focus moves to a step's editor when the step was just added.
  const [focusStepId, setFocusStepId] = useState<string>();
  const [ticketTypes, setTicketTypes] = useState<TicketTypeInfo[]>();
  const [dataAttributes, setDataAttributes] = useState<DataAttributeInfo[]>();

  useEffect(() => saveWorkflow(workflow), [workflow]);
  useEffect(() => {
    const controller = new AbortController();
    setTicketTypes(undefined);
    setDataAttributes(undefined);
    if (intercomConnected) transport.ticketTypes(controller.signal).then(setTicketTypes, () => undefined);
    // The workspace's custom attributes, as the editor checks custom_attributes against them (none: those checks wait).
    if (intercomConnected) transport.dataAttributes?.(controller.signal).then(setDataAttributes, () => undefined);
    return () => controller.abort();
  }, [transport, intercomConnected]);
  // The same validation as each step's editor and canvas node: Run workflow does not start while one shows a problem.
  const problems = useMemo(() => workflowProblems(workflow, runs, ticketTypes, dataAttributes), [workflow, runs, ticketTypes, dataAttributes]);

  const record = useCallback((stepId: string, run: StepRun) => setRuns((prev) => ({ ...prev, [stepId]: run })), []);
  const selected = workflow.steps.find((s) => s.id === selectedId);

  const runAll = async () => {
    if (problems.length > 0) {
      setNotice(describeWorkflowProblems(problems));
      setSelectedId(problems[0]!.stepId);
      return;
    }
    setNotice('');
    setRunning(true);
    setRuns({});
    try {
      await runWorkflow(workflow, transport, record);
    } finally {
      setRunning(false);
      // A run may have found the authorization revoked.
      await onHeaderChange();
    }
  };

  return (
    <div className="app">
      <header className="app__header">
        <h1>
          Workflow Builder<span className="app__subtitle"> · Intercom block playground</span>
        </h1>
        {settings.tenants.length > 1 ? (
          <label className="tenant">
            Workspace
            <select value={tenant} onChange={(event) => setTenant(event.target.value)}>
              {settings.tenants.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <HeaderConnection key={tenant} status={connection.status} transport={transport} oauthCallbackOrigin={settings.oauthCallbackOrigin} onChanged={onHeaderChange} />
        <div className="row">
          <button type="button" className="primary" onClick={() => void runAll()} disabled={running}>
            {running ? 'Running workflow…' : 'Run workflow'}
          </button>
          <button
            type="button"
            onClick={() => {
              setUndoable({ what: 'Reset the workflow to the demo.', workflow, selectedId });
              clearWorkflow();
              setWorkflow(demoWorkflow());
              setRuns({});
              setNotice('');
              setSelectedId('intercom-1');
            }}
          >
            Reset to demo
          </button>
        </div>
      </header>
      {notice ? (
        <p className="app__notice" role="alert">
          {notice}
        </p>
      ) : null}
      <UndoBar
        undoable={undoable}
        onUndo={(last) => {
          setWorkflow(last.workflow);
          setSelectedId(last.selectedId);
          setUndoable(undefined);
        }}
        onDismiss={() => setUndoable(undefined)}
      />
      <main className="app__main">
        <div className="sidebar">
          <Palette
            intercomConnected={intercomConnected}
            onConnectIntercom={focusConnect}
            onAddIntercom={() => {
              const added = addIntercomStep(workflow);
              setWorkflow(added.workflow);
              setSelectedId(added.step.id);
              setFocusStepId(added.step.id);
            }}
          />
          <WorkflowFile
            workflow={workflow}
            onImport={(imported) => {
              setUndoable({ what: 'Imported a workflow.', workflow, selectedId });
              setWorkflow(imported);
              setRuns({});
              setSelectedId(imported.steps.find((step) => step.kind === 'intercom')?.id);
            }}
          />
        </div>
        <ReactFlowProvider>
          <WorkflowCanvas
            workflow={workflow}
            runs={runs}
            ticketTypes={ticketTypes}
            dataAttributes={dataAttributes}
            intercomConnected={intercomConnected}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onMove={(id, position) => setWorkflow((w) => updateStep(w, id, { position }))}
          />
        </ReactFlowProvider>
        {selected && (
          <StepPanel
            workflow={workflow}
            step={selected}
            runs={runs}
            transport={transport}
            oauthCallbackOrigin={settings.oauthCallbackOrigin}
            connectionRevision={editorRevision}
            onConnectionChange={onEditorConnection}
            onBlockChange={(block) => setWorkflow((w) => updateStep(w, selected.id, { block }))}
            onRename={(name) => {
              const result = renameStep(workflow, selected.id, name);
              if (typeof result === 'string') return result;
              setWorkflow(result);
              return undefined;
            }}
            onRunStep={() => void runStep(workflow, selected.id, transport, runsRef.current, record)}
            onEditorRun={(outputs) =>
              record(selected.id, { status: outputs.success ? 'succeeded' : 'failed', outputs, startedAt: Date.now(), finishedAt: Date.now(), source: 'editor' })
            }
            onRunUpstream={async () => {
              await runStepsBefore(workflow, selected.id, transport, record);
            }}
            focusEditor={focusStepId === selected.id}
            onEditorFocused={() => setFocusStepId(undefined)}
            onRemove={() => {
              setUndoable({ what: `Deleted the step ${selected.name}.`, workflow, selectedId });
              setWorkflow((w) => removeStep(w, selected.id));
              setSelectedId(undefined);
            }}
            onClose={() => setSelectedId(undefined)}
          />
        )}
      </main>
    </div>
  );
}
