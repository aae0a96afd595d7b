import { useId, useState } from 'react';
import {
  findOperation,
  parseSavedBlock,
  serializeSavedBlock,
  validateConfig,
  type SavedIntercomBlock,
  type UpstreamStep,
  type ValidationIssue,
} from '@workflow-blocks/block-core';

interface Props {
  block: SavedIntercomBlock;
  stepName: string;
  /** The steps before this one: the imported block is validated against them, as its editor does. */
  upstream: UpstreamStep[];
  onImport: (block: SavedIntercomBlock) => void;
}

/** What an import found, in words: which operation, how many values, how many problems. */
function describeImport(block: SavedIntercomBlock, problems: ValidationIssue[]): string {
  const operation = findOperation(block.config.resource, block.config.operation)?.label ?? `a ${block.config.resource} block (operation "${block.config.operation}" is unknown)`;
  const values = Object.keys(block.config).filter((key) => key !== 'resource' && key !== 'operation').length;
  const found = `Imported ${operation} with ${values} ${values === 1 ? 'value' : 'values'}`;
  if (problems.length === 0) return `${found}; no problems found.`;
  return `${found}. Found ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix in the editor, listed below.`;
}

/** Paste a block's saved form in, or copy/download it out. */
export function ImportExport({ block, stepName, upstream, onImport }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ValidationIssue[]>([]);
  const [status, setStatus] = useState('');
  const exported = serializeSavedBlock(block);

  const importText = () => {
    const { block: parsed, issues } = parseSavedBlock(text);
    if (!parsed) {
      setProblems(issues);
      setStatus('Nothing was imported: fix the problems below.');
      return;
    }
    // What the parser kept as written and what validation finds in it, each said once.
    const found = [...issues];
    for (const issue of validateConfig(parsed.config, { upstream })) {
      if (!found.some((known) => known.field === issue.field && known.message === issue.message)) found.push(issue);
    }
    setProblems(found);
    onImport(parsed);
    setStatus(describeImport(parsed, found));
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
