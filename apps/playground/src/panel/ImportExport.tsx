import { useId, useState } from 'react';
import { parseSavedBlock, serializeSavedBlock, type SavedIntercomBlock, type ValidationIssue } from '@workflow-blocks/block-core';

interface Props {
  block: SavedIntercomBlock;
  stepName: string;
  onImport: (block: SavedIntercomBlock) => void;
}

/** Paste a block's saved form in, or copy/download it out. */
export function ImportExport({ block, stepName, onImport }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ValidationIssue[]>([]);
  const [status, setStatus] = useState('');
  const exported = serializeSavedBlock(block);

  const importText = () => {
    const { block: parsed, issues } = parseSavedBlock(text);
    setProblems(issues);
    if (!parsed) {
      setStatus('Nothing was imported: fix the problems below.');
      return;
    }
    onImport(parsed);
    setStatus(issues.length ? `Imported with ${issues.length} problem(s) to fix in the editor.` : 'Imported.');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exported);
      setStatus('Copied the block to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying; use Download instead.');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([exported], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${stepName}.intercom.json`;
    link.click();
    URL.revokeObjectURL(url);
    setStatus('Downloaded.');
  };

  return (
    <details className="import-export">
      <summary>Import / export</summary>
      <label htmlFor={`${id}-paste`}>Paste a block ({'{ "type": "intercom", "config": … }'})</label>
      <textarea id={`${id}-paste`} rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <div className="row">
        <button type="button" onClick={importText} disabled={!text.trim()}>
          Import
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" onClick={download}>
          Download
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="problems" aria-label="Import problems">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.field || 'block'}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
