import { useEffect, useRef } from 'react';
import type { Workflow } from './workflow/types.js';

/** A destructive action that can be taken back: what it was, and the workflow and selection before it. */
export interface Undoable {
  what: string;
  workflow: Workflow;
  selectedId: string | undefined;
}

interface Props {
  undoable: Undoable | undefined;
  onUndo: (undoable: Undoable) => void;
  onDismiss: () => void;
}

/** Says what the last reset or delete did and offers Undo; focus moves to Undo so a keyboard user can take it back at once. */
export function UndoBar({ undoable, onUndo, onDismiss }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undoable) undoButton.current?.focus();
  }, [undoable]);
  if (!undoable) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{undoable.what}</span>
      <button ref={undoButton} type="button" onClick={() => onUndo(undoable)}>
        Undo
      </button>
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
