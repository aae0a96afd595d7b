import { useCallback, useEffect, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { WorkflowCanvas } from './canvas/WorkflowCanvas.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { Palette } from './panel/Palette.js';
import { StepPanel } from './panel/StepPanel.js';
import { transport } from './transport.js';
import { demoWorkflow } from './workflow/demo.js';
import { runStep, runWorkflow } from './workflow/runner.js';
import { addIntercomStep, removeStep, renameStep, updateStep } from './workflow/steps.js';
import { clearWorkflow, loadWorkflow, saveWorkflow } from './workflow/storage.js';
import type { StepRun, Workflow } from './workflow/types.js';
import './app.css';

/** A small Workflow Builder: canvas, palette, side panel, runs against the proxy. */
export function App() {
  const [workflow, setWorkflow] = useState<Workflow>(() => loadWorkflow());
  const [selectedId, setSelectedId] = useState<string | undefined>('intercom-1');
  const [runs, setRuns] = useState<Record<string, StepRun>>({});
  const [running, setRunning] = useState(false);
  const runsRef = useRef(runs);
  runsRef.current = runs;

  useEffect(() => saveWorkflow(workflow), [workflow]);

  const record = useCallback((stepId: string, run: StepRun) => setRuns((prev) => ({ ...prev, [stepId]: run })), []);
  const selected = workflow.steps.find((s) => s.id === selectedId);

  const runAll = async () => {
    setRunning(true);
    setRuns({});
    try {
      await runWorkflow(workflow, transport, record);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="app">
      <header className="app__header">
        <h1>Workflow Builder · Intercom block playground</h1>
        <ConnectionBadge transport={transport} />
        <div className="row">
          <button type="button" className="primary" onClick={() => void runAll()} disabled={running}>
            {running ? 'Running workflow…' : 'Run workflow'}
          </button>
          <button
            type="button"
            onClick={() => {
              clearWorkflow();
              setWorkflow(demoWorkflow());
              setRuns({});
              setSelectedId('intercom-1');
            }}
          >
            Reset to demo
          </button>
        </div>
      </header>
      <main className="app__main">
        <Palette
          onAddIntercom={() => {
            const added = addIntercomStep(workflow);
            setWorkflow(added.workflow);
            setSelectedId(added.step.id);
          }}
        />
        <ReactFlowProvider>
          <WorkflowCanvas
            workflow={workflow}
            runs={runs}
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
            onRemove={() => {
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
