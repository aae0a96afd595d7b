import { useId, useState } from 'react';
import { readWorkflow, serializeWorkflow } from '../workflow/workflow-file.js';
import type { Workflow } from '../workflow/types.js';

interface Props {
  workflow: Workflow;
  onImport: (workflow: Workflow) => void;
}

/** The whole workflow in and out: every step, read back exactly as written. */
export function WorkflowFile({ workflow, onImport }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const importText = () => {
    const read = readWorkflow(text);
    setProblems(read.problems);
    if (!read.workflow) {
      setStatus('Nothing was imported: fix the problems below.');
      return;
    }
    onImport(read.workflow);
    const blocks = read.workflow.steps.filter((step) => step.kind === 'intercom').length;
    const found = `Imported ${read.workflow.steps.length} steps (${blocks} Intercom ${blocks === 1 ? 'block' : 'blocks'})`;
    setStatus(read.problems.length === 0 ? `${found}; no problems found.` : `${found}. Found ${read.problems.length} to fix, listed below.`);
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([serializeWorkflow(workflow)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'workflow.json';
    link.click();
    URL.revokeObjectURL(url);
    setStatus(`Downloaded the workflow (${workflow.steps.length} steps).`);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(serializeWorkflow(workflow));
      setStatus(`Copied the workflow (${workflow.steps.length} steps).`);
    } catch {
      setStatus('The browser did not allow copying; use Download instead.');
    }
  };

  return (
    <details className="import-export workflow-file">
      <summary>Workflow import / export</summary>
      <div className="workflow-file__body">
        <div className="row">
          <button type="button" onClick={download}>
            Download
          </button>
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
        </div>
        <label htmlFor={`${id}-paste`}>Paste a workflow</label>
        <textarea id={`${id}-paste`} rows={5} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <button type="button" onClick={importText} disabled={!text.trim()}>
          Import workflow
        </button>
        <p role="status" className="muted">
          {status}
        </p>
        {problems.length > 0 && (
          <ul className="problems" aria-label="Workflow import problems">
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
